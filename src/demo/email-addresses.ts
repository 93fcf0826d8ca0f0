/** The demo region's mail domain: every demo person's address ends with it. */
export const DEMO_EMAIL_DOMAIN = 'regionexempel.se';

/**
 * The local part of an address the way Entra ID accounts are usually made from a name:
 * lower case, diacritics dropped (Åsa Öberg → asa.oberg), spaces as hyphens; hyphens and
 * apostrophes kept (liam.o'brien), which the e-mail schema accepts.
 */
export function emailLocalPart(firstName: string, lastName: string): string {
  const clean = (name: string): string =>
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, '-')
      .replace(/[^a-z0-9'-]/g, '');
  return `${clean(firstName)}.${clean(lastName)}`;
}

/**
 * Hands out unique addresses: the second Anna Svensson becomes anna.svensson2@, as regions do.
 * The demo personas' addresses are reserved first, so a generated namesake never takes one.
 */
export class EmailBook {
  private readonly taken = new Set<string>();

  public reserve(email: string): void {
    if (this.taken.has(email)) throw new Error(`The demo e-mail ${email} is reserved twice`);
    this.taken.add(email);
  }

  public issue(firstName: string, lastName: string): string {
    const local = emailLocalPart(firstName, lastName);
    for (let counter = 1; ; counter += 1) {
      const email = `${local}${counter === 1 ? '' : counter}@${DEMO_EMAIL_DOMAIN}`;
      if (!this.taken.has(email)) {
        this.taken.add(email);
        return email;
      }
    }
  }
}
