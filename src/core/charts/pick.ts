import type { Metric } from "../model.js";

/** The charts the bot draws, asked for in words (understanding's chart request) or by name. */
export type ChartRequest =
  | { kind: "online_rate_by_level" }
  | { kind: "activations_vs_target" }
  | { kind: "progress_by_unit" }
  | { kind: "trend"; metricKey: string };

const NAMES: Readonly<Record<string, ChartRequest>> = {
  "online-rate": { kind: "online_rate_by_level" },
  activations: { kind: "activations_vs_target" },
  progress: { kind: "progress_by_unit" },
};

/**
 * A chart by its name on the command line (online-rate, activations, progress, trend:<metric key>). Charts
 * asked for in words are read by understanding (core/understand/chart-request.ts).
 */
export function chartByName(text: string, metrics: readonly Pick<Metric, "key">[]): ChartRequest | undefined {
  const name = text.trim().toLowerCase();
  const trend = /^trend:([a-z0-9_]+)$/.exec(name);
  if (trend) return metrics.some((m) => m.key === trend[1]) ? { kind: "trend", metricKey: trend[1]! } : undefined;
  return NAMES[name];
}
