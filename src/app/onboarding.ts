import type { Clock } from "../core/clock.js";
import type { Role, Unit } from "../core/model.js";
import { inMemoryRedeemFailures, type RedeemFailureLog } from "./redeem-failures.js";
import { auditEntry, type AuditedChat, type AuditEntry, type AuditTrail } from "./audit.js";
import {
  INVITE_CODE_BYTES,
  bindsPrivateChat,
  encodeInviteCode,
  findUnit,
  grantOf,
  inviteExpiry,
  inviteState,
  mayInvite,
  mayManageMembers,
  mayRevoke,
  normalizeInviteCode,
  REDEEM_LIMITS,
  waitBeforeTry,
  type InviteRole,
  type InviteState,
} from "../core/onboarding/index.js";

/**
 * Onboarding, for every channel: invites that make whoever opens them a member of a unit with a role, the
 * binding of group chats to units, "who am I", and the secretariat's list of members with revocation.
 */

export interface ChatRef {
  channel: string;
  chatId: string;
}

export interface MemberUnit {
  id: number;
  code: string;
  name: string;
  isHead: boolean;
}

export interface Member {
  id: number;
  name: string;
  title: string | null;
  role: Role;
  active: boolean;
  units: MemberUnit[];
}

export interface Binding extends ChatRef {
  unitId: number;
  unitName: string;
  isGroup: boolean;
  active: boolean;
}

/** Who writes (null: nobody the bot knows) and the chat's binding (null: an unbound chat). */
export interface SenderInChat {
  member: Member | null;
  binding: Binding | null;
}

export interface InviteRow {
  unitId: number;
  role: Role;
  isHead: boolean;
  expiresAt: Date;
  usedAt: Date | null;
  usedById: number | null;
  revokedAt: Date | null;
}

export interface RedeemRequest extends ChatRef {
  externalId: string;
  displayName: string;
  isGroup: boolean;
}

export type ClaimOutcome =
  | { ok: true; member: Member; unit: MemberUnit; binding: Binding | null; newPerson: boolean }
  | { ok: false; reason: "lost" };

/** Storage of onboarding; src/db/stores/onboarding-store.ts keeps only a SHA-256 of each code. */
export interface OnboardingStore {
  createInvite(row: { code: string; unitId: number; role: Role; isHead: boolean; createdById: number | null; createdAt: Date; expiresAt: Date }): Promise<void>;
  findInvite(code: string): Promise<InviteRow | null>;
  /**
   * In one transaction: takes the invite if it is still usable at `now` (a code is used once, whoever races),
   * then creates or updates the person, identity, membership and, as asked, the chat binding.
   */
  claimInvite(
    code: string,
    now: Date,
    request: RedeemRequest,
    options: { bindGroup: boolean; bindPrivate: boolean },
  ): Promise<ClaimOutcome>;
  memberByIdentity(channel: string, externalId: string): Promise<Member | null>;
  member(personId: number): Promise<Member | null>;
  members(unitId: number): Promise<Member[]>;
  /** Marks the person inactive and drops the bindings of their private chats; returns those chats. */
  revoke(personId: number): Promise<ChatRef[]>;
  binding(channel: string, chatId: string): Promise<Binding | null>;
  /** Both reads at once, as the access gate makes them for every message: the same answers in one round trip. */
  senderInChat(channel: string, externalId: string, chatId: string): Promise<SenderInChat>;
  /** Active → inactive; wasActive tells whether this call changed it (tell the secretariat once). */
  retireBinding(channel: string, chatId: string): Promise<{ wasActive: boolean; unitName: string | null }>;
  /**
   * A person writes from a private chat that was retired (they had blocked the bot): the chat works again.
   * Kept as the unit's chat when `rebind`, else the retired record is dropped (a leader's chat is no unit's).
   */
  reviveChat(channel: string, chatId: string, rebind: boolean): Promise<void>;
  /** A group got a new id (Telegram upgraded it to a supergroup): its binding follows. */
  moveChat(channel: string, fromChatId: string, toChatId: string): Promise<boolean>;
  /** Active chats bound to the plans' secretariat units, on this channel. */
  secretariatChats(channel: string): Promise<ChatRef[]>;
}

export interface OnboardingDeps {
  store: OnboardingStore;
  clock: Clock;
  randomBytes: (size: number) => Uint8Array;
  units: () => Promise<readonly Unit[]>;
  /** Every invite opened (or tried) is recorded here, on every channel. */
  audit?: AuditTrail;
  /** Wrong codes tried, for the throttle: the database's, shared by every bot process (default: this process's). */
  failures?: RedeemFailureLog;
}

export type Inviter = "operator" | Member;

