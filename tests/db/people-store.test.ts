import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPeopleStore } from "../../src/db/stores/people-store.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";

/** Who writes from a chat: read in one hand-written statement, checked on both providers. */
describe.each([
  ["SQLite", () => freshSqlite({ demo: true })],
  ["PostgreSQL", () => freshPostgres({ demo: true })],
])("a person by their chat identity on %s", (_name, open) => {
  let t: TestDatabase;
  let units: number[];
  beforeAll(async () => {
    t = await open();
    units = (await t.database.db.unit.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 3 })).map((u) => u.id);
    const db = t.database.db;
    const now = new Date("2023-07-25T01:00:00Z");
    const two = await db.person.create({ data: { name: "Nguyễn Văn Hai", title: "Phó Giám đốc", role: "unit_officer", createdAt: now } });
    await db.membership.createMany({ data: [{ personId: two.id, unitId: units[2]!, isHead: true }, { personId: two.id, unitId: units[0]!, isHead: false }] });
    await db.channelIdentity.create({ data: { channel: "telegram", externalId: "7001", personId: two.id } });
    const none = await db.person.create({ data: { name: "Trần Thị Không", role: "leader", createdAt: now } });
    await db.channelIdentity.create({ data: { channel: "zalo", externalId: "z-7002", personId: none.id } });
    const gone = await db.person.create({ data: { name: "Lê Văn Nghỉ", role: "unit_officer", active: false, createdAt: now } });
    await db.channelIdentity.create({ data: { channel: "telegram", externalId: "7003", personId: gone.id } });
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("gives the person with every unit, ascending, and the units they head", async () => {
    const person = await createPeopleStore(t.database.db).personByIdentity("telegram", "7001");
    expect(person).toMatchObject({ name: "Nguyễn Văn Hai", title: "Phó Giám đốc", role: "unit_officer", key: null, unitIds: [units[0], units[2]], headOfUnitIds: [units[2]] });
  });

  it("gives a person without units, and tells channels apart", async () => {
    const store = createPeopleStore(t.database.db);
    expect(await store.personByIdentity("zalo", "z-7002")).toMatchObject({ name: "Trần Thị Không", role: "leader", title: null, unitIds: [], headOfUnitIds: [] });
    expect(await store.personByIdentity("telegram", "z-7002")).toBeNull();
  });

  it("gives nobody for a revoked person or an unknown identity", async () => {
    const store = createPeopleStore(t.database.db);
    expect(await store.personByIdentity("telegram", "7003")).toBeNull();
    expect(await store.personByIdentity("telegram", "no-such-user")).toBeNull();
  });
});
