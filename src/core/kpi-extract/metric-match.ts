import type { FigureMeasure, MetricDefinition } from "./types.js";
import { foldSameLength } from "./layout.js";

/**
 * Which catalogue metric the words around a figure name: the longest alias found wins, a metric whose
 * measure differs from the figure's is never taken (a count of online dossiers is not the online rate),
 * and a metric's exclusions rule it out ("toàn trình", "một phần" are not "trực tuyến").
 */
export interface MetricMatcher {
  /**
   * `own`: the figure's own words (its clause); `wide`: those of the figure before it in the sentence too, which
   * often name what a rate or an amount is of ("447.246 tài khoản đã kích hoạt, đạt tỷ lệ 60,58%"). Exclusions
   * count only in the figure's own words. In order: an alias in its own words, in the wide words, then every
   * word of an alias in the wide words in any order ("tiếp nhận trực tuyến 29.415 hồ sơ, tỷ lệ 75,61%").
   */
  match(own: string, measure: FigureMeasure, wide?: string): { key: string; at: number } | undefined;
  /** Whether the words name any metric, matching or not, or words of a figure no metric has. */
  names(words: string): boolean;
}

interface Prepared {
  key: string;
  measure: string;
  aliases: string[];
  excludes: string[];
  requires: string[];
}

const wordRe = (phrase: string) => new RegExp(`(?:^|[^\\p{L}\\d])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d])`, "u");

export function createMetricMatcher(metrics: readonly MetricDefinition[]): MetricMatcher {
  const prepared: Prepared[] = metrics.map((m) => ({
    key: m.key,
    measure: m.measure,
    aliases: [m.name, ...m.aliases].map(fold).filter((a) => a.length > 0),
    excludes: m.excludes.map(fold),
    requires: m.requires.map(fold),
  }));
  const cache = new Map<string, RegExp>();
  const re = (phrase: string) => cache.get(phrase) ?? cache.set(phrase, wordRe(phrase)).get(phrase)!;
  const has = (words: string, phrase: string) => (phrase === "%" ? words.includes("%") : re(phrase).test(words));
  return {
    match(own, measure, wide) {
      const eligible = prepared.filter(
        (p) => p.measure === measure && !p.excludes.some((e) => has(own, e)) && (p.requires.length === 0 || p.requires.some((r) => has(wide ?? own, r))),
      );
      const longest = (words: string, aliasesOf: (p: Prepared) => string[], found: (alias: string) => number) => {
        let best: { key: string; length: number; at: number } | undefined;
        for (const p of eligible) {
          for (const alias of aliasesOf(p)) {
            const at = found(alias);
            if (at >= 0 && (!best || alias.length > best.length)) best = { key: p.key, length: alias.length, at };
          }
        }
        return best && { key: best.key, at: best.at };
      };
      const exact = (words: string) => (alias: string) => re(alias).exec(words)?.index ?? -1;
      const own1 = longest(own, (p) => p.aliases, exact(own));
      if (own1 || wide === undefined) return own1;
      const words = new Set(wide.split(/[^\p{L}\d%]+/u));
      const bag = (alias: string) => (alias.includes(" ") && alias.split(" ").every((w) => words.has(w)) ? 0 : -1);
      // "… lượt thanh toán trực tuyến, với tổng số tiền 5,2 tỷ đồng": an amount names its metric without the money words.
      const moneyless = (p: Prepared) => (measure === "vnd" ? p.aliases.map((a) => a.replace(MONEY_WORDS, "").trim()).filter((a) => a.length > 5) : []);
      return longest(wide, (p) => p.aliases, exact(wide)) ?? longest(wide, (p) => p.aliases, bag) ?? longest(wide, moneyless, exact(wide));
    },
    names(words) {
      return prepared.some((p) => p.aliases.some((a) => a.length > 5 && has(words, a))) || FIGURE_WORDS.test(words);
    },
  };
}

const MONEY_WORDS = /\b(?:tong so tien|tong gia tri|so tien|gia tri|tong tien|tien)\b/g;

/** Words that name a figure the catalogue may not hold: a list continues with another figure after them. */
const FIGURE_WORDS = /\b(?:ty le|ti le|so luong|tong so|chi so|muc do|so hoa|toan trinh|mot phan|dung han|tre han|qua han|hai long|diem)\b/;

function fold(text: string): string {
  return foldSameLength(text.normalize("NFC")).replace(/\s+/g, " ").trim();
}
