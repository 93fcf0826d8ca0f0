import { EXIT_FAILURE } from './exit-codes';
import { isErrorLike } from './error-like';
import { unwrapFailure } from './failure-context';
import { describeFailure } from './failure-message';

export interface FailureOutput {
  readonly write: (text: string) => void;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Tells a failure as one line, `<who>: <what went wrong and what to do>`, never a stack trace,
 * unless TILLIT_DEBUG=1 asks for it. Returns the exit code for a failure.
 */
export function reportFailure(who: string, error: unknown, output: FailureOutput): number {
  const debug = (output.env ?? process.env).TILLIT_DEBUG === '1';
  const { sentence, known } = describeFailure(error);
  const hint = known || debug ? '' : ' (Rerun with TILLIT_DEBUG=1 to see the stack.)';
  output.write(`${who}: ${sentence}${hint}\n`);
  if (debug) {
    const stacks = unwrapFailure(error).chain.map((link) => (isErrorLike(link) ? link.stack ?? link.message : String(link)));
    output.write(`${stacks.join('\nCaused by: ')}\n`);
  }
  return EXIT_FAILURE;
}
