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
const NEGATION = /(?<![a-z0-9])(?:khong|ko|k|chua|chang|not)(?: phai)?(?: (?:la|so|duoc|da|bi|can|the))* ([a-z0-9]+)(?: ([a-z0-9]+))?(?![a-z0-9])/g;
/**
 * The words of a name that say which of its things a figure counts, and so can be negated to ask for the others.
 * Only these: "không so với", "chưa đạt", "không quá", "chưa chị" meet other words of names ("so với chỉ tiêu",
 * "cài đặt", "qua mạng", "chỉ tiêu") and ask something else.
 */
const QUALIFIERS = new Set(["thanh cong", "kich hoat", "hoan thanh", "tao lap", "truc tuyen", "successful", "activated", "completed", "online"]);
/**
 * Words that say the opposite of a name's qualifier without a negation: "lượt thanh toán bị lỗi, thất bại". Read on
 * the text with its accents: "lỗi" alone folds to "loi" as "lời", "lợi" do ("trả lời giúp em …"), so it counts after
 * "bị", "gặp", "có" (typed bare, after "bi", "gap"); English "declined" and "errors" are left out ("have payments declined" asks about a fall).
 */
const OPPOSITES: ReadonlyArray<readonly [string, RegExp]> = [
  ["thanh cong", /(?<![\p{L}])(?:thất bại|that bai|(?:bị|bi|gặp|gap|có) lỗi|(?:bi|gap) loi|bị từ chối|bi tu choi|không hợp lệ)(?![\p{L}])/giu],
  ["successful", /(?<![\p{L}])(?:failed|failing|failures?|unsuccessful|rejected)(?![\p{L}])/giu],
];

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
    const [first, second] = [m[1]!, m[2]];
    if (within(m.index)) continue;
    const phrase = second && QUALIFIERS.has(`${first} ${second}`) ? `${first} ${second}` : QUALIFIERS.has(first) ? first : undefined;
    if (phrase && inName(phrase)) widen(m.index, m.index + m[0].length - (phrase === first && second ? second.length + 1 : 0));
  }
  for (const [word, opposite] of OPPOSITES) {
    if (!inName(word)) continue;
    for (const m of text.matchAll(opposite)) if (!within(m.index)) widen(m.index, m.index + m[0].length);
  }
  if (start === undefined || end === undefined) return undefined;
  // From the first word of the name typed before the negation, so that the reply says what was asked.
  const from = Math.min(start, ...matches.filter((span) => span.start < start!).map((span) => span.start));
  const said = text.slice(from, end).trim();
  return said.length > 0 ? said : undefined;
}
