import { MAX_LOOKUPS_PER_QUERY } from '../../../src/sharepoint/lists/list-schema';
import { ALL_MAPPERS } from '../../../src/sharepoint/mappers/all-mappers';
import { processingMapper } from '../../../src/sharepoint/mappers/processing-mapper';

/* The reads stay under SharePoint's lookup threshold: at most 12 lookup and person columns per query. */

test.each(Object.values(ALL_MAPPERS).map((mapper) => [mapper.list.key, mapper.list, mapper.query]))(
  '%s reads with at most 12 lookup and person columns, each person expanded for its e-mail',
  (_key, list, query) => {
    expect(query.lookupColumns).toBeLessThanOrEqual(MAX_LOOKUPS_PER_QUERY);
    const lookupLike = list.fields.filter((field) => ['user', 'usermulti', 'lookup', 'lookupmulti'].includes(field.kind));
    for (const field of lookupLike) expect(query.select).toContain(`${field.internalName}Id`);
    // Acknowledgements read Author and Editor for the chain's verification (R-SEC-4), incidents their reporter from Author (R-INC).
    expect(query.lookupColumns).toBe(lookupLike.length + (list.key === 'acknowledgements' ? 2 : list.key === 'incidents' ? 1 : 0));
    for (const person of query.expand) expect(query.select).toContain(`${person}/EMail`);
    expect(query.select).not.toContain('*');
    expect(new Set(query.select).size).toBe(query.select.length);
  }
);

test('the record of processing: an explicit select with persons expanded and lookups as ids', () => {
  expect(processingMapper.query.expand).toEqual(['RegisterOwner', 'InformationOwner', 'RegistryCoordinator']);
  expect(processingMapper.query.select).toEqual(
    expect.arrayContaining(['ID', 'Title', 'UnitId', 'SystemsId', 'RegisterOwnerId', 'RegisterOwner/EMail', 'ThirdCountryTransfers'])
  );
  expect(processingMapper.query.lookupColumns).toBe(5);
});
