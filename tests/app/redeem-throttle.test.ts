import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOnboarding, type Onboarding } from "../../src/app/onboarding.js";
import type { Clock } from "../../src/core/clock.js";
import { reply } from "../../src/core/reply.js";
import { createCatalogStore } from "../../src/db/stores/catalog-store.js";
import { createOnboardingStore } from "../../src/db/stores/onboarding-store.js";
import { createTranslator } from "../../src/infra/i18n.js";
import { freshSqlite, type TestDatabase } from "../support/databases.js";
import { DEMO_NOW } from "../support/demo-app.js";

/** Wrong invite codes are throttled per person and per chat, in the app (every channel redeems through it). */
let test: TestDatabase;
let onboarding: Onboarding;
let now = DEMO_NOW;
const clock: Clock = { now: () => new Date(now.getTime()) };
const later = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));
const WRONG = "AAAAAAAAAAAAAAAAAAAAAAAA";

beforeAll(async () => {
  test = await freshSqlite({ demo: true });
  const catalog = createCatalogStore(test.database.db);
  onboarding = createOnboarding({ store: createOnboardingStore(test.database.db), clock, randomBytes: (n) => new Uint8Array(randomBytes(n)), units: async () => (await catalog.loadCatalog()).units });
});
afterAll(() => test.cleanup());

const privateChat = (channel: string, id: string) => ({ channel, chatId: id, externalId: id, displayName: `Người ${id}`, isGroup: false });
const inGroup = (channel: string, chatId: string, userId: string) => ({ channel, chatId, externalId: userId, displayName: `Người ${userId}`, isGroup: true });
async function goodCode(): Promise<string> {
  const created = await onboarding.createInvite({ by: "operator", unit: "STP", role: "unit_officer", days: 7 });
  if (!created.ok) throw new Error(created.reason);
  return created.code;
}

describe("wrong invite codes", () => {
  it("per person: five wrong codes, then even a right one is refused unread until the oldest is 15 minutes old", async () => {
    const code = await goodCode();
    const reasons = [];
    for (let i = 0; i < 5; i++) reasons.push((await onboarding.redeem(i % 2 ? WRONG : "ngắn", privateChat("zalo", "p1"))) as { reason: string });
    expect(reasons.map((r) => r.reason)).toEqual(["malformed", "not_found", "malformed", "not_found", "malformed"]);
    later(1);
    expect(await onboarding.redeem(code, privateChat("zalo", "p1"))).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 14 });
    expect(await test.database.db.invite.count({ where: { usedAt: { not: null } } })).toBe(0);
    // The same person from another chat is the same person.
    expect(await onboarding.redeem(code, inGroup("zalo", "g-other", "p1"))).toMatchObject({ reason: "throttled" });
    // Someone else is not held back by p1's tries.
    expect(await onboarding.redeem(WRONG, privateChat("zalo", "p2"))).toMatchObject({ reason: "not_found" });
    later(14);
    expect(await onboarding.redeem(code, privateChat("zalo", "p1"))).toMatchObject({ ok: true });
  });

  it("per chat: ten wrong codes in a group from ten people, then the group is held back, not their private chats", async () => {
    const code = await goodCode();
    for (let i = 0; i < 10; i++) expect(await onboarding.redeem(WRONG, inGroup("telegram", "-100777", `u${i}`))).toMatchObject({ reason: "not_found" });
    expect(await onboarding.redeem(code, inGroup("telegram", "-100777", "u99"))).toMatchObject({ reason: "throttled" });
    expect(await onboarding.redeem(code, privateChat("telegram", "u99"))).toMatchObject({ ok: true });
  });

  it("a right code, an already-used code by its own member, do not count as wrong", async () => {
    const code = await goodCode();
    expect(await onboarding.redeem(code, privateChat("telegram", "m1"))).toMatchObject({ ok: true });
    for (let i = 0; i < 8; i++) expect(await onboarding.redeem(code, privateChat("telegram", "m1"))).toMatchObject({ reason: "already_member" });
  });

  it("the refusal reads as such on Telegram and on Zalo, in both languages", () => {
    const t = createTranslator();
    expect(t("vi", reply("onboard-invalid", { reason: "throttled" }))).toContain("Đã nhập sai mã mời nhiều lần; xin thử lại sau 15 phút.");
    expect(t("en", reply("onboard-invalid", { reason: "throttled" }))).toContain("Too many wrong invite codes");
    expect(t("vi", reply("zalo-onboard-failed", { reason: "throttled" }))).toContain("đã nhập sai nhiều lần, xin thử lại sau 15 phút.");
    expect(t("en", reply("zalo-onboard-failed", { reason: "throttled" }))).toContain("too many wrong codes");
  });
});
