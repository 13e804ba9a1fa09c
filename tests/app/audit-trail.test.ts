import path from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { InboundMessage } from "../../src/app/messages.js";
import { inviteReplies, revokeReplies } from "../../src/app/member-commands.js";
import { run as auditCli } from "../../src/cli/audit.js";
import { startRuntime, type Runtime } from "../../src/composition/runtime.js";
import { loadConfig } from "../../src/config.js";
import { createPostgresDatabase, tempDir } from "../support/databases.js";

const silent = pino({ level: "silent" });
const NOW = new Date("2023-07-25T09:00:00+07:00");

/**
 * The audit trail (#14, item 2): the app's one inbound path records who did what for every change made through
 * the chat and every stranger turned away, on every channel, with no message text; `npm run audit` reads it.
 */
const variants: Array<[string, () => Promise<{ url: string; remove(): Promise<void> | void }>]> = [
  ["SQLite", async () => {
    const tmp = tempDir("nhacviec-audit-");
    return { url: `file:${path.join(tmp.dir, "bot.db")}`, remove: tmp.remove };
  }],
  ["PostgreSQL", async () => {
    const created = await createPostgresDatabase();
    return { url: created.url, remove: created.drop };
  }],
];

describe.each(variants)("the audit trail (%s)", (_name, open) => {
  let database: { url: string; remove(): Promise<void> | void };
  let runtime: Runtime;
  beforeAll(async () => {
    database = await open();
    runtime = await startRuntime(loadConfig({ DATABASE_URL: database.url, NOW: NOW.toISOString() }), silent);
  }, 90_000);
  afterAll(async () => {
    await runtime?.close();
    await database?.remove();
  });

  const message = (channel: string, sender: string, text: string): InboundMessage => ({ channel, chatId: sender, sender: { id: sender }, text, receivedAt: NOW });
  const entries = () => runtime.database.db.auditEntry.findMany({ orderBy: { id: "asc" } });

  it("records an invite opened, task commands changed and refused, and strangers turned away; questions and texts leave nothing", async () => {
    const invite = await runtime.onboarding.createInvite({ by: "operator", unit: "Sở Tư pháp", role: "unit_officer", days: 7 });
    if (!invite.ok) throw new Error("no invite");
    const joined = await runtime.onboarding.redeem(invite.code, { channel: "telegram", chatId: "2001", externalId: "2001", displayName: "Cán bộ STP", isGroup: false });
    expect(joined.ok).toBe(true);
    await runtime.onboarding.redeem("KHONG-CO-MA-NAY", { channel: "telegram", chatId: "2002", externalId: "2002", displayName: "Ai đó", isGroup: false });

    await runtime.app.handleMessage(message("telegram", "2001", "tiến độ kế hoạch CCHC"));
    await runtime.app.handleMessage(message("telegram", "2001", "xong CCHC23-10 theo văn bản số 77/STP-HCTP"));
    await runtime.app.handleMessage(message("telegram", "2001", "xong CCHC23-40 theo văn bản số 78/STP"));
    await runtime.app.handleMessage(message("zalo", "la-1", "cho hỏi tiến độ"));
    await runtime.app.handleMessage(message("zalo", "la-1", "hỏi lần nữa"));

    const rows = await entries();
    const person = (joined as { member: { id: number } }).member.id;
    expect(rows.map((r) => [r.channel, r.senderId, r.personId, r.action, r.target, r.outcome])).toEqual([
      ["telegram", "2001", person, "invite_redeemed", "Sở Tư pháp", "ok"],
      ["telegram", "2002", null, "invite_redeemed", null, "malformed"],
      ["telegram", "2001", person, "done", "CCHC23-10", "changed"],
      ["telegram", "2001", person, "done", "CCHC23-40", "refused"],
      ["zalo", "la-1", null, "stranger_refused", null, "invite_text"],
      ["zalo", "la-1", null, "stranger_refused", null, "silent"],
    ]);
    // The runtime's clock starts at NOW and runs.
    expect(rows.every((r) => r.at >= NOW && r.at.getTime() < NOW.getTime() + 60_000 && r.chatId === r.senderId)).toBe(true);
    // No message text is kept: not the evidence typed, not the question.
    expect(JSON.stringify(rows)).not.toMatch(/77\/STP|tiến độ|hỏi lần/);
  });

  it("a KPI figure's entries name what it was about: the metric asked, the record written", async () => {
    const invite = await runtime.onboarding.createInvite({ by: "operator", unit: "Sở Nội vụ", role: "secretariat", days: 7 });
    if (!invite.ok) throw new Error("no invite");
    expect((await runtime.onboarding.redeem(invite.code, { channel: "telegram", chatId: "4001", externalId: "4001", displayName: "Chuyên viên SNV", isGroup: false })).ok).toBe(true);
    const before = (await entries()).length;
    await runtime.app.handleMessage(message("telegram", "4001", "cập nhật tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5% tính đến 15/7"));
    const recorded = await runtime.app.handleMessage(message("telegram", "4001", "đồng ý"));
    const id = /(\d+)/.exec(recorded.outbound[0]!.text)?.[1];
    const rows = (await entries()).slice(before);
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([["kpi_update", "asked"], ["kpi_confirm", "recorded"]]);
    const written = await runtime.database.db.metricValue.findFirstOrThrow({ where: { id: Number(id) }, select: { metric: { select: { key: true } } } });
    expect(rows[0]!.target).toBe(written.metric.key);
    expect(rows[1]!.target).toBe(`số liệu ${id}`);
  });

  it("records invites made and members revoked in a chat (/moi, /thuhoi), not the command line's invites", async () => {
    const invite = await runtime.onboarding.createInvite({ by: "operator", unit: "Sở Nội vụ", role: "admin", days: 7 });
    if (!invite.ok) throw new Error("no invite");
    const admin = await runtime.onboarding.redeem(invite.code, { channel: "telegram", chatId: "3001", externalId: "3001", displayName: "Quản trị", isGroup: false });
    if (!admin.ok) throw new Error("not joined");
    const from = { channel: "telegram", chatId: "3001", senderId: "3001" };
    await inviteReplies(runtime.onboarding, { person: admin.member, isGroup: false, args: "Sở Tài chính thủ trưởng", from });
    const officer = (await runtime.onboarding.whoAmI("telegram", "2001"))!;
    expect((await revokeReplies(runtime.onboarding, admin.member, String(officer.id), from)).revoked).toBe(true);
    await revokeReplies(runtime.onboarding, admin.member, "999999", from);
    const rows = await runtime.database.db.auditEntry.findMany({ where: { senderId: "3001" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.personId, r.action, r.target, r.outcome])).toEqual([
      [admin.member.id, "invite_redeemed", "Sở Nội vụ", "ok"],
      [admin.member.id, "invite_created", "Sở Tài chính", "ok"],
      [admin.member.id, "member_revoked", String(officer.id), "ok"],
      [admin.member.id, "member_revoked", "999999", "not_found"],
    ]);
  });

  it("npm run audit lists them from a day on, filtered by action, as lines or JSON", async () => {
    const printed: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((line: string) => void printed.push(line));
    const env = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    try {
      expect(await auditCli(["--since", "25/7/2023", "--action", "done"])).toBe(0);
      expect(await auditCli(["--since", "2023-07-25", "--json", "--limit", "2"])).toBe(0);
      expect(await auditCli(["--since", "26/7/2023"])).toBe(0);
      expect(await auditCli(["--since", "hôm qua"])).toBe(2);
    } finally {
      log.mockRestore();
      if (env === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = env;
    }
    const lines = printed[0]!.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^25\/7\/2023 09:00 · telegram · cuộc trò chuyện 2001 · người gửi 2001 · thành viên số \d+ · done · CCHC23-10 · changed$/);
    expect(lines[1]).toContain("· done · CCHC23-40 · refused");
    const json = printed.slice(1, 3).map((l) => JSON.parse(l) as { action: string; at: string });
    expect(json.map((j) => j.action)).toEqual(["invite_redeemed", "invite_redeemed"]);
    expect(json[0]!.at.slice(0, 16)).toBe(NOW.toISOString().slice(0, 16));
    expect(printed[3]).toBe("Không có thao tác nào trong khoảng thời gian này.");
  });
});
