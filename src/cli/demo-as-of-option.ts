import { isoDateSchema } from '../domain/shared/calendar';
import { valueOption } from './command-option';
import { todayInStockholm } from './process-helpers';

/** --as-of: the demo region's "today", shared by the commands that write the demo region. */
export const demoAsOfOption = valueOption({
  placeholder: 'YYYY-MM-DD',
  // Computed when parsed, not when the module loads: a server started at 23:59 still says today.
  schema: isoDateSchema.default(() => todayInStockholm()),
  description: 'the demo\'s "today": what is overdue is overdue on this day',
  defaultText: 'today in Stockholm'
});