export type CreateInviteResult =
  | { ok: true; code: string; expiresAt: Date; unit: Unit; role: InviteRole }
  | { ok: false; reason: "not_allowed" }
  | { ok: false; reason: "unit_not_found"; query: string }
  | { ok: false; reason: "unit_ambiguous"; query: string; options: Unit[] };

export type RedeemResult =
  | { ok: true; member: Member; unit: MemberUnit; binding: Binding | null; newPerson: boolean }
  | { ok: false; reason: "malformed" | "not_found" | Exclude<InviteState, "usable"> }
  | { ok: false; reason: "already_member"; member: Member }
  /** Too many wrong codes from this person or in this chat lately: not even read. */
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

export type MembersResult =
  | { ok: true; unit: Unit; members: Member[] }
  | { ok: false; reason: "not_allowed" }
  | { ok: false; reason: "unit_not_found"; query: string }
  | { ok: false; reason: "unit_ambiguous"; query: string; options: Unit[] };

export type RevokeResult = { ok: true; member: Member; privateChats: ChatRef[] } | { ok: false; reason: "not_allowed" | "not_found" };

export type Onboarding = ReturnType<typeof createOnboarding>;

/** What a wrong try counts against: the person, and the chat it was typed in. */
function throttleKeys(request: RedeemRequest) {
  return [
    [`person:${request.channel}:${request.externalId}`, REDEEM_LIMITS.perPerson],
    [`chat:${request.channel}:${request.chatId}`, REDEEM_LIMITS.perChat],
  ] as const;
}

