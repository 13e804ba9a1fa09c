import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOnboardingStore } from "../../src/db/stores/onboarding-store.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";

/** What the access gate reads for every message (who writes, the chat's binding: one hand-written statement together), on both providers. */
describe.each([
  ["SQLite", () => freshSqlite({ demo: true })],
  ["PostgreSQL", () => freshPostgres({ demo: true })],
])("who writes and from which chat, on %s", (_name, open) => {
  let t: TestDatabase;
  let units: Array<{ id: number; code: string; name: string }>;
  beforeAll(async () => {
    t = await open();
    units = await t.database.db.unit.findMany({ select: { id: true, code: true, name: true }, orderBy: { id: "asc" }, take: 3 });
    const db = t.database.db;
    const now = new Date("2023-07-25T01:00:00Z");
    const two = await db.person.create({ data: { name: "Nguyễn Văn Hai", title: "Phó Giám đốc", role: "unit_officer", createdAt: now } });
    await db.membership.createMany({ data: [{ personId: two.id, unitId: units[2]!.id, isHead: true }, { personId: two.id, unitId: units[0]!.id, isHead: false }] });
    await db.channelIdentity.create({ data: { channel: "telegram", externalId: "7001", personId: two.id } });
    const none = await db.person.create({ data: { name: "Trần Thị Không", role: "leader", createdAt: now } });
    await db.channelIdentity.create({ data: { channel: "zalo", externalId: "z-7002", personId: none.id } });
    const gone = await db.person.create({ data: { name: "Lê Văn Nghỉ", role: "unit_officer", active: false, createdAt: now } });
    await db.channelIdentity.create({ data: { channel: "telegram", externalId: "7003", personId: gone.id } });
    await db.chatBinding.create({ data: { channel: "telegram", chatId: "-1001", unitId: units[1]!.id, isGroup: true } });
    await db.chatBinding.create({ data: { channel: "zalo", chatId: "z-1002", unitId: units[2]!.id, active: false } });
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("gives a member with every unit in ascending order, and the units they head", async () => {
    const member = await createOnboardingStore(t.database.db).memberByIdentity("telegram", "7001");
    expect(member).toEqual({
      id: expect.any(Number),
      name: "Nguyễn Văn Hai",
      title: "Phó Giám đốc",
      role: "unit_officer",
      active: true,
      units: [{ ...units[0]!, isHead: false }, { ...units[2]!, isHead: true }],
    });
  });

  it("gives a member without units, a revoked one as revoked, and nobody for an identity of another channel", async () => {
    const store = createOnboardingStore(t.database.db);
    expect(await store.memberByIdentity("zalo", "z-7002")).toMatchObject({ name: "Trần Thị Không", role: "leader", title: null, active: true, units: [] });
    expect(await store.memberByIdentity("telegram", "7003")).toMatchObject({ name: "Lê Văn Nghỉ", active: false });
    expect(await store.memberByIdentity("telegram", "z-7002")).toBeNull();
  });

  it("gives a chat's binding with its unit's name, an inactive one as inactive, none for an unbound chat", async () => {
    const store = createOnboardingStore(t.database.db);
    expect(await store.binding("telegram", "-1001")).toEqual({ channel: "telegram", chatId: "-1001", unitId: units[1]!.id, unitName: units[1]!.name, isGroup: true, active: true });
    expect(await store.binding("zalo", "z-1002")).toEqual({ channel: "zalo", chatId: "z-1002", unitId: units[2]!.id, unitName: units[2]!.name, isGroup: false, active: false });
    expect(await store.binding("telegram", "z-1002")).toBeNull();
  });

  it("reads who writes and the chat's binding together, with the same answers as each read alone", async () => {
    const store = createOnboardingStore(t.database.db);
    const cases: Array<[string, string, string]> = [
      ["telegram", "7001", "-1001"], // a member with two units, in a bound group
      ["telegram", "7001", "7001"], // the same member in an unbound private chat
      ["zalo", "z-7002", "z-1002"], // a member without units, in an inactive binding
      ["telegram", "7003", "-1001"], // a revoked member
      ["telegram", "9999", "-1001"], // nobody, in a bound group
      ["telegram", "9999", "9999"], // nobody, nowhere
    ];
    for (const [channel, externalId, chatId] of cases) {
      expect(await store.senderInChat(channel, externalId, chatId)).toEqual({ member: await store.memberByIdentity(channel, externalId), binding: await store.binding(channel, chatId) });
    }
    expect((await store.senderInChat("telegram", "7001", "-1001")).member?.units.map((u) => u.id)).toEqual([units[0]!.id, units[2]!.id]);
  });
});
