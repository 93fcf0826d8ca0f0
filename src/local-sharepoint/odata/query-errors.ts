import { ODataQueryError } from './query-model';

/**
 * The refusals a query can meet, worded as SharePoint Online words them where its wording is known,
 * so a caller that shows or matches SharePoint's message behaves the same against the stand-in.
 * Refusals that are the stand-in's own say so.
 */

/** SharePoint's answer to an unknown column in $filter or $orderby. */
export function unknownColumn(name: string): ODataQueryError {
  return new ODataQueryError(`Column '${name}' does not exist. It may have been deleted by another user.`);
}

/** SharePoint's answer to a malformed query option (its InvalidClientQueryException). */
export function invalidExpression(text: string): ODataQueryError {
  return new ODataQueryError(`The expression "${text}" is not valid.`);
}

/**
 * SharePoint's answer when a lookup or person field is projected without being expanded, expanded
 * without a projection, or selected bare. The grammar ("must contains") is SharePoint's own.
 */
export function projectionNeedsExpand(field: string): ODataQueryError {
  return new ODataQueryError(
    `The query to field '${field}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field}.`
  );
}

/** A construct SharePoint itself refuses in list item queries (arithmetic, endswith, `in`, …). */
export function notSupportedBySharePoint(what: string): ODataQueryError {
  return new ODataQueryError(`${what} is not supported in SharePoint list item queries.`);
}

/** A construct SharePoint may accept but the stand-in does not implement: said plainly. */
export function notSupportedByStandIn(what: string): ODataQueryError {
  return new ODataQueryError(`${what} is not supported by the local SharePoint stand-in.`);
}
