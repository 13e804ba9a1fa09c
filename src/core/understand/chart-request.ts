import type { ChartRequest } from "../charts/index.js";
import type { Reading } from "./reading.js";
import type { Understanding } from "./types.js";

/** A chart is asked for by name: "biểu đồ", "đồ thị", "vẽ … biểu đồ", "chart", "graph". */
const CHART_WORDS = / (?:bieu do|do thi|chart|charts|graph|plot) /;
const TREND_WORDS = / (?:xu huong|dien bien|theo thoi gian|qua cac ky|qua cac lan|trend|over time) /;
const UNIT_WORDS = / (?:don vi|cac don vi|co quan|so nganh|unit|units|departments) /;

/**
 * Charts asked for in words (issue #12, item 4): "vẽ biểu đồ tỷ lệ trực tuyến theo cấp", "biểu đồ tiến độ các
 * đơn vị", "biểu đồ kích hoạt tài khoản định danh so với chỉ tiêu", "biểu đồ xu hướng tài khoản đã kích hoạt".
 * The figure is the one the accent-aware matcher found; a chart word with nothing the bot can draw is a chart
 * asked for and not known (the answer lists those it draws), never a figure of some other question.
 */
export function readChartRequest(reading: Reading): Understanding | undefined {
  const padded = reading.whole.padded;
  if (!CHART_WORDS.test(padded)) return undefined;
  const chart = chartOf(reading, padded);
  return chart ? { intent: "chart", chart } : { intent: "chart" };
}

function chartOf(reading: Reading, padded: string): ChartRequest | undefined {
  const key = reading.metric.key;
  if (TREND_WORDS.test(padded)) return key ? { kind: "trend", metricKey: key } : undefined;
  // "Tiến độ các đơn vị", "tiến độ kế hoạch": the plan's progress by lead unit.
  if (!key && (reading.allCues.has("planProgress") || reading.allCues.has("planMention") || (UNIT_WORDS.test(padded) && reading.allCues.has("done")))) return { kind: "progress_by_unit" };
  if (!key) return undefined;
  // The charts of app/charts.ts draw these figures by their keys, as the demo data and the issue name them.
  if (key === "online_dossier_rate") return { kind: "online_rate_by_level" };
  // The activated accounts, or their rate against the target: the activations against the target.
  if (key === "eid_accounts_activated" || key === "eid_activation_rate") return { kind: "activations_vs_target" };
  // Any other figure: its values over time.
  return { kind: "trend", metricKey: key };
}
