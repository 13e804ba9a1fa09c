/**
 * Zalo accepts 1–2000 characters per text. Long replies are cut into parts of at most `max` UTF-16 code
 * units (what the platform's limit counts; stricter than counting code points), preferably at a line
 * break, else at a space, never inside a word unless one word alone is longer than a part, and never
 * between the two halves of a surrogate pair (an emoji, a rare Hán-Nôm character).
 */
export const ZALO_TEXT_LIMIT = 2000;

export function splitText(text: string, max = ZALO_TEXT_LIMIT): string[] {
  if (max < 2) throw new RangeError("max must be at least 2");
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    const head = rest.slice(0, cut).trimEnd();
    if (head.length > 0) parts.push(head);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

/** Where to end the next part: after the last newline, else the last whitespace, within `max`; else a hard cut. */
function cutPoint(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  // A break at index max itself is fine: the part is text[0, max).
  const newline = window.lastIndexOf("\n");
  if (newline > max / 2) return newline;
  const space = lastWhitespace(window);
  if (space > 0) return space;
  // One word longer than a part: cut hard, but not between a high and a low surrogate.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

function lastWhitespace(window: string): number {
  for (let i = window.length - 1; i > 0; i--) if (/\s/.test(window[i]!)) return i;
  return -1;
}
