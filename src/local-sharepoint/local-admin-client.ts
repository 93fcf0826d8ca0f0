import type { DirectoryEntry } from './store/site-store';
import type { FaultConfiguration } from './faults';
import { SITE_ADMIN_EMAIL } from './local-site-defaults';

/**
 * The stand-in's own admin endpoints (`/_local/…`), which SharePoint Online does not have: the
 * local directory stands in for Entra ID, and the fault switch for SharePoint's throttling.
 * Only the site collection administrator may call them.
 */
export class LocalAdminClient {
  private readonly origin: string;

  public constructor(siteUrl: string, private readonly adminEmail = SITE_ADMIN_EMAIL) {
    this.origin = new URL(siteUrl).origin;
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers: { Authorization: `Bearer local:${this.adminEmail}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`The local SharePoint refused ${method} ${path}: ${response.status} ${text}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  }

  /** Adds people who may sign in (the demo staff); existing entries are updated. */
  public async addToDirectory(entries: readonly DirectoryEntry[]): Promise<void> {
    const chunk = 5000;
    for (let start = 0; start < entries.length; start += chunk) await this.call('POST', '/_local/directory', entries.slice(start, start + chunk));
  }

  public async setFaults(settings: FaultConfiguration | undefined): Promise<void> {
    await (settings === undefined ? this.call('DELETE', '/_local/faults') : this.call('PUT', '/_local/faults', settings));
  }
}

/** True for a site served by the stand-in on this machine. */
export function isLocalSite(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}
