/** The exit codes of `tillit` and `npm start`: 0 done, 1 something failed, 2 the command line was wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
/** `tillit verify-acknowledgements` found acknowledgements changed, removed or inserted outside Tillit (R-SEC-4). */
export const EXIT_FINDINGS = 3;
/** `tillit nudge`: the run left dead letters, unknown outcomes or failures for a person to look at (`--status`). */
export const EXIT_NEEDS_ATTENTION = 3;
/** `tillit nudge`: another process holds the run's lease; nothing was sent. */
export const EXIT_BUSY = 4;
