import { createHash } from "node:crypto";
import type { Binding, ChatRef, Member, OnboardingStore } from "../../app/onboarding.js";
import { mergeRole } from "../../core/onboarding/index.js";
import type { Db } from "../client.js";
import { toBoolean, toNumber } from "./raw-sql.js";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Only this digest of a code is stored: a copy of the database does not let anyone join. */
export function inviteCodeHash(code: string): string {
  return createHash("sha256").update(`nhacviec-invite:${code}`).digest("hex");
}

const memberSelect = {
  id: true,
  name: true,
  title: true,
  role: true,
  active: true,
  memberships: { select: { isHead: true, unit: { select: { id: true, code: true, name: true } } }, orderBy: { unitId: "asc" } },
} as const;

type MemberRow = {
  id: number;
  name: string;
  title: string | null;
  role: Member["role"];
  active: boolean;
  memberships: Array<{ isHead: boolean; unit: { id: number; code: string; name: string } }>;
};

/** A raw row of an identity's person and one of its memberships (none: the unit's columns are null). */
interface MemberIdentityRow {
  id: number | bigint;
  name: string;
  title: string | null;
  role: Member["role"];
  active: boolean | number | bigint;
  isHead: boolean | number | bigint | null;
  unitId: number | bigint | null;
  unitCode: string | null;
  unitName: string | null;
}

/** A member's rows (one per membership) and a binding's, in one result: `kind` tells them apart. */
interface SenderInChatRow extends Omit<MemberIdentityRow, "isGroup"> {
  kind: "member" | "binding";
  isGroup: boolean | number | bigint | null;
}

/** A member from their rows, one per membership (a member without units has one row with no unit). */
function memberOfRows(rows: readonly MemberIdentityRow[]): Member | null {
  const first = rows[0];
  if (!first) return null;
  return {
    id: toNumber(first.id),
    name: first.name,
    title: first.title,
    role: first.role,
    active: toBoolean(first.active),
    units: rows.flatMap((r) => (r.unitId === null ? [] : [{ id: toNumber(r.unitId), code: r.unitCode!, name: r.unitName!, isHead: toBoolean(r.isHead) }])),
  };
}

interface BindingRow {
  channel: string;
  chatId: string;
  unitId: number | bigint;
  isGroup: boolean | number | bigint;
  active: boolean | number | bigint;
  unitName: string;
}

function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    role: row.role,
    active: row.active,
    units: row.memberships.map((m) => ({ ...m.unit, isHead: m.isHead })),
  };
}

const bindingSelect = { channel: true, chatId: true, unitId: true, isGroup: true, active: true, unit: { select: { name: true } } } as const;

function toBinding(row: { channel: string; chatId: string; unitId: number; isGroup: boolean; active: boolean; unit: { name: string } }): Binding {
  return { channel: row.channel, chatId: row.chatId, unitId: row.unitId, unitName: row.unit.name, isGroup: row.isGroup, active: row.active };
}

