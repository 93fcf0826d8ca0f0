import { canMove, claimDecision, type ClaimDecision, type LoggedMessage, type RunMode } from '../../../bot/nudges/claim-protocol';
import type { MessageState } from '../../../src/sharepoint/mappers/records/nudge-log-entry';

/*
 * The claim protocol's decisions (R-NDG-4): a re-run sends what is missing and nothing twice; a
 * message caught mid-send is unknown and only re-sent on request; re-drives touch only what was asked.
 */
const ME = 'run-b';
const row = (state: MessageState, holder = 'run-a'): LoggedMessage => ({ state, holder });

const cases: Array<[string, LoggedMessage | undefined, RunMode, boolean, ClaimDecision]> = [
  ['nothing logged: claim it', undefined, 'run', true, { kind: 'claim-new' }],
  ['nothing logged, not installed: still a claim (logged not-installed)', undefined, 'run', false, { kind: 'claim-new' }],
  ['claimed by a run that stopped before sending: take it over and send', row('claimed'), 'run', true, { kind: 'take-over' }],
  ['claimed by this run (a lost answer found by key): carry on', row('claimed', ME), 'run', true, { kind: 'continue' }],
  ['left sending by a stopped run: unknown, never re-sent by a run', row('sending'), 'run', true, { kind: 'mark-unknown' }],
  ['sent: skipped', row('sent'), 'run', true, { kind: 'skip', reason: 'already-sent' }],
  ['unknown: left for --resend-unknown', row('unknown'), 'run', true, { kind: 'skip', reason: 'unknown' }],
  ['dead letter: left for --retry-dead', row('dead-letter'), 'run', true, { kind: 'skip', reason: 'dead-letter' }],
  ['stale installation: skipped for the day', row('stale'), 'run', true, { kind: 'skip', reason: 'stale' }],
  ['not installed then, installed now: sent after all', row('not-installed'), 'run', true, { kind: 'take-over' }],
  ['not installed then or now: skipped', row('not-installed'), 'run', false, { kind: 'skip', reason: 'not-installed' }],
  ['--retry-dead takes a dead letter over', row('dead-letter'), 'retry-dead', true, { kind: 'take-over' }],
  ['--retry-dead leaves an unknown alone', row('unknown'), 'retry-dead', true, { kind: 'skip', reason: 'not-asked' }],
  ['--retry-dead does not send to someone without an installation', row('dead-letter'), 'retry-dead', false, { kind: 'skip', reason: 'not-asked' }],
  ['--retry-dead sends nothing new', undefined, 'retry-dead', true, { kind: 'skip', reason: 'not-asked' }],
  ['--resend-unknown takes an unknown over', row('unknown'), 'resend-unknown', true, { kind: 'take-over' }],
  ['--resend-unknown leaves a sent message alone', row('sent'), 'resend-unknown', true, { kind: 'skip', reason: 'not-asked' }],
  ['--resend-unknown still marks a stopped send unknown first', row('sending'), 'resend-unknown', true, { kind: 'mark-unknown' }]
];

test.each(cases)('%s (R-NDG-4)', (_name, logged, mode, installed, expected) => {
  expect(claimDecision(logged, ME, mode, installed)).toEqual(expected);
});

test('a row moves only along the protocol: never from sent, never back to sending without a claim (R-NDG-4)', () => {
  expect(canMove('claimed', 'sending')).toBe(true);
  expect(canMove('sending', 'sent')).toBe(true);
  expect(canMove('sending', 'unknown')).toBe(true);
  expect(canMove('unknown', 'claimed')).toBe(true);
  expect(canMove('dead-letter', 'claimed')).toBe(true);
  expect(canMove('sent', 'claimed')).toBe(false);
  expect(canMove('sent', 'sending')).toBe(false);
  expect(canMove('unknown', 'sending')).toBe(false);
  expect(canMove('dead-letter', 'sending')).toBe(false);
  expect(canMove('claimed', 'sent')).toBe(false);
});
