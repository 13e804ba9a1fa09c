/**
 * Mentions of the bot in groups, the same on every channel: in a group the bot takes only what is meant for it
 * (a mention of it, or a reply to one of its messages), and the mention is not part of what the person asked.
 * Channels say what the platform told them (mentioned? a reply to the bot? where the mention is); the text the
 * app reads is made here.
 */

/** In a private chat everything is for the bot; in a group only a mention of it or a reply to it. */
export function isForTheBot(message: { isGroup: boolean; mentioned: boolean; repliesToBot: boolean }): boolean {
  return !message.isGroup || message.mentioned || message.repliesToBot;
}

/** "@Nhắc việc xong 1" → "xong 1": removes @mentions of the bot by any of its names, case-insensitively, whole names only. */
export function stripMentions(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names.filter((n) => n.trim().length > 0)) {
    const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`@${escaped}(?![\\p{L}\\p{N}_])`, "giu"), " ");
  }
  return tidy(out, text);
}

/** Removes the spans the platform marked as mentions of the bot (offsets and lengths in UTF-16 code units); "" when nothing else is left. */
export function cutMentions(text: string, spans: ReadonlyArray<{ offset: number; length: number }>): string {
  let out = text;
  for (const span of [...spans].sort((a, b) => b.offset - a.offset)) out = `${out.slice(0, span.offset)} ${out.slice(span.offset + span.length)}`;
  return out.replace(/\s+/g, " ").trim();
}

/** A text that was only the mention stays as it was (the app answers it as a greeting, not as nothing). */
function tidy(out: string, original: string): string {
  return out.replace(/\s+/g, " ").trim() || original.trim();
}
