import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appApiServices, type AppApiServices } from '../../../bot/api/app-api-services';
import { startAppService, type AppService } from '../../../bot/app-service';
import { createTillitBot, type TillitBot } from '../../../bot/agent/tillit-agent';
import { workbenchCaller } from '../../../bot/http/caller-identity';
import { startAgentsPlayground, type RunningPlayground } from '../../../bot/local/agents-playground';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { hmacSeal } from '../../../src/cli/acknowledgement-key';
import { APP_PRINCIPAL_EMAIL } from '../../../src/local-sharepoint/local-site-defaults';
import { localToken } from '../../../src/sharepoint/sp-factory';
import { startDemoSite, type DemoSite } from './demo-site';
import { PlaygroundClient } from './playground-client';

/**
 * The bot as `npm start` runs it, on the small demo region: the local SharePoint, the app service
 * with the bot (anonymous, as locally), and Agents Playground pointed at it with the demo personas.
 * The app service's clock is the test's: it starts on the demo's as-of day and can be moved.
 */
export interface BotHarness {
  readonly demo: DemoSite;
  readonly api: AppApiServices;
  readonly bot: TillitBot;
  readonly appService: AppService;
  readonly playground: RunningPlayground;
  readonly client: PlaygroundClient;
  /** Moves the app service's clock to `instant` (it runs on from there). */
  setNow(instant: Date): void;
  close(): Promise<void>;
}

/** A free port on the loopback (Agents Playground takes no port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const NO_BUNDLES = async (outDir: string): Promise<{ outDir: string; bundles: []; milliseconds: number; reused: boolean }> => ({ outDir, bundles: [], milliseconds: 0, reused: true });

export async function startBotHarness(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<BotHarness> {
  const closers: Array<() => Promise<void>> = [];
  const close = async (): Promise<void> => {
    const failures: unknown[] = [];
    for (const closer of closers.reverse()) await closer().catch((failure: unknown) => failures.push(failure));
    if (failures.length > 0) throw failures[0];
  };
  try {
    const demo = await startDemoSite();
    closers.push(() => demo.close());
    // The real clock, as the local SharePoint stamps its items with it (the acknowledgement chain compares the two);
    // setNow moves it by an offset for a later as-of date.
    let offsetMs = 0;
    const api = appApiServices({ siteUrl: demo.site.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL), callerOf: workbenchCaller(), config: DEFAULT_REGION_CONFIG, log, acknowledgementSeal: hmacSeal(demo.acknowledgementKey), appAccount: APP_PRINCIPAL_EMAIL, now: () => new Date(Date.now() + offsetMs) });
    let bot: TillitBot | undefined;
    const appService = await startAppService({
      port: 0,
      api,
      prepareBundles: NO_BUNDLES,
      log,
      bot: (url) => {
        bot = createTillitBot({ services: api, links: { siteUrl: demo.site.siteUrl, myTasksUrl: `${url}/workbench/?part=my-tasks` }, auth: { mode: 'anonymous' }, production: false });
        return bot.endpoint;
      }
    });
    closers.push(() => appService.close());
    const workDir = await mkdtemp(join(tmpdir(), 'tillit-playground-'));
    closers.push(() => rm(workDir, { recursive: true, force: true }));
    const playground = await startAgentsPlayground({ botEndpoint: `${appService.url}/api/messages`, port: await freePort(), workDir, log });
    closers.push(() => playground.stop());
    const client = await PlaygroundClient.connect(playground.url);
    closers.push(async () => client.close());
    if (bot === undefined) throw new Error('The app service did not make the bot.');
    const made = bot;
    return {
      demo,
      api,
      bot: made,
      appService,
      playground,
      client,
      setNow: (instant) => {
        offsetMs = instant.getTime() - Date.now();
      },
      close
    };
  } catch (error) {
    await close();
    throw error;
  }
}
