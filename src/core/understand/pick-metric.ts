import type { Match } from "../vi/index.js";
import type { UnderstandingIndex } from "./index-build.js";
import { containsAny, type FoldedText } from "./words.js";

export interface MetricChoice {
  /** The metric the message is about, if one fits. */
  key?: string;
  /** A metric name was found but every candidate was ruled out by the message's own words. */
  ruledOut?: Match<string>;
  matches: Match<string>[];
}

/**
 * Scores every metric against the message and keeps those whose excluding words are absent and whose
 * required words are present ("tỷ lệ kích hoạt" is the rate, "đã kích hoạt bao nhiêu" the count).
 * The best score wins, then the longest name: "tổng tiền thanh toán trực tuyến" beats "thanh toán trực tuyến".
 */
export function pickMetric(text: string, folded: FoldedText, index: UnderstandingIndex): MetricChoice {
  const found = index.metricNames.bestOfEach(text).map((match) => ({ entry: index.metricEntryByKey.get(match.id)!, match }));
  const fitting = found.filter(({ entry }) => !containsAny(folded, entry.excludes) && (entry.requires.length === 0 || containsAny(folded, entry.requires)));
  fitting.sort((a, b) => b.match.score - a.match.score || b.match.end - b.match.start - (a.match.end - a.match.start));
  const best = fitting[0];
  return {
    ...(best ? { key: best.entry.metric.key } : {}),
    ...(!best && found.length > 0 ? { ruledOut: found[0]!.match } : {}),
    matches: best ? [best.match] : [],
  };
}
