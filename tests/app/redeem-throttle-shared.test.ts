import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createOnboarding, type Onboarding } from "../../src/app/onboarding.js";
import type { Clock } from "../../src/core/clock.js";
import { openDatabase } from "../../src/db/database.js";
import { createCatalogStore } from "../../src/db/stores/catalog-store.js";
import { createOnboardingStore } from "../../src/db/stores/onboarding-store.js";
import { createRedeemFailureStore } from "../../src/db/stores/redeem-failure-store.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";
import { DEMO_NOW } from "../support/demo-app.js";

/**
 * Wrong invite codes are counted in the database: two bot instances on one database (each with its own
 * connection, as two processes have, and as src/composition/runtime.ts wires them) throttle a guesser together.
 * Counted per process, five tries spread over two instances would leave each under the limit.
 */
const WRONG = "AAAAAAAAAAAAAAAAAAAAAAAA";
let now = DEMO_NOW;
/** The instances' clocks agree, as two processes' on one machine (or NTP-synchronised servers) do. */
const clock: Clock = { now: () => new Date(now.getTime()) };
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function twoInstances(test: TestDatabase): Promise<[Onboarding, Onboarding]> {
  cleanups.push(() => test.cleanup());
  const second = await openDatabase(test.target);
  cleanups.push(() => second.close());
  return [test.database, second].map((database) => {
    const catalog = createCatalogStore(database.db);
    return createOnboarding({
      store: createOnboardingStore(database.db),
      clock,
      randomBytes: (n) => new Uint8Array(randomBytes(n)),
      units: async () => (await catalog.loadCatalog()).units,
      failures: createRedeemFailureStore(database.db),
    });
  }) as [Onboarding, Onboarding];
}

const privateChat = (id: string) => ({ channel: "zalo", chatId: id, externalId: id, displayName: `Người ${id}`, isGroup: false });
const inGroup = (chatId: string, userId: string) => ({ channel: "telegram", chatId, externalId: userId, displayName: `Người ${userId}`, isGroup: true });

describe.each([
  ["SQLite", () => freshSqlite({ demo: true })],
  ["PostgreSQL", () => freshPostgres({ demo: true })],
] as const)("two instances on one %s database", (_name, fresh) => {
  it("wrong codes through either instance count for both, per person and per chat, and leave the window after 15 minutes", async () => {
    now = DEMO_NOW;
    const [a, b] = await twoInstances(await fresh());
    const created = await a.createInvite({ by: "operator", unit: "STP", role: "unit_officer", days: 7 });
    if (!created.ok) throw new Error(created.reason);
    const reasons: string[] = [];
    for (const instance of [a, b, a, b, a]) reasons.push(((await instance.redeem(WRONG, privateChat("p1"))) as { reason: string }).reason);
    expect(reasons).toEqual(["not_found", "not_found", "not_found", "not_found", "not_found"]);
    now = new Date(now.getTime() + 60_000);
    expect(await b.redeem(created.code, privateChat("p1"))).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 14 });
    expect(await a.redeem(created.code, privateChat("p1"))).toMatchObject({ ok: false, reason: "throttled" });

    // A group: ten wrong codes from ten people, alternately through each instance, hold the group back on both.
    for (let i = 0; i < 10; i++) expect(await (i % 2 ? a : b).redeem(WRONG, inGroup("-100777", `u${i}`))).toMatchObject({ reason: "not_found" });
    expect(await a.redeem(WRONG, inGroup("-100777", "u99"))).toMatchObject({ reason: "throttled" });
    expect(await b.redeem(WRONG, inGroup("-100777", "u98"))).toMatchObject({ reason: "throttled" });

    // Fifteen minutes after the first tries, the person may try again, through either.
    now = new Date(DEMO_NOW.getTime() + 15 * 60_000 + 1);
    expect(await b.redeem(created.code, privateChat("p1"))).toMatchObject({ ok: true });
  }, 180_000);
});
