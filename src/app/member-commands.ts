import { formatDate } from "../core/format.js";
import { vnDate, vnMinuteOfDay } from "../core/local-date.js";
import { DEFAULT_INVITE_DAYS, displayInviteCode, inviteRoleOf, mayManageMembers, parseInviteRole, type InviteRole } from "../core/onboarding/index.js";
import { reply, type Reply } from "../core/reply.js";
import type { AuditedChat } from "./audit.js";
import type { Binding, Member, Onboarding, RedeemResult } from "./onboarding.js";

/**
 * The members' commands, whatever channel they are typed in: /toi (who the bot takes me for), and the
 * secretariat's /moi (an invite), /thanhvien (a unit's members) and /thuhoi (a revocation). Who may do what is
 * decided here and in onboarding.ts; a channel only reads the command and says the replies.
 */

const roleName = (role: InviteRole): Reply => reply("role-name", { role });

/** /toi: the sender as a member (or not), their units, and what this chat receives. */
export function whoAmIReplies(member: Member | null, binding: Binding | null): Reply[] {
  const replies: Reply[] = [];
  if (member?.active) {
    replies.push(reply("onboard-whoami", { name: member.name, role: roleName(inviteRoleOf({ role: member.role, isHead: member.units.some((u) => u.isHead) })) }));
    const units = member.units.map((u) => reply("onboard-whoami-unit", { unit: u.name, head: u.isHead ? "yes" : "no" }));
    if (units.length > 0) replies.push(reply("onboard-whoami-units", { units }));
  } else if (member) {
    replies.push(reply("onboard-whoami-revoked", { name: member.name }));
  } else {
    replies.push(reply("onboard-whoami-unknown"));
  }
  if (binding) replies.push(reply(binding.active ? "onboard-whoami-chat" : "onboard-whoami-chat-inactive", { unit: binding.unitName }));
  if (!member && !binding?.active) replies.push(reply("onboard-stranger"));
  return replies;
}

export interface InviteRequest {
  /** The sender when an active member. */
  person: Member | null;
  isGroup: boolean;
  /** What follows the command: "Sở Tư pháp cán bộ". */
  args: string;
  days?: number;
  /** The links that open the invite on this channel, when it has any. */
  links?(code: string): { link: string; groupLink: string };
  /** Where it was asked, for the audit trail. */
  from?: AuditedChat;
}

/** /moi <đơn vị> [vai trò]: an invite, made in a private chat by someone who may grant that role. */
export async function inviteReplies(onboarding: Pick<Onboarding, "createInvite">, request: InviteRequest): Promise<Reply[]> {
  if (request.isGroup) return [reply("onboard-invite-private-only")];
  if (!request.person) return [reply("onboard-not-allowed")];
  const { unit, role } = parseInviteArgs(request.args);
  if (!unit) return [reply("onboard-invite-usage")];
  const created = await onboarding.createInvite({ by: request.person, unit, role, days: request.days ?? DEFAULT_INVITE_DAYS, ...(request.from ? { from: request.from } : {}) });
  if (!created.ok) {
    if (created.reason === "not_allowed") return [reply(role === "unit_officer" ? "onboard-not-allowed" : "onboard-invite-not-allowed", { role: roleName(role) })];
    if (created.reason === "unit_ambiguous") return [reply("onboard-unit-ambiguous", { name: unit, options: created.options.map((u) => `${u.name} (${u.code})`).join("; ") })];
    return [reply("onboard-unit-not-found", { name: unit })];
  }
  const minutes = vnMinuteOfDay(created.expiresAt);
  const expires = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")} ${formatDate(vnDate(created.expiresAt), "vi")}`;
  const links = request.links?.(created.code);
  return [
    reply("onboard-invite-created", { role: roleName(role), unit: created.unit.name, expires }),
    reply("onboard-invite-code", { code: displayInviteCode(created.code) }),
    ...(links ? [reply("onboard-invite-link", { link: links.link }), reply("onboard-invite-group-link", { link: links.groupLink, code: created.code })] : []),
    reply("onboard-invite-forward"),
  ];
}

