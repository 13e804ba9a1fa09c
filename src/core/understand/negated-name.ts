import { fold } from "../vi/index.js";
import type { Span } from "./aspects.js";
import { foldWords } from "./words.js";

/**
 * "Bao nhiêu lượt thanh toán trực tuyến bị lỗi, không thành công", "còn mấy tài khoản chưa kích hoạt": a word of
 * the figure's own name negated asks for what the figure leaves out. The figure is then the one answer that is
 * surely wrong (a Chairman would repeat the successful payments as the failed ones), so the question is not it.
 * Words between the negation and the name's words are the small ones people put there ("không phải số đã kích
 * hoạt"); punctuation ends the phrase, so "có tăng không, kích hoạt …" negates nothing.
 */
const NEGATION = /(?<![a-z0-9])(?:khong|ko|k|chua|chang|not)(?: phai)?((?: (?:la|so|duoc|da|bi|can|the))*) ([a-z0-9]+)(?: ([a-z0-9]+))?(?![a-z0-9])/g;
/** Words that say the opposite of a word of a name without a negation: "lượt thanh toán bị lỗi, thất bại". */
const OPPOSITES: ReadonlyArray<readonly [string, RegExp]> = [
  ["thanh cong", /(?<![a-z0-9])(?:that bai|bi loi|loi|bi tu choi|khong hop le)(?![a-z0-9])/],
  ["successful", /(?<![a-z0-9])(?:failed|failing|failures?|unsuccessful|rejected|declined|errors?)(?![a-z0-9])/],
];
/** Words too small to name a figure on their own: "không có", "chưa được". */
const SMALL = new Set(["co", "duoc", "da", "la", "so", "phai", "bi", "can", "the", "biet", "ro", "nhi", "a", "ha"]);

/**
 * The negated words of the figure's name as typed (the name's words from its first match to the end of the
 * negated phrase), or undefined. `setAside`: spans the message sets aside ("không phải số đã kích hoạt" said of
 * another figure), whose negations are about that other figure.
 */
export function negatedNameWords(text: string, names: readonly string[], matches: readonly Span[], setAside: readonly Span[]): string | undefined {
  const folded = fold(text);
  // fold keeps positions only where no letter decomposes into two; elsewhere there is nothing to cut safely.
  if (folded.length !== text.length) return undefined;
  const nameTexts = names.map((name) => foldWords(name).padded);
  const inName = (phrase: string) => nameTexts.some((name) => name.includes(` ${phrase} `));
  const within = (start: number) => setAside.some((span) => span.start <= start && start < span.end);
  let start: number | undefined;
  let end: number | undefined;
  const widen = (from: number, to: number) => {
    start = Math.min(start ?? from, from);
    end = Math.max(end ?? to, to);
  };
  for (const m of folded.matchAll(NEGATION)) {
    const [first, second] = [m[2]!, m[3]];
    if (SMALL.has(first) || within(m.index)) continue;
    const phrase = second && inName(`${first} ${second}`) ? `${first} ${second}` : inName(first) && first.length >= 3 ? first : undefined;
    if (phrase) widen(m.index, m.index + m[0].length - (phrase === first && second ? second.length + 1 : 0));
  }
  for (const [word, opposite] of OPPOSITES) {
    if (!inName(word)) continue;
    const m = opposite.exec(folded);
    if (m && !within(m.index)) widen(m.index, m.index + m[0].length);
  }
  if (start === undefined || end === undefined) return undefined;
  // From the first word of the name typed before the negation, so that the reply says what was asked.
  const from = Math.min(start, ...matches.filter((span) => span.start < start!).map((span) => span.start));
  const said = text.slice(from, end).trim();
  return said.length > 0 ? said : undefined;
}
