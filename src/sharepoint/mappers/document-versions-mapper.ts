import { documentVersionSchema } from '../../domain/acknowledgements/acknowledgement';
import { DOCUMENT_VERSIONS_LIST } from '../lists/document-versions-list';
import { defineMapper } from './list-mapper';
import { readBoolean, readCalendarDate, readId, readMultiChoice, readText } from './read-values';
import { calendarDateValue, optionalTextValue } from './write-values';

export const documentVersionsMapper = defineMapper({
  list: DOCUMENT_VERSIONS_LIST,
  schema: documentVersionSchema,
  toDomain: (item, { siteTimeZone: zone }) => ({
    id: readId(item),
    documentKey: readText(item, 'DocumentKey'),
    title: readText(item, 'Title'),
    version: readText(item, 'Version'),
    publishedOn: readCalendarDate(item, 'PublishedOn', zone),
    requiredForRoles: readMultiChoice(item, 'RequiredForRoles'),
    requiredForManagers: readBoolean(item, 'RequiredForManagers'),
    url: readText(item, 'Url'),
    text: readText(item, 'Text')
  }),
  toFields: (version, _people, { siteTimeZone: zone }) => ({
    Title: version.title,
    DocumentKey: version.documentKey,
    Version: version.version,
    PublishedOn: calendarDateValue(version.publishedOn, zone),
    RequiredForRoles: version.requiredForRoles,
    RequiredForManagers: version.requiredForManagers,
    Url: optionalTextValue(version.url),
    Text: optionalTextValue(version.text === '' ? undefined : version.text)
  })
});
