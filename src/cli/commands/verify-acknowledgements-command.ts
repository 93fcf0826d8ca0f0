import { z } from 'zod';
import { APP_PRINCIPAL_EMAIL } from '../../local-sharepoint/local-site-defaults';
import { isLocalSite } from '../../local-sharepoint/local-admin-client';
import { verifyStoredChain } from '../../sharepoint/acknowledgements/acknowledgement-chain-reader';
import { DEFAULT_MAPPING_CONTEXT } from '../../sharepoint/mappers/sharepoint-item';
import { registerRepositories } from '../../sharepoint/repositories/register-repositories';
import { acknowledgementSealFor, keyFileOption } from '../acknowledgement-key-option';
import { defineCommand } from '../command';
import { valueOption } from '../command-option';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-codes';
import { connectToSite, siteConnection, sitePathOf, siteOption } from '../site-connection-options';
import { UsageError } from '../usage-error';
import { verificationReport } from '../verification-report';

export const verifyAcknowledgementsCommand = defineCommand({
  name: 'verify-acknowledgements',
  summary: 'check that no acknowledgement was changed, removed or inserted outside Tillit',
  options: {
    site: siteOption,
    'key-file': keyFileOption,
    'app-account': valueOption({
      placeholder: 'EMAIL',
      schema: z.string().trim().toLowerCase().email('must be the account SharePoint names as the app\'s items\' Author').optional(),
      description: 'the app\'s account as SharePoint shows it as Author and Editor',
      defaultText: `the local app principal, ${APP_PRINCIPAL_EMAIL}`
    })
  },
  notes: [
    'Reads every acknowledgement and the chain\'s head and checks their keyed seals (R-ACK, R-SEC-4).',
    'Exit code 0: intact; 3: findings, each naming its items.'
  ],
  async run(options) {
    const local = isLocalSite(options.site);
    const appAccount = options['app-account'] ?? (local ? APP_PRINCIPAL_EMAIL : undefined);
    if (appAccount === undefined) throw new UsageError('A SharePoint Online site needs --app-account: the account SharePoint names as Author of what the app writes.');
    const seal = await acknowledgementSealFor(options.site, options['key-file'], false);
    const sp = connectToSite(siteConnection(options.site, undefined));
    const sitePath = sitePathOf(options.site);
    const registers = registerRepositories(sp, sitePath, DEFAULT_MAPPING_CONTEXT);
    const verification = await verifyStoredChain({ sp, sitePath, settings: registers.settings }, seal, appAccount);
    for (const line of verificationReport(verification)) process.stdout.write(`${line}\n`);
    return verification.findings.length === 0 ? EXIT_OK : EXIT_FINDINGS;
  }
});
