import { personNamesOf } from '../../../src/sharepoint/mappers/person-names';

describe('personNamesOf: the names of a page\'s people, by lower-case e-mail', () => {
  it('reads single and multi person columns, verbose and minimal shapes, and lower-cases the e-mail', () => {
    const names = personNamesOf(
      [
        { ID: 1, Owner: { EMail: 'Anna.Berg@Region.se', Title: 'Anna Berg' }, Members: { results: [{ EMail: 'bo.ek@region.se', Title: 'Bo Ek' }] } },
        { ID: 2, Owner: null, Members: [{ EMail: 'cia.lund@region.se', Title: 'Cia Lund' }] }
      ],
      ['Owner', 'Members']
    );
    expect(names).toEqual(new Map([['anna.berg@region.se', 'Anna Berg'], ['bo.ek@region.se', 'Bo Ek'], ['cia.lund@region.se', 'Cia Lund']]));
  });

  it('leaves out a person without a name or an e-mail, and columns it was not asked for', () => {
    const names = personNamesOf([{ ID: 1, Owner: { EMail: 'anna.berg@region.se' }, Editor: { EMail: 'bo.ek@region.se', Title: 'Bo Ek' }, Author: { Title: 'Cia Lund' } }], ['Owner', 'Author']);
    expect(names.size).toBe(0);
  });
});
