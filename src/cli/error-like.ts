/**
 * An error read by its shape, not by `instanceof Error`: node's own errors come from another realm
 * than code run in a vm context (jest's test environment), and a thrown value need not be an Error.
 */
export interface ErrorLike {
  readonly message: string;
  readonly stack?: string;
  readonly cause?: unknown;
}

export function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

export function messageOf(value: unknown): string {
  return isErrorLike(value) ? value.message : String(value);
}
