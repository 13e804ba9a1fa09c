/**
 * Telegram HTML: everything a person or a database supplied is escaped, and long text is split into messages
 * of at most 4096 characters before any markup is added (markup does not count, escaped text must not be cut).
 */
export const MAX_MESSAGE_LENGTH = 4096;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/**
 * Cuts text into pieces of at most `limit` UTF-16 units (what Telegram counts), at a line break when there is
 * one in the second half of the piece, else at a space, else anywhere but inside a surrogate pair.
 */
export function splitText(text: string, limit = MAX_MESSAGE_LENGTH): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    let cut = window.lastIndexOf("\n");
    if (cut < limit / 2) cut = window.lastIndexOf(" ");
    if (cut < limit / 2) {
      cut = limit;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    }
    const piece = rest.slice(0, cut).trimEnd();
    if (piece.length > 0) pieces.push(piece);
    rest = rest.slice(cut).replace(/^[\n ]/, "");
  }
  if (rest.trim().length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Plain text to HTML messages; with `boldFirstLine` the first line of the first message is the title. */
export function toHtmlMessages(text: string, options: { boldFirstLine?: boolean } = {}): string[] {
  return splitText(text.length === 0 ? " " : text).map((piece, i) => {
    if (!options.boldFirstLine || i > 0) return escapeHtml(piece);
    const nl = piece.indexOf("\n");
    const title = nl < 0 ? piece : piece.slice(0, nl);
    const body = nl < 0 ? "" : piece.slice(nl);
    return `<b>${escapeHtml(title)}</b>${escapeHtml(body)}`;
  });
}