export function createOnboardingStore(db: Db): OnboardingStore {
  return {
    async createInvite(row) {
      const { code, ...rest } = row;
      await db.invite.create({ data: { ...rest, codeHash: inviteCodeHash(code) } });
    },

    async findInvite(code) {
      return db.invite.findFirst({
        where: { codeHash: inviteCodeHash(code) },
        select: { unitId: true, role: true, isHead: true, expiresAt: true, usedAt: true, usedById: true, revokedAt: true },
      });
    },

    claimInvite(code, now, request, options) {
      return db.$transaction(async (tx) => {
        const codeHash = inviteCodeHash(code);
        // The claim is one conditional update: of two people opening the same link at once, one gets count 1.
        const claimed = await tx.invite.updateMany({
          where: { codeHash, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
          data: { usedAt: now, usedInChat: `${request.channel}:${request.chatId}` },
        });
        if (claimed.count !== 1) return { ok: false, reason: "lost" } as const;
        const invite = await tx.invite.findUniqueOrThrow({ where: { codeHash }, select: { id: true, unitId: true, role: true, isHead: true } });
        const { personId, newPerson } = await upsertPerson(tx, request, invite.role);
        const membership = await tx.membership.findUnique({ where: { personId_unitId: { personId, unitId: invite.unitId } } });
        if (membership) {
          if (invite.isHead && !membership.isHead) await tx.membership.update({ where: { personId_unitId: { personId, unitId: invite.unitId } }, data: { isHead: true } });
        } else {
          await tx.membership.create({ data: { personId, unitId: invite.unitId, isHead: invite.isHead } });
        }
        await tx.invite.update({ where: { id: invite.id }, data: { usedById: personId } });
        const binding = await bindChat(tx, request, invite.unitId, options);
        const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: memberSelect });
        const member = toMember(person);
        return { ok: true, member, unit: member.units.find((u) => u.id === invite.unitId)!, binding, newPerson } as const;
      });
    },

    async memberByIdentity(channel, externalId) {
      // Read for every message by the access gate: one statement (a row per membership) instead of the four
      // Prisma makes for an identity, its person, the memberships and their units — a round trip is a wake-up
      // of the process, and each costs CPU however small the rows (bench:scale).
      const rows = await db.$queryRaw<MemberIdentityRow[]>`
        SELECT p."id", p."name", p."title", p."role", p."active", m."isHead", u."id" AS "unitId", u."code" AS "unitCode", u."name" AS "unitName"
        FROM "ChannelIdentity" i JOIN "Person" p ON p."id" = i."personId"
        LEFT JOIN "Membership" m ON m."personId" = p."id"
        LEFT JOIN "Unit" u ON u."id" = m."unitId"
        WHERE i."channel" = ${channel} AND i."externalId" = ${externalId}
        ORDER BY m."unitId" ASC`;
      return memberOfRows(rows);
    },

    async member(personId) {
      const row = await db.person.findFirst({ where: { id: personId }, select: memberSelect });
      return row ? toMember(row) : null;
    },

    async members(unitId) {
      const rows = await db.person.findMany({
        where: { active: true, memberships: { some: { unitId } } },
        select: memberSelect,
        orderBy: { id: "asc" },
      });
      return rows.map(toMember);
    },

    revoke(personId) {
      return db.$transaction(async (tx) => {
        await tx.person.update({ where: { id: personId }, data: { active: false } });
        const identities = await tx.channelIdentity.findMany({ where: { personId }, select: { channel: true, externalId: true } });
        const chats: ChatRef[] = identities.map((i) => ({ channel: i.channel, chatId: i.externalId }));
        // Private chats only: a group the person was in stays bound to its unit.
        for (const chat of chats) await tx.chatBinding.deleteMany({ where: { channel: chat.channel, chatId: chat.chatId, isGroup: false } });
        return chats;
      });
    },

    async binding(channel, chatId) {
      // Read for every message too: one statement, not Prisma's two (the binding, then its unit).
      const rows = await db.$queryRaw<BindingRow[]>`
        SELECT b."channel", b."chatId", b."unitId", b."isGroup", b."active", u."name" AS "unitName"
        FROM "ChatBinding" b JOIN "Unit" u ON u."id" = b."unitId"
        WHERE b."channel" = ${channel} AND b."chatId" = ${chatId}`;
      const row = rows[0];
      return row ? { channel: row.channel, chatId: row.chatId, unitId: toNumber(row.unitId), unitName: row.unitName, isGroup: toBoolean(row.isGroup), active: toBoolean(row.active) } : null;
    },

    async senderInChat(channel, externalId, chatId) {
      // The two statements above in one (a row per membership, and the binding's row): the access gate reads
      // both for every message, and a round trip saved is a wake-up of the process and of the database saved.
      const rows = await db.$queryRaw<SenderInChatRow[]>`
        SELECT 'member' AS "kind", p."id", p."name", p."title", p."role", p."active", m."isHead", u."id" AS "unitId", u."code" AS "unitCode", u."name" AS "unitName", NULL AS "isGroup"
        FROM "ChannelIdentity" i JOIN "Person" p ON p."id" = i."personId"
        LEFT JOIN "Membership" m ON m."personId" = p."id"
        LEFT JOIN "Unit" u ON u."id" = m."unitId"
        WHERE i."channel" = ${channel} AND i."externalId" = ${externalId}
        UNION ALL
        SELECT 'binding' AS "kind", NULL, NULL, NULL, NULL, b."active", NULL, b."unitId", NULL, u."name", b."isGroup"
        FROM "ChatBinding" b JOIN "Unit" u ON u."id" = b."unitId"
        WHERE b."channel" = ${channel} AND b."chatId" = ${chatId}
        ORDER BY "kind" DESC, "unitId" ASC`;
      const memberRows = rows.filter((row) => row.kind === "member");
      const bindingRow = rows.find((row) => row.kind === "binding");
      return {
        member: memberOfRows(memberRows as MemberIdentityRow[]),
        binding: bindingRow ? { channel, chatId, unitId: toNumber(bindingRow.unitId), unitName: bindingRow.unitName!, isGroup: toBoolean(bindingRow.isGroup), active: toBoolean(bindingRow.active) } : null,
      };
    },

    async retireBinding(channel, chatId) {
      const retired = await db.chatBinding.updateMany({ where: { channel, chatId, active: true }, data: { active: false } });
      const row = await db.chatBinding.findFirst({ where: { channel, chatId }, select: { unit: { select: { name: true } } } });
      return { wasActive: retired.count > 0, unitName: row?.unit.name ?? null };
    },

    async reviveChat(channel, chatId, rebind) {
      if (rebind) await db.chatBinding.updateMany({ where: { channel, chatId, active: false, isGroup: false }, data: { active: true } });
      else await db.chatBinding.deleteMany({ where: { channel, chatId, active: false, isGroup: false } });
    },

    async moveChat(channel, fromChatId, toChatId) {
      return db.$transaction(async (tx) => {
        const taken = await tx.chatBinding.findUnique({ where: { channel_chatId: { channel, chatId: toChatId } }, select: { id: true } });
        if (taken) return false;
        const moved = await tx.chatBinding.updateMany({ where: { channel, chatId: fromChatId }, data: { chatId: toChatId } });
        return moved.count > 0;
      });
    },

    async secretariatChats(channel) {
      const plans = await db.plan.findMany({ select: { secretariatUnitId: true } });
      const rows = await db.chatBinding.findMany({
        where: { channel, active: true, unitId: { in: [...new Set(plans.map((p) => p.secretariatUnitId))] } },
        select: { channel: true, chatId: true },
        orderBy: { id: "asc" },
      });
      return rows;
    },
  };
}

