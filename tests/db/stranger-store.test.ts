import { afterEach, describe, expect, it } from "vitest";
import { createStrangerStore } from "../../src/db/stores/stranger-store.js";
import { openDatabase, type Database } from "../../src/db/database.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";

/**
 * The stranger allowance in the database (issue #14: it was kept in memory, so a restart or a second instance
 * gave strangers another invite text that day and another 5% of the month's Zalo budget). Each "process" below
 * is a store of its own; on PostgreSQL the second has its own client too.
 */
for (const provider of ["sqlite", "postgresql"] as const) {
  describe(`the stranger allowance outlives the process (${provider})`, () => {
    let t: TestDatabase;
    let other: Database | undefined;
    afterEach(async () => {
      await other?.close();
      other = undefined;
      await t.cleanup();
    });
    const open = async () => {
      t = provider === "sqlite" ? await freshSqlite({ demo: false }) : await freshPostgres({ demo: false });
      // A second process on the same database (its own client).
      other = await openDatabase(t.target);
      return [createStrangerStore(t.database.db, provider), createStrangerStore(other.db, provider)] as const;
    };

    it("the invite text once a day per stranger, whichever process answers; again the next day", async () => {
      const [first, restarted] = await open();
      expect(await first.answer("zalo", "a", "2023-07-25", 150)).toBe(true);
      expect(await restarted.answer("zalo", "a", "2023-07-25", 150)).toBe(false);
      expect(await restarted.answer("zalo", "b", "2023-07-25", 150)).toBe(true);
      expect(await first.answer("zalo", "a", "2023-07-26", 150)).toBe(true);
      // Another channel counts apart.
      expect(await first.answer("telegram", "a", "2023-07-25", undefined)).toBe(true);
    });

    it("all strangers of a channel within the month's cap across processes; the next month starts again and the old rows go", async () => {
      const [first, second] = await open();
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? first : second).answer("zalo", `s${i}`, "2023-07-25", 5)));
      // At the same instant from two processes, and exactly the cap (PostgreSQL let 10 of 12 through before its lock).
      expect(answers.filter(Boolean)).toHaveLength(5);
      // Later in the month: still closed; the next month opens again.
      expect(await first.answer("zalo", "late", "2023-07-31", 5)).toBe(false);
      expect(await second.answer("zalo", "late", "2023-08-01", 5)).toBe(true);
      expect(await t.database.db.strangerAnswer.count({ where: { day: { lt: "2023-08-01" } } })).toBe(0);
    });
  });
}
