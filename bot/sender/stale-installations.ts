import { ConflictError } from '../../src/domain/shared/errors';
import { instantOf } from '../../src/domain/shared/calendar';
import type { BotInstallation } from '../../src/sharepoint/mappers/records/bot-installation';
import type { ListRepository } from '../../src/sharepoint/repositories/list-repository';

/**
 * A send answered 403 (the app was uninstalled, or the user blocked it) or 404 (the conversation is
 * gone): the installation is marked so the sender skips it until the bot records a new install.
 * Through the generic BotInstallations repository, ETag-guarded: an install event that changed the
 * row meanwhile wins (R-SEC-2). Never throws for a row that changed or is gone; other failures are
 * the caller's to log.
 */
export async function markInstallationStale(installations: ListRepository<BotInstallation>, installation: BotInstallation, now: Date): Promise<'marked' | 'changed-meanwhile'> {
  const current = await installations.get(installation.id);
  if (current.record.installedAt !== installation.installedAt || current.record.uninstalledAt !== undefined) return 'changed-meanwhile';
  try {
    await installations.update(current.id, { ...current.record, uninstalledAt: instantOf(now) }, current.etag);
    return 'marked';
  } catch (error) {
    if (error instanceof ConflictError) return 'changed-meanwhile';
    throw error;
  }
}
