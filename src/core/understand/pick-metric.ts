import type { Match } from "../vi/index.js";
import { fitsAspects, readAspects, type Aspect, type Span } from "./aspects.js";
import type { MetricEntry, UnderstandingIndex } from "./index-build.js";
import { containsAny, foldWords } from "./words.js";

export interface MetricChoice {
  /** The metric the message is about, if one fits. */
  key?: string;
  /** A metric name was found but every candidate was ruled out by the message's own words. */
  ruledOut?: Match<string>;
  /** Where the chosen metric was named: its name, or the aspect words that chose it. */
  matches: Span[];
  /** The aspects the message names ("money", "accounts"…), for follow-ups and derived figures. */
  aspects: ReadonlySet<Aspect>;
  /** Qualifiers that set a figure aside ("chưa tính kích hoạt"): understood, and choosing nothing. */
  setAside: Span[];
}

/**
 * Scores every metric against the message and keeps those that fit: excluding words absent, required
 * words present ("tỷ lệ kích hoạt" is the rate, "đã kích hoạt bao nhiêu" the count), and every aspect the
 * message names being one the metric has ("mấy tỷ" is money: not the number of payments). The best score
 * wins, then the longest name. When the name found does not fit the aspects, a metric of the same family
 * (sharing an aspect with it, or with the metric talked about just before) that has them all is taken, if
 * there is exactly one: "thanh toán trực tuyến thu được mấy tỷ" → the amount paid.
 */
export function pickMetric(text: string, index: UnderstandingIndex, previous?: string): MetricChoice {
  // previous: the metric of the question before, whose family a fragment may continue ("số tiền?").
  const { aspects: named, setAside } = readAspects(text);
  const asked = new Set(named.keys());
  const folded = foldWords(blank(text, setAside));
  const allowed = (entry: MetricEntry) => !containsAny(folded, entry.excludes) && (entry.requires.length === 0 || containsAny(folded, entry.requires));
  const found = index.metricNames.bestOfEach(text).map((match) => ({ entry: index.metricEntryByKey.get(match.id)!, match }));
  const fitting = found.filter(({ entry }) => allowed(entry) && fitsAspects(entry.aspects, asked));
  fitting.sort((a, b) => b.match.score - a.match.score || b.match.end - b.match.start - (a.match.end - a.match.start));
  const best = fitting[0];
  if (best) return { key: best.entry.metric.key, matches: [best.match, ...aspectSpans(named, best.entry)], aspects: asked, setAside };

  const family = new Set<string>([...found.flatMap(({ entry }) => [...entry.aspects]), ...(previous ? [...(index.metricEntryByKey.get(previous)?.aspects ?? [])] : [])]);
  if ((found.length > 0 || previous) && asked.size > 0) {
    const sameFamily = index.metrics.filter((entry) => sharesAny(entry.aspects, family) && allowed(entry) && fitsAspects(entry.aspects, asked));
    // After "hồ sơ định danh đã tạo lập", "với bao nhiêu tài khoản?" means the accounts created (sharing
    // "created" with it), not those activated: the nearest relative of the previous figure wins.
    const near = previous ? nearest(sameFamily, index.metricEntryByKey.get(previous)?.aspects ?? new Set()) : sameFamily;
    if (near.length === 1) {
      return { key: near[0]!.metric.key, matches: [...found.map((f) => f.match), ...[...named.values()].flat()], aspects: asked, setAside };
    }
  }
  // "Tài khoản được cấp", "số tiền nộp phí qua mạng": two aspects or more that only one figure has name it,
  // though no name of it was typed.
  const telling = [...asked].filter((a) => a !== "percent");
  if (found.length === 0 && telling.length >= 2) {
    const only = index.metrics.filter((entry) => allowed(entry) && fitsAspects(entry.aspects, asked));
    if (only.length === 1) return { key: only[0]!.metric.key, matches: [...named.values()].flat(), aspects: asked, setAside };
  }
  return { ...(found.length > 0 ? { ruledOut: found[0]!.match } : {}), matches: [], aspects: asked, setAside };
}

/** Aspect words the chosen metric has are part of naming it ("số tiền thanh toán … bao nhiêu tỷ"). */
function aspectSpans(named: ReadonlyMap<Aspect, Span[]>, entry: MetricEntry): Span[] {
  return [...named.entries()].filter(([aspect]) => entry.aspects.has(aspect)).flatMap(([, spans]) => spans);
}

function nearest(entries: readonly MetricEntry[], aspects: ReadonlySet<string>): MetricEntry[] {
  const overlap = (entry: MetricEntry) => [...entry.aspects].filter((a) => aspects.has(a)).length;
  const best = Math.max(...entries.map(overlap));
  return entries.filter((entry) => overlap(entry) === best);
}

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function blank(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + " ".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
