import type { PeopleStore } from "../../app/ports.js";
import type { Person } from "../../core/model.js";
import type { Db } from "../client.js";
import { toBoolean, toNumber } from "./raw-sql.js";

const withMemberships = { memberships: { select: { unitId: true, isHead: true } } } as const;

type PersonRow = {
  id: number;
  key: string | null;
  name: string;
  title: string | null;
  role: Person["role"];
  memberships: Array<{ unitId: number; isHead: boolean }>;
};

function toPerson(row: PersonRow): Person & { key: string | null } {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    title: row.title,
    role: row.role,
    unitIds: row.memberships.map((m) => m.unitId),
    headOfUnitIds: row.memberships.filter((m) => m.isHead).map((m) => m.unitId),
  };
}

interface IdentityRow {
  id: number | bigint;
  key: string | null;
  name: string;
  title: string | null;
  role: Person["role"];
  active: boolean | number | bigint;
  unitId: number | bigint | null;
  isHead: boolean | number | bigint | null;
}

export function createPeopleStore(db: Db): PeopleStore {
  return {
    async personByIdentity(channel, externalId) {
      // Asked for every task command and every greeting: one statement (a row per membership) instead of the
      // three Prisma makes for an identity, its person and the memberships.
      const rows = await db.$queryRaw<IdentityRow[]>`
        SELECT p."id", p."key", p."name", p."title", p."role", p."active", m."unitId", m."isHead"
        FROM "ChannelIdentity" i JOIN "Person" p ON p."id" = i."personId"
        LEFT JOIN "Membership" m ON m."personId" = p."id"
        WHERE i."channel" = ${channel} AND i."externalId" = ${externalId}
        ORDER BY m."unitId" ASC`;
      const first = rows[0];
      if (!first || !toBoolean(first.active)) return null;
      const memberships = rows.flatMap((r) => (r.unitId === null ? [] : [{ unitId: toNumber(r.unitId), isHead: toBoolean(r.isHead) }]));
      return toPerson({ id: toNumber(first.id), key: first.key, name: first.name, title: first.title, role: first.role, memberships });
    },
    async personByKey(key) {
      const row = await db.person.findFirst({ where: { key }, include: withMemberships });
      return row ? toPerson(row) : null;
    },
    async listPeople() {
      const rows = await db.person.findMany({ where: { active: true }, include: withMemberships, orderBy: { id: "asc" } });
      return rows.map(toPerson);
    },
  };
}
