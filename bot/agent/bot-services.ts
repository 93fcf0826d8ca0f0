import type { AppApiServices } from '../api/app-api-services';

/** What the bot's turns use of the app service (the app's identity on the site, the clock, the chain's one writer). */
export type BotServices = Pick<AppApiServices, 'registers' | 'config' | 'now' | 'log' | 'sitePath' | 'acknowledgementChain'>;

export interface BotLinks {
  /** The Tillit site, absolute (`https://region.sharepoint.com/sites/tillit`): the cards' item links start here. */
  readonly siteUrl: string;
  /** The My tasks page, absolute: where a digest too long for a card sends the reader. */
  readonly myTasksUrl: string;
}
