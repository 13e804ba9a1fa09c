import type { RedeemRequest, RedeemResult } from "../onboarding.js";
import { reply, type Reply } from "../../core/reply.js";
import { fold } from "../../core/vi/index.js";

/**
 * Invites typed as text, on channels without deep links (Zalo): "/start <code>" or "mã mời <code>", in a private
 * chat (the person joins the unit) or, in a group, with an @mention (the group is bound to the unit). The work
 * is onboarding.ts's `redeem`, the same for every channel; this reads the code and says the outcome.
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

/** What a typed invite's outcome says: welcome (and whether this chat gets the unit's reminders), a group bound, or why not. */
export function typedInviteReply(result: RedeemResult, isGroup: boolean): Reply {
  if (result.ok) {
    if (isGroup || result.binding?.isGroup) return reply("zalo-onboard-group-bound", { unit: result.unit.name });
    return reply("zalo-onboard-welcome", { name: result.member.name, unit: result.unit.name, reminders: result.binding ? "yes" : "no" });
  }
  if (result.reason === "already_member") return reply("zalo-onboard-already", { name: result.member.name });
  return reply("zalo-onboard-failed", { reason: result.reason });
}
