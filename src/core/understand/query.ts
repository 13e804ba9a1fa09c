import type { Understanding } from "./types.js";

/**
 * The typed query behind an understanding, in three parts: what it is about (subject), which of it
 * (filters) and what is asked of it (ask). `ask --json` prints it, so that a reply can be checked against
 * the question as the bot read it.
 */
export interface QueryDescription {
  subject: "metric" | "metrics" | "tasks" | "task" | "plan" | "units" | "areas" | "briefing" | "chart" | "bot" | "questions" | "none";
  filters: Record<string, unknown>;
  ask: string;
}

export function describeQuery(u: Understanding): QueryDescription {
  switch (u.intent) {
    case "kpi_value":
      return { subject: "metric", filters: pick(u, ["metric", "scope", "unit", "period"]), ask: u.remaining ? "remaining" : "value" };
    case "kpi_compare":
      return { subject: "metric", filters: pick(u, ["metric", "scopes"]), ask: u.mode === "pair" ? "comparison" : u.mode === "all" ? "levels" : u.mode };
    case "kpi_change":
      return { subject: "metric", filters: pick(u, ["metric", "scope", "unit", "period", "against"]), ask: u.ask.kind === "pace" ? `pace_per_${u.ask.per}` : u.ask.kind };
    case "kpi_gap":
      return { subject: "metric", filters: { metric: u.metric }, ask: "gap_to_target" };
    case "ranking":
      return { subject: "metric", filters: { metric: u.metric }, ask: "ranking" };
    case "kpi_derived":
      return { subject: "metrics", filters: { derived: u.derived }, ask: "difference" };
    case "kpi_difference":
      return { subject: "metrics", filters: { metrics: [u.a, u.b] }, ask: "difference" };
    case "kpi_share":
      return { subject: "metrics", filters: { metrics: [u.part, u.whole] }, ask: u.per ? "per_item" : "share" };
    case "kpi_values":
      return { subject: "metrics", filters: { metrics: u.metrics }, ask: "values" };
    case "plan_progress":
      return { subject: "plan", filters: pick(u, ["plan"]), ask: "progress" };
    case "plan_figure":
      return { subject: "plan", filters: pick(u, ["done", "total", "rate"]), ask: "what_figure" };
    case "task_list":
    case "task_count": {
      const { intent, ...filters } = u;
      return { subject: "tasks", filters, ask: intent === "task_count" ? (u.state === "all" ? "counts_by_state" : "count") : "list" };
    }
    case "task_detail":
      return { subject: "task", filters: { code: u.code }, ask: "detail" };
    case "unit_ranking":
      return { subject: u.by === "area" ? "areas" : "units", filters: pick(u, ["by", "measure"]), ask: "ranking" };
    case "chart":
      return { subject: "chart", filters: u.chart ? { ...u.chart } : {}, ask: "chart" };
    case "briefing":
      return { subject: "briefing", filters: pick(u, ["programme"]), ask: "summary" };
    case "help":
    case "greeting":
    case "thanks":
      return { subject: "bot", filters: {}, ask: u.intent };
    case "several":
      return { subject: "questions", filters: { parts: u.parts.map(describeQuery) }, ask: "each" };
    case "unknown":
      return { subject: "none", filters: pick(u, ["reason", "name", "leftover", "options"]), ask: "not_understood" };
    default:
      return { subject: "none", filters: {}, ask: u.intent };
  }
}

function pick(from: object, keys: readonly string[]): Record<string, unknown> {
  const source = from as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
}