async function upsertPerson(tx: Tx, request: { channel: string; externalId: string; displayName: string }, role: Member["role"]) {
  const identity = await tx.channelIdentity.findUnique({
    where: { channel_externalId: { channel: request.channel, externalId: request.externalId } },
    select: { person: { select: { id: true, role: true, active: true } } },
  });
  if (identity) {
    const { person } = identity;
    // A revoked person invited again starts from the new invite's role; an active one keeps the stronger role.
    await tx.person.update({ where: { id: person.id }, data: { active: true, role: person.active ? mergeRole(person.role, role) : role } });
    return { personId: person.id, newPerson: false };
  }
  const person = await tx.person.create({ data: { name: request.displayName.slice(0, 200) || "?", role, active: true } });
  await tx.channelIdentity.create({ data: { channel: request.channel, externalId: request.externalId, personId: person.id } });
  return { personId: person.id, newPerson: true };
}

/**
 * A group becomes the unit's chat (its reminders go there; the members' private bindings for that unit are
 * dropped so that nothing arrives twice). A private chat is bound only while the unit has no group.
 */
async function bindChat(tx: Tx, request: { channel: string; chatId: string }, unitId: number, options: { bindGroup: boolean; bindPrivate: boolean }): Promise<Binding | null> {
  const key = { channel_chatId: { channel: request.channel, chatId: request.chatId } };
  if (options.bindGroup) {
    const row = await tx.chatBinding.upsert({
      where: key,
      create: { channel: request.channel, chatId: request.chatId, unitId, isGroup: true, active: true },
      update: { unitId, isGroup: true, active: true },
      select: bindingSelect,
    });
    await tx.chatBinding.deleteMany({ where: { channel: request.channel, unitId, isGroup: false } });
    return toBinding(row);
  }
  if (!options.bindPrivate) {
    // The chat works again (a person who had blocked the bot came back with a new invite).
    await tx.chatBinding.updateMany({ where: { channel: request.channel, chatId: request.chatId, active: false }, data: { active: true } });
    return null;
  }
  const group = await tx.chatBinding.findFirst({ where: { channel: request.channel, unitId, isGroup: true, active: true }, select: { id: true } });
  const existing = await tx.chatBinding.findUnique({ where: key, select: bindingSelect });
  if (group) {
    if (existing && !existing.active) await tx.chatBinding.update({ where: key, data: { active: true } });
    return existing ? toBinding({ ...existing, active: true }) : null;
  }
  // A person of two units keeps the chat bound to the first; the second unit reaches them through its group.
  if (existing?.active) return toBinding(existing);
  const row = await tx.chatBinding.upsert({
    where: key,
    create: { channel: request.channel, chatId: request.chatId, unitId, isGroup: false, active: true },
    update: { unitId, active: true },
    select: bindingSelect,
  });
  return toBinding(row);
}

