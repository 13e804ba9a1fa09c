import type { PeopleStore } from "../../app/ports.js";
import type { Person } from "../../core/model.js";
import type { Db } from "../client.js";

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

export function createPeopleStore(db: Db): PeopleStore {
  return {
    async personByIdentity(channel, externalId) {
      const identity = await db.channelIdentity.findUnique({
        where: { channel_externalId: { channel, externalId } },
        select: { person: { include: withMemberships } },
      });
      return identity && identity.person.active ? toPerson(identity.person) : null;
    },
    async personByKey(key) {
      const row = await db.person.findUnique({ where: { key }, include: withMemberships });
      return row ? toPerson(row) : null;
    },
    async listPeople() {
      const rows = await db.person.findMany({ where: { active: true }, include: withMemberships, orderBy: { id: "asc" } });
      return rows.map(toPerson);
    },
  };
}
