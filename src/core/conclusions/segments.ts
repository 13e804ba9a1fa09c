import { foldSameLength } from "./folded.js";

/**
 * A notice cut into the pieces instructions are written in: list items ("1.", "a)", "-", "+", "•") and the
 * sentences inside them, each with the depth of its list, so that a heading ("UBND các huyện, thị xã, thành
 * phố:") can hand its units to the items under it.
 */
export interface Segment {
  /** The sentence as written, without its list marker. */
  readonly text: string;
  /** Depth in the notice's lists: I. → 0, 1. → 1, 1.1. → 2, a) → 3, "-" → 4, "+" → 5; plain paragraphs sit half a step under the last item. */
  readonly level: number;
  /** The sentence ends with a colon: it announces the items that follow. */
  readonly heading: boolean;
}

const MARKERS: ReadonlyArray<{ pattern: RegExp; level: number }> = [
  { pattern: /^(?:[IVX]{1,4})[.)]\s+/u, level: 0 },
  { pattern: /^\d{1,2}\.\d{1,2}\.?\s+/u, level: 2 },
  { pattern: /^\d{1,2}[.)]\s+/u, level: 1 },
  { pattern: /^[a-zđ][)]\s+/u, level: 3 },
  { pattern: /^[-–—•*]\s*/u, level: 4 },
  { pattern: /^\+\s*/u, level: 5 },
];
// The list of recipients ends the notice: "- Các sở, ban, ngành;" there is an address, not an instruction.
const RECIPIENTS = /^\s*noi nhan\s*:/mu;
// A full stop ends a sentence when a capital (or an opening quote or bracket) follows, unless it closes an abbreviation.
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}“"(])/u;
const ABBREVIATION = /(?:^|\s)(?:TP|Tp|TX|Tx|TT|ThS|TS|PGS|GS|v\.v|Ô|B)\.$/u;

export function splitSegments(raw: string): Segment[] {
  const text = raw.normalize("NFC").replace(/\r\n?/g, "\n").replace(/[\t\u00a0\u200b]+/g, " ");
  const end = RECIPIENTS.exec(foldSameLength(text));
  const body = end ? text.slice(0, end.index) : text;
  const segments: Segment[] = [];
  let lastItemLevel = 0;
  for (const rawLine of body.split("\n")) {
    let line = rawLine.replace(/ {2,}/g, " ").trim();
    if (line.length === 0) continue;
    let level = lastItemLevel + 0.5;
    for (const marker of MARKERS) {
      const m = marker.pattern.exec(line);
      if (m) {
        level = marker.level;
        lastItemLevel = marker.level;
        line = line.slice(m[0].length).trim();
        break;
      }
    }
    for (const sentence of sentences(line)) {
      segments.push({ text: sentence, level, heading: /:\s*$/u.test(sentence) });
    }
  }
  return segments;
}

function sentences(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  for (;;) {
    const m = findEnd(rest);
    if (m === undefined) break;
    out.push(rest.slice(0, m.index).trim());
    rest = rest.slice(m.index + m.length);
  }
  out.push(rest.trim());
  return out.filter((s) => s.length > 0);
}

function findEnd(text: string): { index: number; length: number } | undefined {
  const re = new RegExp(SENTENCE_END.source, "gu");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!ABBREVIATION.test(text.slice(0, m.index))) return { index: m.index, length: m[0].length };
  }
  return undefined;
}
