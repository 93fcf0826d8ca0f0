import type { sv } from './sv';

/** The shape of the report's words: every language has the Swedish file's keys (a missing one fails the type check). */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ReportMessages = Widen<typeof sv>;
