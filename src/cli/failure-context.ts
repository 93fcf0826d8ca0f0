import { isErrorLike, messageOf } from './error-like';

/**
 * What a command knew when something failed beneath it, so that the failure's sentence can name the
 * folder or the setting to change: a locked port or a damaged database only says what to do once
 * it says which port setting and which folder (failure-message.ts).
 */
export interface FailureContext {
  /** The local site's data folder. */
  readonly dataDir?: string;
  /** How whoever ran the command chooses another data folder: "--data" or "TILLIT_DATA_DIR". */
  readonly dataDirSetting?: string;
  /** How whoever ran the command chooses another port, as the end of a sentence: "set TILLIT_LOCAL_SHAREPOINT_PORT". */
  readonly portSetting?: string;
}

/** A failure with the context it happened in; the reporter describes `failure` and reads `context`. */
export class FailureInContext extends Error {
  public constructor(
    public readonly context: FailureContext,
    public readonly failure: unknown
  ) {
    super(messageOf(failure));
    this.name = 'FailureInContext';
  }
}

export async function withFailureContext<T>(context: FailureContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new FailureInContext(context, error);
  }
}

/** The failure and what caused it, outermost first (fetch's TypeError hides ECONNREFUSED in `cause`), with the contexts met on the way. */
export function unwrapFailure(error: unknown): { readonly chain: readonly unknown[]; readonly context: FailureContext } {
  const chain: unknown[] = [];
  let context: FailureContext = {};
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 10) {
    if (current instanceof FailureInContext) {
      // The innermost context knows most: it was given closest to the failure.
      context = { ...context, ...current.context };
      current = current.failure;
      continue;
    }
    chain.push(current);
    current = isErrorLike(current) ? current.cause : undefined;
  }
  return { chain, context };
}
