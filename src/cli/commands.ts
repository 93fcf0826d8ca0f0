import type { Command } from './command';
import { localSharePointCommand } from './commands/local-sharepoint-command';
import { nudgeCommand } from './commands/nudge-command';
import { areaFollowUpCommand } from './commands/area-follow-up-command';
import { provisionCommand } from './commands/provision-command';
import { reportCommand } from './commands/report-command';
import { serveCommand } from './commands/serve-command';
import { seedDemoCommand } from './commands/seed-demo-command';
import { teamsPackageCommand } from './commands/teams-package-command';
import { verifyAcknowledgementsCommand } from './commands/verify-acknowledgements-command';

/** Every `tillit` command; each lives in its own file under commands/. */
export const COMMANDS: readonly Command[] = [localSharePointCommand, provisionCommand, seedDemoCommand, verifyAcknowledgementsCommand, nudgeCommand, areaFollowUpCommand, serveCommand, teamsPackageCommand, reportCommand];
