/** The exit codes of `tillit` and `npm start`: 0 done, 1 something failed, 2 the command line was wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
/** `tillit verify-acknowledgements` found acknowledgements changed, removed or inserted outside Tillit (R-SEC-4). */
export const EXIT_FINDINGS = 3;
