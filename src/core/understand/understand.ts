import type { Locale } from "../format.js";
import type { Scope, TaskArea } from "../model.js";
import type { CompareMode } from "../answer/kpi.js";
import type { TaskListState } from "../answer/tasks.js";
import { extractTaskCodes, fold, prepareMessage, type Match } from "../vi/index.js";
import type { ConversationContext } from "./context.js";
import type { CueName } from "./cues.js";
import type { UnderstandingIndex } from "./index-build.js";
import type { Understanding, Understood } from "./types.js";

/**
 * Reads a message the way an official types it and decides what it asks. Names of metrics, levels and
 * units are found by the accent-aware matcher; the kind of question is decided by cue words in what is
 * left once those names are taken out (so "so với chỉ tiêu" inside a metric's own name is not a question
 * about the target). When in doubt it says it does not know: a wrong figure is worse than none.
 */
export function understand(raw: string, index: UnderstandingIndex, context?: ConversationContext): Understood {
  const text = prepareMessage(raw);
  const words = foldedWords(text);
  if (words.length === 0) return { understanding: { intent: "empty" }, locale: "vi" };

  const metrics = index.metrics.find(text);
  const units = index.units.find(text).filter((u) => !insideAny(u, metrics));
  const scopes = index.scopes.find(text).filter((s) => !insideAny(s, units) && !insideAny(s, metrics));
  const areas = index.areas.find(text).filter((a) => !insideAny(a, metrics));
  const residual = foldedWords(blankOut(text, [...metrics, ...units, ...scopes, ...areas]));
  const cues = index.cues(residual);
  const all = index.cues(words);
  const locale = detectLocale(raw, words, all);
  const say = (understanding: Understanding): Understood => ({ understanding, locale });

  const codes = extractTaskCodes(text);
  const numbered = codes.length === 0 ? numberedTask(words, index) : undefined;
  if (codes.length > 0 || numbered) return say({ intent: "task_detail", code: codes[0] ?? numbered! });

  const unavailable = index.unavailable.find(text);
  const provinceUnits = units.filter((u) => index.unitByCode.get(u.id)?.kind === "province");
  const namedUnits = units.filter((u) => index.unitByCode.get(u.id)?.kind !== "province");
  const scopeIds = distinct([...scopes.map((s) => s.id), ...(provinceUnits.length > 0 ? (["province"] as const) : [])]);
  const metric = pickMetric(metrics, index, cues);
  const contextMetric = context?.metric;

  if (unavailable.length > 0 && (metrics.length > 0 || all.has("domain")) && !cues.has("taskWords")) {
    return say({ intent: "unknown", reason: "unknown_metric", name: unavailable[0]!.phrase });
  }
  if (cues.has("help") && metrics.length === 0 && units.length === 0) return say({ intent: "help" });

  const subject = metric ?? (metrics.length === 0 ? contextMetric : undefined);
  if (subject && (metric === "vneid_ranking" || (cues.has("ranking") && subject === "vneid_ranking"))) return say({ intent: "ranking", metric: "vneid_ranking" });
  if (!metric && cues.has("ranking") && /\bvneid\b/.test(words.join(" "))) return say({ intent: "ranking", metric: "vneid_ranking" });

  if (cues.has("gap") && subject && !cues.has("taskWords")) {
    return say({ intent: "kpi_gap", metric: targetedMetric(subject, metrics, index) });
  }
  const comparing = cues.has("compare") || scopeIds.length >= 2;
  if (comparing && subject && !cues.has("taskWords") && index.metricByKey.get(subject)?.measure === "percent") {
    const mode: CompareMode = cues.has("highest") ? "highest" : cues.has("lowest") ? "lowest" : scopeIds.length === 2 ? "pair" : "all";
    return say({ intent: "kpi_compare", metric: subject, mode, ...(scopeIds.length >= 2 ? { scopes: scopeIds as Scope[] } : {}) });
  }

  const taskish = cues.has("taskWords") || cues.has("overdue") || cues.has("dueWeek") || cues.has("dueMonth");
  if (!metric && (taskish || namedUnits.length > 0 || (cues.has("planProgress") && namedUnits.length > 0))) {
    const list = taskList(cues, namedUnits, areas, text, words, index, context);
    if (list) return say(list);
  }
  if (!metric && cues.has("planProgress")) return say({ intent: "plan_progress", ...planCode(index) });

  if (metric || (contextMetric && scopeIds.length > 0 && metrics.length === 0)) {
    const key = metric ?? contextMetric!;
    if (namedUnits.length > 0) return say({ intent: "kpi_value", metric: key, scope: "unit", unit: namedUnits[0]!.id });
    return say({ intent: "kpi_value", metric: key, scope: scopeIds[0] ?? (metric ? "province" : context?.scope ?? "province") });
  }

  if (!metric && context?.intent === "task_list" && (namedUnits.length > 0 || areas.length > 0)) {
    const list = taskList(cues, namedUnits, areas, text, words, index, context);
    if (list) return say(list);
  }
  if (all.has("thanks") && !all.has("domain")) return say({ intent: "thanks" });
  if (all.has("greeting") && !all.has("domain")) return say({ intent: "greeting" });
  if (all.has("help")) return say({ intent: "help" });
  if (all.has("domain") || metrics.length > 0 || scopes.length > 0) return say({ intent: "unknown", reason: "vague" });
  return say({ intent: "out_of_domain" });
}

