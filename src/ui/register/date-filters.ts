import type { RegionConfig } from '../../config/region-config';
import type { IsoDate } from '../../domain/shared/calendar';
import { siteValueOfCalendarDate } from '../../sharepoint/mappers/site-dates';
import { odataDateTime } from '../../sharepoint/odata-literal';

/**
 * The OData literal of a calendar date as a date-only column holds it: the site's midnight of
 * that day in UTC (site-dates.ts). The site's regional zone is the region's (config.timeZone), so
 * "ends before today" compares with the stored value exactly, summer time or not.
 */
export function dateColumnLiteral(date: IsoDate, config: RegionConfig): string {
  return odataDateTime(siteValueOfCalendarDate(date, config.timeZone));
}
