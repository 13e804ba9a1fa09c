import type { RedeemRequest, RedeemResult } from "../../app/onboarding.js";
import { reply, type Reply } from "../../core/reply.js";
import { fold } from "../../core/vi/index.js";

/**
 * Invites on Zalo: "/start <code>" (what a Zalo user types, there being no deep links) or "mã mời <code>",
 * in a private chat (the person joins the unit) or, in a group, with an @mention (the group is bound to the
 * unit). The work is src/app/onboarding.ts's `redeem`, shared with Telegram; this file only reads the text
 * and puts the outcome into words.
 */
export type Redeem = (code: string, request: RedeemRequest) => Promise<RedeemResult>;

/** The code typed after "/start", "mã mời" (with or without diacritics, colon optional) or "/lienket"; null when the text is no invite (or no code follows). */
export function inviteCodeIn(text: string): string | null {
  const folded = fold(text).trim();
  const m = /^(?:\/start(?:@\S+)?|\/lienket|ma moi|invite code|invite)\s*:?\s*(.*)$/s.exec(folded);
  if (!m) return null;
  // The code is read from the original text at the same position (diacritics never occur in a code).
  const code = text.trim().slice(text.trim().length - m[1]!.length).trim();
  // "/start" alone is a first hello, not an invite: the pipeline answers it.
  return code.length > 0 ? code : null;
}

export function redeemReply(result: RedeemResult, isGroup: boolean): Reply {
  if (result.ok) {
    if (isGroup || result.binding?.isGroup) return reply("zalo-onboard-group-bound", { unit: result.unit.name });
    return reply("zalo-onboard-welcome", { name: result.member.name, unit: result.unit.name, reminders: result.binding ? "yes" : "no" });
  }
  if (result.reason === "already_member") return reply("zalo-onboard-already", { name: result.member.name });
  return reply("zalo-onboard-failed", { reason: result.reason });
}
