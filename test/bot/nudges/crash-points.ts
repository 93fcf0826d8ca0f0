import type { NudgeRunServices } from '../../../bot/nudges/nudge-run';
import type { ConnectorPort } from '../../../bot/sender/connector-port';
import type { NudgeLogEntry } from '../../../src/sharepoint/mappers/records/nudge-log-entry';
import type { ListRepository } from '../../../src/sharepoint/repositories/list-repository';

/** Thrown everywhere once the simulated process has died. */
export class ProcessDied extends Error {
  public constructor() {
    super('the process died here (test)');
  }
}

/**
 * A nudge run's services that "die" at the `call`-th NudgeLog updateMany: that write and everything
 * after it — log writes, sends — fails, as after a kill. Sends already in flight finish (as they
 * would have reached the connector). Returns the services and whether the death happened.
 */
export function dyingAt(services: NudgeRunServices, call: number): { readonly services: NudgeRunServices; readonly died: () => boolean } {
  let dead = false;
  let updates = 0;
  const real = services.registers.nudgeLog;
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>): ((...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      dead ? Promise.reject(new ProcessDied()) : fn(...args);
  const nudgeLog = {
    mapper: real.mapper,
    readPage: guard(real.readPage.bind(real)),
    readAll: guard(real.readAll.bind(real)),
    addMany: guard(real.addMany.bind(real)),
    get: guard(real.get.bind(real)),
    update: guard(real.update.bind(real)),
    updateMany: (...args: Parameters<typeof real.updateMany>): ReturnType<typeof real.updateMany> => {
      updates += 1;
      if (updates >= call) dead = true;
      return guard(real.updateMany.bind(real))(...args);
    }
  } as unknown as ListRepository<NudgeLogEntry>;
  const connector: ConnectorPort = { send: (reference, activity) => (dead ? Promise.reject(new ProcessDied()) : services.connector.send(reference, activity)) };
  return { services: { ...services, registers: { ...services.registers, nudgeLog }, connector }, died: () => dead };
}
