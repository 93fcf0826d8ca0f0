import { leaseHolderNow } from '../../../bot/nudges/run-lease';
import { nudgeLogEntrySchema } from '../../../src/sharepoint/mappers/records/nudge-log-entry';

const runRow = (outcome: string, holder: string, leaseUntil: string): ReturnType<typeof nudgeLogEntrySchema.parse> =>
  nudgeLogEntrySchema.parse({ id: '1', kind: 'run', key: 'run:2026-11-23', runDay: '2026-11-23', outcome, holder, leaseUntil });
const now = new Date('2026-11-23T07:00:00Z');

test('the run\'s lease: free when absent, ended, expired or already mine; held otherwise (two instances never both send)', () => {
  expect(leaseHolderNow(undefined, 'b', now)).toEqual({ free: true });
  expect(leaseHolderNow(runRow('finished', 'a', '2026-11-23T07:05:00Z'), 'b', now)).toEqual({ free: true });
  expect(leaseHolderNow(runRow('running', 'a', '2026-11-23T06:59:59Z'), 'b', now)).toEqual({ free: true });
  expect(leaseHolderNow(runRow('running', 'b', '2026-11-23T07:05:00Z'), 'b', now)).toEqual({ free: true });
  expect(leaseHolderNow(runRow('running', 'a', '2026-11-23T07:05:00Z'), 'b', now)).toEqual({ free: false, holder: 'a', until: '2026-11-23T07:05:00Z' });
});
