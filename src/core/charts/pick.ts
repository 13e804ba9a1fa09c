import { fold } from "../vi/normalize.js";
import type { Metric } from "../model.js";

/** The charts the bot draws, asked for in words or by name. */
export type ChartRequest =
  | { kind: "online_rate_by_level" }
  | { kind: "activations_vs_target" }
  | { kind: "progress_by_unit" }
  | { kind: "trend"; metricKey: string };

/**
 * Which chart a request names: "vẽ biểu đồ tỷ lệ trực tuyến theo cấp", "biểu đồ tiến độ các đơn vị", "kích hoạt
 * so với chỉ tiêu", "xu hướng tài khoản đã kích hoạt", or a name (online-rate, activations, progress, trend:<key>).
 */
export function pickChart(text: string, metrics: readonly Pick<Metric, "key" | "name" | "aliases">[]): ChartRequest | undefined {
  const f = ` ${fold(text).replace(/[^a-z0-9:_ -]/g, " ").replace(/\s+/g, " ").trim()} `;
  const named = /^ trend:([a-z0-9_]+) $/.exec(f);
  if (named) return metrics.some((m) => m.key === named[1]) ? { kind: "trend", metricKey: named[1]! } : undefined;
  if (/ (xu huong|dien bien|theo thoi gian|qua cac ky|trend|over time) /.test(f)) {
    const metric = metricIn(f, metrics);
    return metric ? { kind: "trend", metricKey: metric.key } : undefined;
  }
  if (/ (online-rate|online rate) /.test(f) || (/ truc tuyen /.test(f) && / (theo cap|cac cap|by level) /.test(f))) return { kind: "online_rate_by_level" };
  if (/ (tien do|progress) /.test(f) && / (don vi|cac don vi|unit|units|theo don vi) /.test(f)) return { kind: "progress_by_unit" };
  if (f.trim() === "progress") return { kind: "progress_by_unit" };
  if (/ (kich hoat|activations?) /.test(f)) return { kind: "activations_vs_target" };
  if (/ truc tuyen /.test(f)) return { kind: "online_rate_by_level" };
  return undefined;
}

/** The metric whose longest name or alias the text contains. */
function metricIn(folded: string, metrics: readonly Pick<Metric, "key" | "name" | "aliases">[]): Pick<Metric, "key"> | undefined {
  let best: { key: string; length: number } | undefined;
  for (const m of metrics) {
    for (const phrase of [m.name, ...m.aliases]) {
      const p = ` ${fold(phrase).replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ").trim()} `;
      if (p.trim().length > 2 && folded.includes(p) && (!best || p.length > best.length)) best = { key: m.key, length: p.length };
    }
  }
  return best;
}
