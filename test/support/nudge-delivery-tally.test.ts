import type { Delivery } from './bot-connector/connector-records';
import { tallyDeliveries, type LoggedMessage } from './nudge-delivery-tally';

/** The resilience test's count by key (issue 9, R-NDG-4): each verdict can fail. */
describe('tallyDeliveries', () => {
  const row = (key: string, outcome: string): LoggedMessage => ({ key, recipientEmail: `${key}@x.se`, outcome });
  const delivered = (key: string | undefined, conversationId = `c-${key ?? 'none'}`): Delivery => ({
    conversationId,
    memberId: `m-${conversationId}`,
    activityId: '1',
    at: 0,
    activity: {},
    messageKey: key,
    answerLost: false
  });

  it('passes a clean run: every row sent once', () => {
    const tally = tallyDeliveries(2, [row('a', 'sent'), row('b', 'sent')], [delivered('a'), delivered('b')]);
    expect(tally).toMatchObject({ doubledKeys: [], doubledConversations: [], missingWithoutMark: [], logContradicts: [], strayDeliveries: 0, rows: 2, delivered: 2 });
  });

  it('finds a doubled key and a conversation told twice under two keys', () => {
    const tally = tallyDeliveries(2, [row('a', 'sent'), row('b', 'sent')], [delivered('a'), delivered('a'), delivered('b', 'c-a')]);
    expect(tally.doubledKeys).toEqual(['a']);
    expect(tally.doubledConversations).toEqual(['c-a']);
  });

  it('finds a silent loss, and accepts unknown, not-installed and stale as marked', () => {
    const tally = tallyDeliveries(5, [row('a', 'sent'), row('b', 'claimed'), row('c', 'unknown'), row('d', 'not-installed'), row('e', 'stale'), row('f', 'dead-letter')], [delivered('c')]);
    expect(tally.missingWithoutMark).toEqual(['a', 'b', 'f']);
    expect(tally.unknownDelivered).toBe(1);
    expect(tally.logContradicts).toEqual(['a (sent, delivered 0×)']);
  });

  it('finds a delivery the log calls dead, and deliveries of no row', () => {
    const tally = tallyDeliveries(1, [row('a', 'dead-letter')], [delivered('a'), delivered('zzz'), delivered(undefined)]);
    expect(tally.logContradicts).toEqual(['a (dead-letter, delivered 1×)']);
    expect(tally.strayDeliveries).toBe(2);
  });
});
