import type { Command } from './command';

/** Every `tillit` command; each lives in its own file under commands/. */
export const COMMANDS: readonly Command[] = [];
