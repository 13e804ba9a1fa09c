import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statementCacheStats } from "../../src/db/statement-cache.js";
import { freshSqlite, type TestDatabase } from "../support/databases.js";

/**
 * SQLite statements are compiled once per SQL text and reused: this fails if the adapter stops going through
 * `client.prepare` (an upgrade), and checks that reusing a statement never mixes up the values of two calls.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await freshSqlite({ demo: true });
});
afterAll(async () => {
  await t?.cleanup();
});

describe("the SQLite statement cache", () => {
  it("compiles a repeated query once and takes it from the cache afterwards", async () => {
    const db = t.database.db;
    await db.unit.findFirst({ where: { code: "SNV" } });
    const before = statementCacheStats();
    for (let i = 0; i < 20; i++) await db.unit.findFirst({ where: { code: "SNV" } });
    const after = statementCacheStats();
    expect(after.compiled - before.compiled).toBe(0);
    expect(after.reused - before.reused).toBe(20);
  });

  it("binds each call's own values to a reused statement", async () => {
    const db = t.database.db;
    const units = await db.unit.findMany({ select: { id: true, code: true }, orderBy: { id: "asc" }, take: 5 });
    const read = await Promise.all(units.map((u) => db.unit.findUnique({ where: { id: u.id }, select: { code: true } })));
    expect(read.map((r) => r?.code)).toEqual(units.map((u) => u.code));
    const raw = await Promise.all(units.map((u) => db.$queryRaw<Array<{ code: string }>>`SELECT "code" FROM "Unit" WHERE "id" = ${u.id}`));
    expect(raw.map((r) => r[0]?.code)).toEqual(units.map((u) => u.code));
  });

  it("writes, transactions and rollbacks still behave", async () => {
    const db = t.database.db;
    const key = `cache-test-${Date.now()}`;
    await db.schedulerState.create({ data: { key, value: "1", at: new Date(0) } });
    await db.$transaction(async (tx) => {
      await tx.schedulerState.update({ where: { key }, data: { value: "2" } });
    });
    await expect(
      db.$transaction(async (tx) => {
        await tx.schedulerState.update({ where: { key }, data: { value: "3" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await db.schedulerState.findUnique({ where: { key } }))?.value).toBe("2");
    await db.schedulerState.delete({ where: { key } });
    expect(await db.schedulerState.findUnique({ where: { key } })).toBeNull();
  });
});
