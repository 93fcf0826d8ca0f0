import { invalidExpression } from './query-errors';

/**
 * $orderby, $select and $expand are comma lists of field paths, read here rather than with
 * @balena/odata-parser: that parser rejects a space after a comma (`Title, Modified desc`, which
 * SharePoint accepts) and sorts a field without asc/desc descending, where OData and SharePoint
 * sort it ascending.
 */

/** A SharePoint internal name (`Title`, `Due_x0020_Date`, `OData__UIVersionString`). */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The trimmed, non-empty items of a comma list. */
export function listItems(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `Title` → ['Title'], `Owner/EMail` → ['Owner', 'EMail']; refuses anything that is not a path of names. */
export function pathSegments(item: string): string[] {
  const segments = item.split('/');
  if (!segments.every((segment) => NAME.test(segment))) throw invalidExpression(item);
  return segments;
}
