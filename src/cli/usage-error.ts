/** A bad command line: printed with the command's usage, exit code 2 (any other failure is 1). */
export class UsageError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