/** /thanhvien [đơn vị]: a unit's members, for the secretariat (without a unit, their own first one). */
export async function membersReplies(onboarding: Pick<Onboarding, "members">, person: Member | null, args: string): Promise<Reply[]> {
  if (!person) return [reply("onboard-not-allowed")];
  const listed = await onboarding.members(person, args);
  if (!listed.ok) {
    if (listed.reason === "not_allowed") return [reply("onboard-not-allowed")];
    if (listed.reason === "unit_ambiguous") return [reply("onboard-unit-ambiguous", { name: listed.query, options: listed.options.map((u) => `${u.name} (${u.code})`).join("; ") })];
    return [reply("onboard-unit-not-found", { name: listed.query })];
  }
  if (listed.members.length === 0) return [reply("onboard-members-empty", { unit: listed.unit.name })];
  const lines = listed.members.map((m) => {
    const isHead = m.units.some((u) => u.id === listed.unit.id && u.isHead);
    return reply("onboard-members-line", { id: m.id, name: m.name, role: roleName(inviteRoleOf({ role: m.role, isHead })) });
  });
  return [reply("onboard-members-header", { unit: listed.unit.name, count: listed.members.length }), ...lines, reply("onboard-members-hint", { id: listed.members[0]!.id })];
}

/** /thuhoi <số>: a member's rights withdrawn, by someone who may; `revoked` says whether anything changed. */
export async function revokeReplies(onboarding: Pick<Onboarding, "revoke">, person: Member | null, args: string, from?: AuditedChat): Promise<{ replies: Reply[]; revoked: boolean }> {
  if (!person || !mayManageMembers(person.role)) return { replies: [reply("onboard-not-allowed")], revoked: false };
  const m = /^#?(\d{1,9})$/.exec(args.trim());
  if (!m) return { replies: [reply("onboard-revoke-usage")], revoked: false };
  const id = Number(m[1]);
  const revoked = await onboarding.revoke(person, id, from);
  if (!revoked.ok) return { replies: [reply(revoked.reason === "not_found" ? "onboard-revoke-not-found" : "onboard-revoke-not-allowed", { id })], revoked: false };
  return { replies: [reply("onboard-revoked", { name: revoked.member.name })], revoked: true };
}

/** "/moi Sở Tư pháp cán bộ": the role is the last one to three words when they name one, else an officer. */
export function parseInviteArgs(text: string): { unit: string; role: InviteRole } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (const take of [3, 2, 1]) {
    if (words.length <= take) continue;
    const role = parseInviteRole(words.slice(-take).join(" "));
    if (role) return { unit: words.slice(0, -take).join(" "), role };
  }
  return { unit: words.join(" "), role: "unit_officer" };
}

/**
 * What opening an invite says, on a channel with the same words for it (Telegram's /start and /lienket): who
 * joined which unit and with what role, where the unit's reminders will go, or why the code did not work.
 */
export function joinedReplies(result: RedeemResult, isGroup: boolean): Reply[] {
  if (!result.ok) return [result.reason === "already_member" ? reply("onboard-already-member", { name: result.member.name }) : reply("onboard-invalid", { reason: result.reason })];
  const joined = reply("onboard-joined", { name: result.member.name, role: roleName(inviteRoleOf({ role: result.member.role, isHead: result.unit.isHead })), unit: result.unit.name });
  if (isGroup) return [...(result.newPerson ? [joined] : []), reply("onboard-group-bound", { unit: result.unit.name })];
  // A private chat gets the unit's reminders unless the unit has a group already; a leader gets the digest instead.
  if (result.binding?.active && !result.binding.isGroup && result.binding.unitId === result.unit.id) return [joined, reply("onboard-joined-private")];
  return result.member.role !== "leader" ? [joined, reply("onboard-joined-group-exists")] : [joined];
}
