/**
 * What every fault test reports: messages lost (due and never taken by the platform), repeated (taken more than
 * once) and the time from the first to the last message over the least the send limits allow. One line each on
 * stdout, so that a run of tests/faults/ reads as a table.
 */
export interface FaultFigures {
  fault: string;
  messages: number;
  lost: number;
  repeated: number;
  seconds: number;
  minimumSeconds: number;
  ratio: number;
}

export function faultFigures(fault: string, expected: readonly string[], received: ReadonlyMap<string, number>, times: readonly number[], minimumMs: number, startMs?: number): FaultFigures {
  const lost = expected.filter((m) => !received.has(m)).length;
  const repeated = [...received.values()].reduce((sum, n) => sum + n - 1, 0);
  const first = startMs ?? times[0] ?? 0;
  const last = times.length > 0 ? Math.max(...times) : first;
  const seconds = (last - first) / 1000;
  const figures = { fault, messages: expected.length, lost, repeated, seconds, minimumSeconds: minimumMs / 1000, ratio: minimumMs > 0 ? (last - first) / minimumMs : 0 };
  console.log(
    `fault ${fault}: ${figures.messages} messages, lost ${lost}, repeated ${repeated}, ${seconds.toFixed(1)} s = ${figures.ratio.toFixed(2)} × the minimum (${figures.minimumSeconds.toFixed(1)} s)`,
  );
  return figures;
}

/** Messages `msg-000000` … as the fault platform counts them. */
export function marks(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `msg-${String(i).padStart(6, "0")}`);
}
