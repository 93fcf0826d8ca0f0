import type { Locale } from '../domain/shared/localized-text';
import type { Translate } from '../i18n/translator';
import type { ImportIssue } from './import-issue';

/** One issue in plain words, in the reader's language: what is wrong and what would fix it. */
export function issueMessage(issue: ImportIssue, translate: Translate, locale: Locale): string {
  const values: Record<string, string | number> = {
    column: issue.column,
    value: issue.value ?? '',
    suggestion: issue.suggestion ?? translate('imports.issues.date-example'),
    firstRow: issue.firstRow ?? '',
    allowed: (issue.allowed ?? []).map((label) => label[locale]).join(', '),
    limit: issue.limit ?? '',
    length: issue.length ?? '',
    detail: issue.detail ?? ''
  };
  return translate(`imports.issues.${issue.kind}`, values);
}

/** A row's issues as one cell of the failed-rows sheet: "Column: message" per issue, one per line. */
export function rowIssuesText(issues: readonly ImportIssue[], translate: Translate, locale: Locale): string {
  return issues.map((issue) => `${issue.column}: ${issueMessage(issue, translate, locale)}`).join('\n');
}