export function createOnboarding(deps: OnboardingDeps) {
  const failures = deps.failures ?? inMemoryRedeemFailures();
  const resolveUnit = async (query: string | number) => {
    const units = await deps.units();
    if (typeof query === "number") {
      const unit = units.find((u) => u.id === query);
      return unit ? ({ ok: true, unit } as const) : ({ ok: false, reason: "not_found" } as const);
    }
    return findUnit(query, units);
  };

  /** An invite made, without the record of it. */
  const createInviteNow = async (input: { by: Inviter; unit: string | number; role: InviteRole; days: number }): Promise<CreateInviteResult> => {
    const inviterRole = input.by === "operator" ? "operator" : input.by.active ? input.by.role : undefined;
    if (!inviterRole || !mayInvite(inviterRole, input.role)) return { ok: false, reason: "not_allowed" };
    const found = await resolveUnit(input.unit);
    const query = String(input.unit);
    if (!found.ok) return found.reason === "ambiguous" ? { ok: false, reason: "unit_ambiguous", query, options: found.options } : { ok: false, reason: "unit_not_found", query };
    const now = deps.clock.now();
    const code = encodeInviteCode(deps.randomBytes(INVITE_CODE_BYTES));
    const expiresAt = inviteExpiry(now, input.days);
    const grant = grantOf(input.role);
    await deps.store.createInvite({
      code,
      unitId: found.unit.id,
      role: grant.role,
      isHead: grant.isHead,
      createdById: input.by === "operator" ? null : input.by.id,
      createdAt: now,
      expiresAt,
    });
    return { ok: true, code, expiresAt, unit: found.unit, role: input.role };
  };

  const record = async (from: AuditedChat, done: Omit<AuditEntry, "at" | "channel" | "chatId" | "senderId">) => {
    await deps.audit?.record(auditEntry({ channel: from.channel, chatId: from.chatId, sender: { id: from.senderId } }, deps.clock.now(), done));
  };

  /** A member's rights withdrawn, without the record of it. */
  const revokeNow = async (actor: Member, personId: number): Promise<RevokeResult> => {
    if (!actor.active || !mayManageMembers(actor.role)) return { ok: false, reason: "not_allowed" };
    const target = await deps.store.member(personId);
    if (!target || !target.active) return { ok: false, reason: "not_found" };
    const isHead = target.units.some((u) => u.isHead);
    if (!mayRevoke(actor, { id: target.id, role: target.role, isHead })) return { ok: false, reason: "not_allowed" };
    const privateChats = await deps.store.revoke(target.id);
    return { ok: true, member: { ...target, active: false }, privateChats };
  };

  /** The invite's work, without the record of it. */
  const redeemAt = async (codeText: string, request: RedeemRequest, now: Date): Promise<RedeemResult> => {
    const keys = throttleKeys(request);
    const nowMs = now.getTime();
    const longest = Math.max(...keys.map(([, limit]) => limit.windowMs));
    const tried = await failures.since(keys.map(([key]) => key), nowMs - longest);
    const wait = Math.max(...keys.map(([key, limit]) => waitBeforeTry(tried.get(key) ?? [], limit, nowMs)));
    if (wait > 0) return { ok: false, reason: "throttled", retryAfterMinutes: Math.ceil(wait / 60_000) };
    const failed = async <R extends RedeemResult>(result: R): Promise<R> => {
      await failures.add(keys.map(([key]) => key), nowMs, nowMs - longest);
      return result;
    };
    const code = normalizeInviteCode(codeText);
    if (!code) return failed({ ok: false, reason: "malformed" });
    const invite = await deps.store.findInvite(code);
    if (!invite) return failed({ ok: false, reason: "not_found" });
    const state = inviteState(invite, now);
    if (state !== "usable") {
      if (state === "used" && invite.usedById !== null) {
        const me = await deps.store.memberByIdentity(request.channel, request.externalId);
        if (me && me.id === invite.usedById && me.active) return { ok: false, reason: "already_member", member: me };
      }
      return failed({ ok: false, reason: state });
    }
    const claimed = await deps.store.claimInvite(code, now, request, {
      bindGroup: request.isGroup,
      bindPrivate: !request.isGroup && bindsPrivateChat(invite.role),
    });
    return claimed.ok ? claimed : { ok: false, reason: "used" };
  };

  return {
    /** `from`: the chat it was asked in, for the audit trail (the command line's operator leaves none). */
    async createInvite(input: { by: Inviter; unit: string | number; role: InviteRole; days: number; from?: AuditedChat }): Promise<CreateInviteResult> {
      const result = await createInviteNow(input);
      if (input.from) await record(input.from, { action: "invite_created", outcome: result.ok ? "ok" : result.reason, target: result.ok ? result.unit.name : String(input.unit), personId: input.by === "operator" ? null : input.by.id });
      return result;
    },

    /**
     * Opens an invite: in a private chat the person joins the unit (and the chat is bound to it unless the unit
     * already has a group, where its reminders go); in a group (/lienket) the group is bound to the unit too.
     */
    async redeem(codeText: string, request: RedeemRequest): Promise<RedeemResult> {
      const now = deps.clock.now();
      const result = await redeemAt(codeText, request, now);
      await record({ channel: request.channel, chatId: request.chatId, senderId: request.externalId }, {
        action: "invite_redeemed",
        outcome: result.ok ? "ok" : result.reason,
        target: result.ok ? result.unit.name : null,
        personId: result.ok || result.reason === "already_member" ? result.member.id : null,
      });
      return result;
    },

    whoAmI(channel: string, externalId: string): Promise<Member | null> {
      return deps.store.memberByIdentity(channel, externalId);
    },

    /** A unit's members, for the secretariat; without a unit, the actor's own first unit. */
    async members(actor: Member, unitQuery: string | undefined): Promise<MembersResult> {
      if (!actor.active || !mayManageMembers(actor.role)) return { ok: false, reason: "not_allowed" };
      const query = unitQuery?.trim() ? unitQuery.trim() : actor.units[0]?.id;
      if (query === undefined) return { ok: false, reason: "unit_not_found", query: "" };
      const found = await resolveUnit(query);
      if (!found.ok) {
        return found.reason === "ambiguous"
          ? { ok: false, reason: "unit_ambiguous", query: String(query), options: found.options }
          : { ok: false, reason: "unit_not_found", query: String(query) };
      }
      return { ok: true, unit: found.unit, members: await deps.store.members(found.unit.id) };
    },

    /** `from`: the chat it was asked in, for the audit trail. */
    async revoke(actor: Member, personId: number, from?: AuditedChat): Promise<RevokeResult> {
      const result = await revokeNow(actor, personId);
      if (from) await record(from, { action: "member_revoked", outcome: result.ok ? "ok" : result.reason, target: String(personId), personId: actor.id });
      return result;
    },

    binding: (channel: string, chatId: string) => deps.store.binding(channel, chatId),
    senderInChat: (channel: string, externalId: string, chatId: string) => deps.store.senderInChat(channel, externalId, chatId),
    /** A retired private chat whose person writes again. */
    reviveChat: (member: Member, chat: ChatRef) => deps.store.reviveChat(chat.channel, chat.chatId, bindsPrivateChat(member.role)),

    moveChat: (channel: string, fromChatId: string, toChatId: string) => deps.store.moveChat(channel, fromChatId, toChatId),

    /** A chat the bot can no longer write to (blocked, removed from the group): inactive, and who must hear of it. */
    async retireChat(chat: ChatRef): Promise<{ wasActive: boolean; unitName: string | null; notify: ChatRef[] }> {
      const retired = await deps.store.retireBinding(chat.channel, chat.chatId);
      if (!retired.wasActive) return { ...retired, notify: [] };
      const notify = (await deps.store.secretariatChats(chat.channel)).filter((c) => c.chatId !== chat.chatId);
      return { ...retired, notify };
    },
  };
}
