import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOnboarding, type Member, type Onboarding } from "../../src/app/onboarding.js";
import type { Clock } from "../../src/core/clock.js";
import { createCatalogStore } from "../../src/db/stores/catalog-store.js";
import { createOnboardingStore, inviteCodeHash } from "../../src/db/stores/onboarding-store.js";
import { freshSqlite, type TestDatabase } from "../support/databases.js";
import { DEMO_NOW } from "../support/demo-app.js";

/** Onboarding on a real SQLite database with the demo data, with a clock the tests move. */
let test: TestDatabase;
let onboarding: Onboarding;
let now = DEMO_NOW;
const clock: Clock = { now: () => new Date(now.getTime()) };

beforeAll(async () => {
  test = await freshSqlite({ demo: true });
  const catalog = createCatalogStore(test.database.db);
  onboarding = createOnboarding({
    store: createOnboardingStore(test.database.db),
    clock,
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    units: async () => (await catalog.loadCatalog()).units,
  });
});
afterAll(() => test.cleanup());

const chat = (id: string, name = `Người ${id}`) => ({ channel: "telegram", chatId: id, externalId: id, displayName: name, isGroup: false });
const group = (chatId: string, userId: string) => ({ channel: "telegram", chatId, externalId: userId, displayName: `Người ${userId}`, isGroup: true });

async function invite(unit: string, role: Parameters<Onboarding["createInvite"]>[0]["role"], by: "operator" | Member = "operator", days = 7) {
  const created = await onboarding.createInvite({ by, unit, role, days });
  if (!created.ok) throw new Error(`invite failed: ${created.reason}`);
  return created.code;
}

