import { boundedMemo } from "./memo.js";
import { fold, preparePhrase } from "./vi/index.js";
import { withinOneEdit } from "./vi/edit-distance.js";

/** A task counts as named by words of its title when at least this share of the words is found in it. */
export const TITLE_MATCH_SHARE = 0.75;

/** A title as folded words: "Rà soát, hệ thống hóa văn bản QPPL" → ["ra", "soat", "he", "thong", "hoa", …]. */
// A plan's titles are read again at every title question: each is prepared once (50.000 tasks: 18 → 3 ms).
export const titleWords: (title: string) => string[] = boundedMemo((title) =>
  // Abbreviations are expanded as they are in messages ("HĐND" → "hội đồng nhân dân"), so both read alike.
  fold(preparePhrase(title)).replace(/(\d)[.,](?=\d)/g, "$1").split(/[^a-z0-9]+/).filter(Boolean),
  100_000,
);

/**
 * The share of the asked words (folded) that the title holds: as a word, as a word with one slip
 * ("xog" for "xong" is not in titles, "dot" for "đợt" is), or as the initials of a run of its words
 * ("vbqppl" for "văn bản quy phạm pháp luật"), as officials abbreviate in chat.
 */
export function titleMatchShare(asked: readonly string[], title: readonly string[]): number {
  if (asked.length === 0) return 0;
  const words = new Set(title);
  // Most titles share no word with the question: only those with enough exact or initial hits to reach the
  // share with every other word slipped are looked at closely.
  const exact = asked.filter((w) => words.has(w)).length;
  // Initials ("vbqppl", "hdnd") have no vowel and may count whole; other words at most 0.9 with a slip.
  const initials = asked.filter((w) => !words.has(w) && !/[aeiouy\d]/.test(w)).length;
  if (exact + initials + 0.9 * (asked.length - exact - initials) < TITLE_MATCH_SHARE * asked.length) return exact / asked.length;
  // Nearly every short Vietnamese syllable is one slip from another ("giao" from "giải", "thông" from "trong"): a
  // title that holds none of the words as typed is not named by them, however many it holds with a slip.
  if (exact + initials === 0) return 0;
  let found = 0;
  for (const word of asked) {
    // A word with a slip counts a little less than the word itself: "tinh giản" beats "giao" for "gian".
    // A slip needs five letters on one side: four-letter syllables are one letter from many others ("tiền" from
    // "tiếp": "số tiền thanh toán trực tuyến" is not Tam Kỳ's task of dossiers "tiếp nhận trực tuyến").
    if (words.has(word) || isInitialsOf(word, title)) found++;
    else if (word.length >= 4 && title.some((t) => t.length >= 4 && Math.max(t.length, word.length) >= 5 && withinOneEdit(word, t))) found += 0.9;
  }
  return found / asked.length;
}

function isInitialsOf(word: string, title: readonly string[]): boolean {
  if (word.length < 3 || /\d/.test(word)) return false;
  for (let i = 0; i + word.length <= title.length; i++) {
    let k = 0;
    while (k < word.length && title[i + k]![0] === word[k]) k++;
    if (k === word.length) return true;
  }
  return false;
}

/** How many neighbouring pairs of the asked words stand side by side in the title: "dân chủ" beats "dân … chủ". */
function pairsInOrder(asked: readonly string[], title: readonly string[]): number {
  const pairs = new Set(title.slice(1).map((w, i) => `${title[i]} ${w}`));
  return asked.slice(1).filter((w, i) => pairs.has(`${asked[i]} ${w}`)).length;
}

/** The tasks whose titles hold the words best, if that is at least TITLE_MATCH_SHARE of them; ties go to the title with more of the words side by side. */
export function bestTitleMatches<T extends { title: string }>(asked: readonly string[], tasks: readonly T[]): T[] {
  return titleMatches(asked, tasks, false);
}

/** Every task whose title holds at least TITLE_MATCH_SHARE of the words, the best first. */
export function allTitleMatches<T extends { title: string }>(asked: readonly string[], tasks: readonly T[]): T[] {
  return titleMatches(asked, tasks, true);
}

/**
 * Words side by side in the title as they were typed count half a word more each: "tuyên truyền … ban hành"
 * names "Ban hành Kế hoạch tuyên truyền…", not a title that holds "tuyến", "bàn", "hành" apart plus two slips.
 */
function pairBonus(asked: readonly string[], title: readonly string[]): number {
  return (0.5 * pairsInOrder(asked, title)) / Math.max(asked.length, 1);
}

function titleMatches<T extends { title: string }>(asked: readonly string[], tasks: readonly T[], every: boolean): T[] {
  if (every) {
    const scored = tasks.flatMap((task) => {
      const words = titleWords(task.title);
      const found = titleMatchShare(asked, words);
      return found < TITLE_MATCH_SHARE ? [] : [{ task, share: found + pairBonus(asked, words) }];
    });
    return scored.sort((a, b) => b.share - a.share).map((s) => s.task);
  }
  let best = 0;
  let kept: T[] = [];
  for (const task of tasks) {
    const words = titleWords(task.title);
    const found = titleMatchShare(asked, words);
    if (found < TITLE_MATCH_SHARE) continue;
    const share = found + pairBonus(asked, words);
    if (share < best) continue;
    if (share > best) {
      best = share;
      kept = [];
    }
    kept.push(task);
  }
  return kept;
}
