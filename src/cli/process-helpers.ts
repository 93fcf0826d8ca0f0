import { instantOf, localDateOf, type IsoDate } from '../domain/shared/calendar';

/** The calendar date in the region's zone: the CLI reads the clock here, at the edge, never in the domain. */
export function todayInStockholm(now: Date = new Date()): IsoDate {
  return localDateOf(instantOf(now), 'Europe/Stockholm');
}

/** Resolves on Ctrl+C or a service manager's SIGTERM, so servers close their database cleanly. */
export function waitForShutdown(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
