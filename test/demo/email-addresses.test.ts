import { EmailBook, emailLocalPart } from '../../src/demo/email-addresses';
import { emailSchema } from '../../src/domain/shared/person-ref';

describe('demo e-mail addresses (first.last@regionexempel.se)', () => {
  test.each([
    ['Åsa', 'Öberg', 'asa.oberg'],
    ['Per-Olof', 'Dahlén', 'per-olof.dahlen'],
    ['Zoë', 'Ängquist', 'zoe.angquist'],
    ['Liam', "O'Brien", "liam.o'brien"],
    ['Siobhán', 'Popović', 'siobhan.popovic']
  ])('%s %s → %s', (first, last, local) => {
    expect(emailLocalPart(first, last)).toBe(local);
  });

  test('namesakes get a number, reserved addresses are never handed out, and every address passes the e-mail schema', () => {
    const book = new EmailBook();
    book.reserve('anna.svensson@regionexempel.se');
    const issued = [book.issue('Anna', 'Svensson'), book.issue('Anna', 'Svensson'), book.issue('Liam', "O'Brien")];
    expect(issued).toEqual(['anna.svensson2@regionexempel.se', 'anna.svensson3@regionexempel.se', "liam.o'brien@regionexempel.se"]);
    for (const email of issued) expect(emailSchema.parse(email)).toBe(email);
    expect(() => book.reserve('anna.svensson@regionexempel.se')).toThrow(/reserved twice/);
  });
});