describe("invites", () => {
  it("stores only a hash of the code, and the operator's first admin comes in through one", async () => {
    const code = await invite("SNV", "admin");
    const rows = await test.database.db.invite.findMany();
    expect(rows.some((r) => r.codeHash === inviteCodeHash(code))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(code);
    const redeemed = await onboarding.redeem(code, chat("1001", "Quản trị viên"));
    expect(redeemed).toMatchObject({ ok: true, newPerson: true, member: { name: "Quản trị viên", role: "admin", units: [{ code: "SNV" }] } });
    expect(await onboarding.whoAmI("telegram", "1001")).toMatchObject({ role: "admin", active: true });
  });

  it("makes an officer a member of the unit, binds the private chat, and is used once", async () => {
    const code = await invite("Sở Tư pháp", "unit_officer");
    const first = await onboarding.redeem(code, chat("2001", "Lê Thị Hồng Nhung"));
    expect(first).toMatchObject({ ok: true, unit: { code: "STP", isHead: false }, binding: { chatId: "2001", isGroup: false, active: true } });
    expect(await onboarding.redeem(code, chat("2002"))).toEqual({ ok: false, reason: "used" });
    // The same person opening their own link again is told they are in already.
    expect(await onboarding.redeem(code, chat("2001"))).toMatchObject({ ok: false, reason: "already_member" });
    expect(await onboarding.whoAmI("telegram", "2002")).toBeNull();
  });

  it("refuses expired, unknown and malformed codes", async () => {
    const code = await invite("STP", "unit_officer", "operator", 1);
    now = new Date(DEMO_NOW.getTime() + 24 * 3600_000);
    try {
      expect(await onboarding.redeem(code, chat("2003"))).toEqual({ ok: false, reason: "expired" });
    } finally {
      now = DEMO_NOW;
    }
    expect(await onboarding.redeem("0".repeat(24), chat("2003"))).toEqual({ ok: false, reason: "not_found" });
    expect(await onboarding.redeem("<b>x</b>", chat("2003"))).toEqual({ ok: false, reason: "malformed" });
    expect(await onboarding.whoAmI("telegram", "2003")).toBeNull();
  });

  it("lets exactly one of several people opening the same link at once in", async () => {
    const code = await invite("STC", "unit_officer");
    const results = await Promise.all(["3001", "3002", "3003", "3004"].map((id) => onboarding.redeem(code, chat(id))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === "used")).toBe(true);
    const members = await test.database.db.channelIdentity.count({ where: { externalId: { in: ["3001", "3002", "3003", "3004"] } } });
    expect(members).toBe(1);
  });

  it("follows the role rules: the secretariat invites officers, heads and leaders; officers invite nobody", async () => {
    await onboarding.redeem(await invite("SNV", "secretariat"), chat("4001", "Thư ký"));
    const secretariat = (await onboarding.whoAmI("telegram", "4001"))!;
    expect((await onboarding.createInvite({ by: secretariat, unit: "CAT", role: "unit_head", days: 7 })).ok).toBe(true);
    expect((await onboarding.createInvite({ by: secretariat, unit: "QNM", role: "leader", days: 7 })).ok).toBe(true);
    expect(await onboarding.createInvite({ by: secretariat, unit: "SNV", role: "admin", days: 7 })).toEqual({ ok: false, reason: "not_allowed" });
    expect(await onboarding.createInvite({ by: secretariat, unit: "SNV", role: "secretariat", days: 7 })).toEqual({ ok: false, reason: "not_allowed" });
    const officer = (await onboarding.whoAmI("telegram", "2001"))!;
    expect(await onboarding.createInvite({ by: officer, unit: "STP", role: "unit_officer", days: 7 })).toEqual({ ok: false, reason: "not_allowed" });
    expect(await onboarding.createInvite({ by: secretariat, unit: "Sở Du lịch Mặt Trăng", role: "unit_officer", days: 7 })).toMatchObject({ ok: false, reason: "unit_not_found" });
  });

  it("makes a head of unit through a head invite", async () => {
    const redeemed = await onboarding.redeem(await invite("CAT", "unit_head"), chat("5001", "Giám đốc"));
    expect(redeemed).toMatchObject({ ok: true, member: { role: "unit_officer" }, unit: { code: "CAT", isHead: true } });
  });
});

describe("groups", () => {
  it("/lienket binds the group to the unit, and the unit's private bindings give way to it", async () => {
    expect(await onboarding.binding("telegram", "2001")).toMatchObject({ active: true, isGroup: false });
    const redeemed = await onboarding.redeem(await invite("STP", "unit_officer"), group("-100200", "2001"));
    expect(redeemed).toMatchObject({ ok: true, binding: { chatId: "-100200", isGroup: true, unitName: "Sở Tư pháp", active: true } });
    expect(await onboarding.binding("telegram", "2001")).toBeNull();
    // A new officer of a unit with a group is not bound privately: the unit's reminders go to the group.
    const later = await onboarding.redeem(await invite("STP", "unit_officer"), chat("2005"));
    expect(later).toMatchObject({ ok: true, binding: null });
  });

  it("a retired chat is retired once, and the secretariat hears of it", async () => {
    const first = await onboarding.retireChat({ channel: "telegram", chatId: "-100200" });
    expect(first.wasActive).toBe(true);
    expect(first.unitName).toBe("Sở Tư pháp");
    expect(first.notify.map((c) => c.chatId)).toEqual(expect.arrayContaining(["1001", "4001"]));
    expect((await onboarding.retireChat({ channel: "telegram", chatId: "-100200" })).wasActive).toBe(false);
  });
});

describe("members", () => {
  it("the secretariat lists a unit's members and revokes one; others may not", async () => {
    const secretariat = (await onboarding.whoAmI("telegram", "4001"))!;
    const listed = await onboarding.members(secretariat, "Sở Tư pháp");
    expect(listed.ok && listed.members.map((m) => m.name)).toEqual(expect.arrayContaining(["Lê Thị Hồng Nhung"]));
    const officer = (await onboarding.whoAmI("telegram", "2001"))!;
    expect(await onboarding.members(officer, "STP")).toEqual({ ok: false, reason: "not_allowed" });
    expect(await onboarding.revoke(officer, secretariat.id)).toEqual({ ok: false, reason: "not_allowed" });
    const admin = (await onboarding.whoAmI("telegram", "1001"))!;
    expect(await onboarding.revoke(secretariat, admin.id)).toEqual({ ok: false, reason: "not_allowed" });
    expect(await onboarding.revoke(secretariat, secretariat.id)).toEqual({ ok: false, reason: "not_allowed" });
    const revoked = await onboarding.revoke(secretariat, officer.id);
    expect(revoked).toMatchObject({ ok: true, member: { active: false } });
    expect(await onboarding.whoAmI("telegram", "2001")).toMatchObject({ active: false });
    expect(await onboarding.revoke(secretariat, officer.id)).toEqual({ ok: false, reason: "not_found" });
    const after = await onboarding.members(secretariat, "STP");
    expect(after.ok && after.members.map((m) => m.id)).not.toContain(officer.id);
  });

  it("a revoked person can come back only with a new invite", async () => {
    const back = await onboarding.redeem(await invite("STP", "unit_officer"), chat("2001"));
    expect(back).toMatchObject({ ok: true, newPerson: false, member: { active: true } });
  });
});
