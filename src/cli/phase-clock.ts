/** One timed phase of a first start: starting the site, provisioning, generating, each register … */
export interface Phase {
  readonly name: string;
  readonly ms: number;
  /** What the phase did, for the reader: `291 steps`, `38201 items`. */
  readonly detail: string;
}

/** `  provision            2.4 s  291 steps` — one line per phase, names and times aligned. */
export function formatPhase(phase: Phase): string {
  const seconds = `${(phase.ms / 1000).toFixed(1)} s`;
  return `  ${phase.name.padEnd(18)} ${seconds.padStart(7)}${phase.detail === '' ? '' : `  ${phase.detail}`}`;
}

/**
 * Times the phases of a long start and prints each as it ends, so a person waiting sees where the
 * time goes; the same figures are kept for `npm run bench` to print.
 */
export class PhaseClock {
  private readonly recorded: Phase[] = [];

  public constructor(
    private readonly log: (line: string) => void,
    private readonly now: () => number = Date.now
  ) {}

  /** Runs `work` as the phase `name`; `detail` describes its result. */
  public async time<T>(name: string, work: () => Promise<T>, detail: (result: T) => string = () => ''): Promise<T> {
    const started = this.now();
    const result = await work();
    this.record({ name, ms: this.now() - started, detail: detail(result) });
    return result;
  }

  /** A phase timed elsewhere (a register written by the snapshot writer). */
  public record(phase: Phase): void {
    this.recorded.push(phase);
    this.log(formatPhase(phase));
  }

  public get phases(): readonly Phase[] {
    return [...this.recorded];
  }
}
