/**
 * Run by calendar.test.ts in a child Node process. Jest's sandbox cannot change the process time
 * zone (its process.env is a copy), plain Node can: for each zone given, set TZ and evaluate the
 * calendar calls, so the test can show that the machine's time zone never moves a date.
 *
 * argv[2]: JSON array of IANA zones; argv[3]: JSON array of [function name, ...arguments].
 */
import { addDaysTo, addHoursTo, addMonthsTo, daysBetween, localDateOf } from '../../../src/domain/shared/calendar';

type Call = [string, ...Array<string | number>];

const functions: Record<string, (...args: never[]) => unknown> = { addDaysTo, addMonthsTo, daysBetween, localDateOf, addHoursTo };

const zones = JSON.parse(process.argv[2]) as string[];
const calls = JSON.parse(process.argv[3]) as Call[];

const results = zones.map((zone) => {
  process.env.TZ = zone;
  return {
    zone,
    // Proof that the switch took effect: the local offset on 1 January 2026, in minutes west of UTC.
    offsetOnNewYear: new Date(2026, 0, 1).getTimezoneOffset(),
    values: calls.map(([name, ...args]) => (functions[name] as (...a: Array<string | number>) => unknown)(...args))
  };
});

process.stdout.write(JSON.stringify(results));
