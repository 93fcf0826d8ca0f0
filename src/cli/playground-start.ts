import path from 'node:path';
import { botAuthSettingsFrom } from '../../bot/agent/bot-auth-settings';
import { startAgentsPlayground, type RunningPlayground } from '../../bot/local/agents-playground';
import { DEMO_PERSONAS } from '../demo/demo-personas';
import { PLAYGROUND_CURRENT_USER, PLAYGROUND_OTHER_USERS } from '../../bot/local/playground-personas';

/** Agents Playground's own default port. */
export const DEFAULT_PLAYGROUND_PORT = 56150;

/**
 * `npm start`'s third process: Microsoft 365 Agents Playground pointed at the local bot, chatting as
 * the security coordinator (DESIGN.md, Agents Playground). Only for an anonymous bot: one with a Bot
 * Service app id accepts no unsigned calls, which is what Playground makes.
 */
export async function startLocalPlayground(appServiceUrl: string, port: number, dataDir: string, log: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<RunningPlayground | undefined> {
  if (botAuthSettingsFrom(env).mode !== 'anonymous') {
    log('Agents Playground:  not started (the bot has a Bot Service app id and accepts only signed calls).');
    return undefined;
  }
  const playground = await startAgentsPlayground({ botEndpoint: `${appServiceUrl}/api/messages`, port, workDir: path.join(dataDir, 'playground'), log });
  const current = DEMO_PERSONAS[PLAYGROUND_CURRENT_USER];
  log('');
  log(`Agents Playground: ${playground.url}  (started in ${(playground.startMs / 1000).toFixed(1)} s)`);
  log(`  Chat with the bot as ${current.firstName} ${current.lastName} (${current.email}, security coordinator): write "mina uppgifter" or "my tasks", "hjälp" or "help".`);
  log(`  Also in its group chat and team: ${PLAYGROUND_OTHER_USERS.map((key) => DEMO_PERSONAS[key].email).join(', ')}.`);
  return playground;
}