function taskList(
  cues: Set<CueName>,
  units: readonly Match<string>[],
  areas: readonly Match<TaskArea>[],
  text: string,
  words: readonly string[],
  index: UnderstandingIndex,
  context?: ConversationContext,
): Understanding | undefined {
  const tied = units.filter((u) => u.start === units[0]?.start && u.end === units[0]?.end);
  if (tied.length > 1) {
    return { intent: "unknown", reason: "ambiguous_unit", name: text.slice(tied[0]!.start, tied[0]!.end), options: tied.map((u) => u.id) };
  }
  if (units.length === 0) {
    const stranger = unknownUnitName(text, words);
    if (stranger) return { intent: "unknown", reason: "unknown_unit", name: stranger };
  }
  const explicit = taskState(cues);
  const followUp = context?.intent === "task_list" && !explicit && !cues.has("taskWords");
  const state: TaskListState = explicit ?? (followUp ? context.taskState ?? "open" : "open");
  const due = cues.has("dueWeek") ? "week" : cues.has("dueMonth") ? "month" : undefined;
  const unit = units[0]?.id ?? (followUp && areas.length > 0 ? context.unit : undefined);
  const area = areas[0]?.id ?? (followUp && units.length > 0 ? context.area : undefined);
  void index;
  return { intent: "task_list", state, ...(unit ? { unit } : {}), ...(area ? { area } : {}), ...(due ? { due } : {}) };
}

function taskState(cues: Set<CueName>): TaskListState | undefined {
  if (cues.has("overdue")) return "overdue";
  if (cues.has("inProgress")) return "in_progress_on_time";
  if (cues.has("notStarted")) return "not_started_on_time";
  if (cues.has("done") && !cues.has("open")) return "done";
  return undefined;
}

/** "Sở Du lịch còn việc gì": a unit-like name that matches no unit must not fall back to all tasks. */
function unknownUnitName(text: string, words: readonly string[]): string | undefined {
  const joined = words.join(" ");
  const m = /\b(so|ubnd|uy ban nhan dan|phong|ban|cong an|huyen|thi xa|thanh pho|xa|phuong)\s+([a-z]+(?:\s+[a-z]+)?)/.exec(joined);
  if (!m) return undefined;
  const generic = /^(nganh|nao|gi|con|co|da|dang|chua|nay|do|cac|huyen|xa|tinh|cap|va|thi|voi|viec|nhiem|ket|noi)\b/;
  if (generic.test(m[2]!)) return undefined;
  // Report the words as the user typed them.
  const start = foldedOffset(text, m.index, joined);
  return start === undefined ? m[0] : text.slice(start, start + m[0].length).trim() || m[0];
}

function foldedOffset(text: string, index: number, joined: string): number | undefined {
  return fold(text).replace(/[^a-z0-9]+/g, " ").trim() === joined ? index : undefined;
}

function pickMetric(matches: readonly Match<string>[], index: UnderstandingIndex, cues: Set<CueName>): string | undefined {
  if (matches.length === 0) return undefined;
  const best = [...matches].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start))[0]!;
  void index;
  void cues;
  return best.id;
}

/** "Còn thiếu bao nhiêu tài khoản định danh": the figure with a target among those the words name. */
function targetedMetric(subject: string, matches: readonly Match<string>[], index: UnderstandingIndex): string {
  if (index.targetedMetrics.has(subject)) return subject;
  const matched = matches.map((m) => m.id).find((id) => index.targetedMetrics.has(id));
  if (matched) return matched;
  const name = fold(index.metricByKey.get(subject)?.name ?? "");
  const related = [...index.targetedMetrics].filter((key) => fold(index.metricByKey.get(key)?.name ?? "").includes(name.replace(/^so /, "")));
  return related.length === 1 ? related[0]! : subject;
}

function numberedTask(words: readonly string[], index: UnderstandingIndex): string | undefined {
  if (index.plans.length !== 1) return undefined;
  const m = /\b(?:nv|nhiem vu|task)\s+(?:so\s+)?(\d{1,2})\b(?!\s*(?:\/|nhiem|nv|viec|%))/.exec(words.join(" "));
  if (!m) return undefined;
  return `${index.plans[0]!.code}-${m[1]!.padStart(2, "0")}`;
}

function planCode(index: UnderstandingIndex): { plan?: string } {
  return index.plans.length > 0 ? { plan: index.plans[index.plans.length - 1]!.code } : {};
}

function detectLocale(raw: string, words: readonly string[], cues: Set<CueName>): Locale {
  if (/[\u00C0-\u1EF9]/.test(raw.normalize("NFC")) || !cues.has("english")) return "vi";
  const english = new Set(ENGLISH_WORDS);
  const hits = words.filter((w) => english.has(w)).length;
  return hits >= 2 && hits / words.length >= 0.34 ? "en" : "vi";
}

const ENGLISH_WORDS = [
  "what", "how", "many", "much", "is", "the", "of", "rate", "online", "district", "commune", "province", "level", "progress",
  "plan", "tasks", "task", "overdue", "which", "show", "me", "ranking", "target", "accounts", "payments", "department",
  "reform", "administrative", "please", "give", "status", "done", "identity", "electronic", "activated", "dossier",
  "dossiers", "application", "applications", "are", "our", "at", "in", "for", "to", "current", "latest", "percentage",
  "number", "total", "amount", "paid", "connections", "profiles", "created", "compare", "highest", "lowest", "2023", "and",
];

function foldedWords(text: string): string[] {
  return fold(text).split(/[^a-z0-9/]+/).filter(Boolean);
}

function blankOut(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + " ".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

function insideAny(m: { start: number; end: number }, others: ReadonlyArray<{ start: number; end: number }>): boolean {
  return others.some((o) => m.start < o.end && o.start < m.end);
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
