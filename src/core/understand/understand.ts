import type { Scope } from "../model.js";
import type { CompareMode } from "../answer/kpi.js";
import { extractTaskCodes, normalizeInput, prepareMessage, type Match } from "../vi/index.js";
import type { ConversationContext } from "./context.js";
import { detectCues, type CueName } from "./cues.js";
import type { UnderstandingIndex } from "./index-build.js";
import { detectLocale } from "./locale.js";
import { isNoise } from "./noise.js";
import { pickMetric } from "./pick-metric.js";
import { readTaskList } from "./task-list.js";
import type { Understanding, Understood } from "./types.js";
import { foldWords, type FoldedText } from "./words.js";

/**
 * Reads a message the way an official types it and decides what it asks. Metric, level and unit names
 * are found by the accent-aware matcher; the kind of question is decided by cue words in what is left
 * once those names are taken out (so "so với chỉ tiêu" inside a metric's own name is not a question about
 * the target). When in doubt it says it does not know: a wrong figure is worse than none.
 */
export function understand(raw: string, index: UnderstandingIndex, context?: ConversationContext): Understood {
  const text = prepareMessage(raw);
  const whole = foldWords(text);
  const locale = detectLocale(raw, foldWords(normalizeInput(raw)));
  const say = (understanding: Understanding): Understood => ({ understanding, locale });
  if (whole.words.length === 0) return say({ intent: "empty" });
  if (isNoise(raw, whole)) return say({ intent: "out_of_domain" });

  const codes = extractTaskCodes(text);
  const numbered = codes.length === 0 ? numberedTask(whole, index) : undefined;
  if (codes.length > 0 || numbered) return say({ intent: "task_detail", code: codes[0] ?? numbered! });

  const all = detectCues(whole);
  const pointed = context?.tasks?.length === 1 && all.has("detail") ? context.tasks[0] : undefined;
  if (pointed) return say({ intent: "task_detail", code: pointed });

  const metric = pickMetric(text, whole, index);
  const areas = index.areas.find(text).filter((a) => !overlapsAny(a, metric.matches));
  const units = wholeNames(index.units.find(text)).filter((u) => !overlapsAny(u, metric.matches) && !insideAny(u, areas));
  const scopes = index.scopes.find(text).filter((s) => !overlapsAny(s, units) && !overlapsAny(s, metric.matches));
  const residual = foldWords(blankOut(text, [...metric.matches, ...units, ...scopes, ...areas]));
  const cues = detectCues(residual);

  const provinceNamed = units.some((u) => index.unitByCode.get(u.id)?.kind === "province");
  const namedUnits = units.filter((u) => index.unitByCode.get(u.id)?.kind !== "province");
  const levels = distinct<Scope>([...scopes.map((s) => s.id), ...(provinceNamed ? (["province"] as const) : [])]);

  if (index.unavailable.find(text).length > 0 && (metric.key || all.has("domain")) && !cues.has("taskWords")) {
    return say({ intent: "unknown", reason: "unknown_metric", name: index.unavailable.find(text)[0]!.phrase });
  }
  if (!metric.key && metric.ruledOut && !cues.has("taskWords")) {
    return say({ intent: "unknown", reason: "unknown_metric", name: text.slice(metric.ruledOut.start, metric.ruledOut.end) });
  }
  if (cues.has("help") && !metric.key && units.length === 0) return say({ intent: "help" });

  if (cues.has("ranking") && /\bvneid\b/.test(whole.padded)) return say({ intent: "ranking", metric: "vneid_ranking" });
  const comparing = isComparison(cues, levels);
  const subject =
    metric.key ??
    (cues.has("taskWords") ? undefined : context?.metric) ??
    (comparing ? defaultMetric(levels, index) : undefined) ??
    (cues.has("gap") && !cues.has("taskWords") ? onlyCountTarget(index) : undefined);
  if (metric.key === "vneid_ranking") return say({ intent: "ranking", metric: metric.key });

  if (subject && cues.has("gap") && !cues.has("taskWords")) {
    const target = targetedMetric(subject, index, cues);
    if (target) return say({ intent: "kpi_gap", metric: target });
  }
  if (subject && comparing && index.metricByKey.get(subject)?.measure === "percent" && !cues.has("taskWords")) {
    return say(comparison(subject, cues, levels, context));
  }

  const list = readTaskList({ cues, units: namedUnits, areas, text, folded: whole, context, metricNamed: Boolean(metric.key) });
  if (list) return say(list);
  if (!metric.key && isPlanProgress(cues)) return say({ intent: "plan_progress", ...latestPlan(index) });

  if (subject && (metric.key || levels.length > 0 || namedUnits.length > 0 || context?.intent === "kpi_value")) {
    if (namedUnits.length > 0) return say({ intent: "kpi_value", metric: subject, scope: "unit", unit: namedUnits[0]!.id });
    const scope = levels[0] ?? (metric.key || !context?.scope ? "province" : context.scope);
    return say({ intent: "kpi_value", metric: subject, scope });
  }

  if (all.has("thanks") && !all.has("domain")) return say({ intent: "thanks" });
  if (all.has("greeting") && !all.has("domain")) return say({ intent: "greeting" });
  if (all.has("help")) return say({ intent: "help" });
  const shortHowMuch = all.has("howMuch") && whole.words.length <= 3;
  if (all.has("domain") || all.has("vague") || shortHowMuch || scopes.length > 0) return say({ intent: "unknown", reason: "vague" });
  return say({ intent: "out_of_domain" });
}

