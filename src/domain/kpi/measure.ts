/** A KPI with its numerator and denominator exposed, so the council can see what a percentage rests on (R-KPI). */
export interface Measure {
  readonly key: string;
  readonly numerator: number;
  readonly denominator: number;
  /** undefined when the denominator is 0: nothing to measure is not 0 % and not 100 %. */
  readonly percent: number | undefined;
  readonly targetPercent: number | undefined;
}

export function measure(key: string, numerator: number, denominator: number, targetPercent?: number): Measure {
  return {
    key,
    numerator,
    denominator,
    percent: denominator === 0 ? undefined : (numerator / denominator) * 100,
    targetPercent
  };
}

export function meetsTarget(m: Measure): boolean | undefined {
  if (m.percent === undefined || m.targetPercent === undefined) return undefined;
  return m.percent >= m.targetPercent;
}
