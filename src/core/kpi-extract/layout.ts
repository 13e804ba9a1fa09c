/**
 * A report cut into paragraphs and sentences, each with its place in the text, and a folded copy of the
 * text of the same length (lower case, no diacritics, đ → d), so that cue words typed with or without
 * diacritics are found at the same offsets as the figures.
 */
export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  /** A line that ends without a full stop at the top of the text: a headline or a title. */
  heading: boolean;
}

export interface Layout {
  text: string;
  folded: string;
  sentences: Sentence[];
}

const MARKS = /\p{M}/gu;

/** Folds letter by letter so that offsets stay the same (fold() of the text layer may change lengths). */
export function foldSameLength(text: string): string {
  let out = "";
  for (const ch of text) {
    const f = ch.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").replace(/ð/g, "d");
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

// A sentence ends at . ! ? … followed by a space and a capital, a digit or an opening mark; "V.v...." and the
// dots inside 447.246 are not followed by a space.
const SENTENCE_END = /[.!?…]+["”)]?\s+(?=[\p{Lu}\d"“(])/gu;

export function layOut(raw: string): Layout {
  const text = raw.normalize("NFC").replace(/\r\n?/g, "\n").replace(/[\t\u00a0 ]+/g, " ");
  const folded = foldSameLength(text);
  const sentences: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  let seenBody = false;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim().length === 0) continue;
    paragraph++;
    const heading = !seenBody && !/[.!?…:;]\s*$/.test(line) && line.length < 200;
    if (!heading) seenBody = true;
    let from = 0;
    for (const m of line.matchAll(SENTENCE_END)) {
      const to = m.index + m[0].trimEnd().length;
      push(sentences, text, lineStart + from, lineStart + to, paragraph, heading);
      from = m.index + m[0].length;
    }
    push(sentences, text, lineStart + from, lineStart + line.length, paragraph, heading);
  }
  return { text, folded, sentences };
}

function push(list: Sentence[], text: string, start: number, end: number, paragraph: number, heading: boolean): void {
  while (start < end && text[start] === " ") start++;
  while (end > start && text[end - 1] === " ") end--;
  if (end > start) list.push({ start, end, paragraph, heading });
}