function isComparison(cues: Set<CueName>, levels: readonly Scope[]): boolean {
  return cues.has("compare") || cues.has("highest") || cues.has("lowest") || levels.length >= 2;
}

/** "So với cấp xã?" after a question about cấp huyện compares the two. */
function comparison(metric: string, cues: Set<CueName>, levels: readonly Scope[], context?: ConversationContext): Understanding {
  const named = levels.length === 2 ? [...levels] : levels.filter((l) => l !== "province");
  const pair: Scope[] | undefined =
    named.length === 2 ? named : named.length === 1 && context?.metric === metric && context.scope && context.scope !== named[0] ? [context.scope, named[0]!] : undefined;
  const mode: CompareMode = cues.has("highest") ? "highest" : cues.has("lowest") ? "lowest" : pair ? "pair" : "all";
  return { intent: "kpi_compare", metric, mode, ...(pair && mode === "pair" ? { scopes: pair } : {}) };
}

function isPlanProgress(cues: Set<CueName>): boolean {
  if (cues.has("planProgress")) return true;
  if (cues.has("planMention") && (cues.has("countWords") || cues.has("percent") || cues.has("howIs") || cues.has("done"))) return true;
  return cues.has("taskWords") && cues.has("done") && cues.has("countWords");
}

/**
 * A partial unit name ("Trà My") is kept only when it fits several units, so the bot can ask which one;
 * alone it is too weak to decide whose tasks to show ("so nv" is not "Sở Nội vụ").
 */
function wholeNames(units: Match<string>[]): Match<string>[] {
  const PARTIAL = 0.75;
  return units.filter((u) => u.score >= PARTIAL || units.some((o) => o !== u && o.start === u.start && o.end === u.end));
}

/** "Còn thiếu bao nhiêu để đạt chỉ tiêu?" with nothing named: the one counted figure that has a target. */
function onlyCountTarget(index: UnderstandingIndex): string | undefined {
  const targeted = index.metrics.filter((m) => m.hasTarget && m.metric.measure === "count");
  return targeted.length === 1 ? targeted[0]!.metric.key : undefined;
}

/** When a message names levels but no metric, the metric measured at those levels, if there is only one. */
function defaultMetric(levels: readonly Scope[], index: UnderstandingIndex): string | undefined {
  const specific = levels.filter((l) => l !== "province");
  if (specific.length === 0) return undefined;
  const fitting = index.metrics.filter((m) => specific.every((l) => m.levels.has(l)));
  return fitting.length === 1 ? fitting[0]!.metric.key : undefined;
}

/**
 * "Còn thiếu bao nhiêu tài khoản định danh": the gap is measured on a metric that has a target. A rate
 * asked "so với chỉ tiêu" is itself the answer, so it is not redirected.
 */
function targetedMetric(subject: string, index: UnderstandingIndex, cues: Set<CueName>): string | undefined {
  const entry = index.metrics.find((m) => m.metric.key === subject);
  if (!entry) return undefined;
  if (entry.hasTarget) return subject;
  // "Đạt bao nhiêu phần trăm chỉ tiêu": the rate is the answer.
  if (entry.metric.measure === "percent" && cues.has("percent")) return undefined;
  const related = index.metrics.filter((m) => m.hasTarget && m.metric.measure !== "rank" && sharesWords(m.metric.name, entry.metric.name));
  // Without a related target the answer says there is no target, rather than giving some other figure.
  return related.length === 1 ? related[0]!.metric.key : subject;
}

function sharesWords(a: string, b: string): boolean {
  const wordsOf = (s: string) => new Set(foldWords(s).words.filter((w) => w.length > 2));
  const left = wordsOf(a);
  const right = [...wordsOf(b)];
  return right.filter((w) => left.has(w)).length >= 3;
}

function numberedTask(folded: FoldedText, index: UnderstandingIndex): string | undefined {
  if (index.plans.length !== 1) return undefined;
  const m = /\b(?:nv|nhiem vu|task)\s*(?:so\s+)?(\d{1,2})\b(?!\s*(?:\/|nhiem|nv|viec|phan))/.exec(folded.words.join(" "));
  if (!m) return undefined;
  return `${index.plans[0]!.code}-${m[1]!.padStart(2, "0")}`;
}

function latestPlan(index: UnderstandingIndex): { plan?: string } {
  return index.plans.length > 0 ? { plan: index.plans[index.plans.length - 1]!.code } : {};
}

function blankOut(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + " ".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

function overlapsAny(m: { start: number; end: number }, others: ReadonlyArray<{ start: number; end: number }>): boolean {
  return others.some((o) => m.start < o.end && o.start < m.end);
}

function insideAny(m: { start: number; end: number }, others: ReadonlyArray<{ start: number; end: number }>): boolean {
  return others.some((o) => o.start <= m.start && m.end <= o.end);
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export type { Match };
