import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SECRET_HEADER } from "../../src/channels/zalo/webhook.js";
import { REPO_ROOT } from "../../src/db/paths.js";
import { tempDir } from "../support/databases.js";
import { startFakeZaloServer, textUpdate, type FakeZaloServer } from "../support/fake-zalo-server.js";
import { cleanEnv, cli } from "../support/processes.js";

/**
 * The whole Zalo story with the real bot process (`node src/run.mjs main`) pointed at a local fake of the
 * Bot Platform, on a new SQLite file with the demo data, the clock fixed by NOW:
 *   Monday 24/7/2023 21:00 (outside sending hours): an officer of Sở Nội vụ and the province leader join with
 *   invite codes ("/start <code>", "mã mời <code>"); the leader asks a question.
 *   Tuesday 25/7/2023 08:00 (a restart): the reminder for Sở Nội vụ's overdue task reaches the officer on Zalo,
 *   ending with how to answer; "xong 1" closes that task; the leader asks again.
 */
vi.setConfig({ testTimeout: 120_000 });

const SECRET = "e2e-secret_0123456789";
let tmp: { dir: string; remove(): void };
let fake: FakeZaloServer;
let env: Record<string, string>;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Bot {
  child: ChildProcess;
  stderr: () => string;
  post(body: unknown, secret?: string | null): Promise<number>;
  stop(): Promise<number | null>;
}

async function startBot(now: string): Promise<Bot> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(REPO_ROOT, "src/run.mjs"), "main"], {
    cwd: REPO_ROOT,
    env: cleanEnv({
      ...env,
      NOW: now,
      LOG_LEVEL: "info",
      ZALO_WEBHOOK_URL: `http://127.0.0.1:${port}/zalo/webhook`,
      HTTP_HOST: "127.0.0.1",
      HTTP_PORT: String(port),
      ZALO_WEBHOOK_SECRET: SECRET,
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const until = Date.now() + 60_000;
  while (!/"msg":"ready"/.test(stderr)) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(`the bot did not start:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    child,
    stderr: () => stderr,
    async post(body, secret = SECRET) {
      const res = await fetch(`http://127.0.0.1:${port}/zalo/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret === null ? {} : { [SECRET_HEADER]: secret }) },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      return res.status;
    },
    async stop() {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

async function invite(unit: string, role: string): Promise<string> {
  const result = await cli(["invite", "--unit", unit, "--role", role, "--json", "--now", "2023-07-24T20:00:00+07:00"], { env });
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { code: string }).code;
}

const sentTo = (chat: string) => fake.sent.filter((m) => m.chat_id === chat).map((m) => m.text);

beforeAll(async () => {
  tmp = tempDir("nhacviec-zalo-e2e-");
  fake = await startFakeZaloServer();
  env = { DATABASE_URL: `file:${path.join(tmp.dir, "bot.db")}`, ZALO_BOT_TOKEN: fake.token, ZALO_API_ROOT: fake.apiRoot };
}, 120_000);

afterAll(async () => {
  await fake?.close();
  tmp?.remove();
});

describe("Zalo, end to end with the real bot process", () => {
  it("onboarding, a question, a reminder, \"xong 1\", bad input; the token never appears in the logs", async () => {
    const officerCode = await invite("Sở Nội vụ", "unit_officer");
    const leaderCode = await invite("UBND tỉnh", "leader");

    // Monday evening: joining and asking.
    const monday = await startBot("2023-07-24T21:00:00+07:00");
    try {
      expect(fake.calls.find((c) => c.method === "setWebhook")?.body).toMatchObject({ secret_token: SECRET });
      expect(await monday.post(textUpdate(`/start ${officerCode}`, { messageId: "m1", userId: "zalo-officer", name: "Lê Thị Chuyên Viên" }), null)).toBe(401);
      expect(await monday.post(textUpdate(`/start ${officerCode}`, { messageId: "m1", userId: "zalo-officer", name: "Lê Thị Chuyên Viên" }))).toBe(200);
      expect(await monday.post(textUpdate(`mã mời ${leaderCode}`, { messageId: "m2", userId: "zalo-leader", name: "Chủ tịch" }))).toBe(200);
      await fake.waitFor(() => sentTo("zalo-officer").length === 1 && sentTo("zalo-leader").length === 1);
      expect(sentTo("zalo-officer")[0]).toMatch(/Lê Thị Chuyên Viên.*Sở Nội vụ/);
      expect(sentTo("zalo-leader")[0]).toContain("Ủy ban nhân dân tỉnh Quảng Nam");
      expect(await monday.post(textUpdate("tiến độ kế hoạch CCHC năm 2023", { messageId: "m3", userId: "zalo-leader" }))).toBe(200);
      await fake.waitFor(() => sentTo("zalo-leader").length === 2);
      expect(sentTo("zalo-leader")[1]).toContain("32,55%");
      // Outside sending hours nothing else goes out.
      await new Promise((r) => setTimeout(r, 300));
      expect(fake.sent).toHaveLength(3);
    } finally {
      expect(await monday.stop()).toBe(0);
    }

    // Tuesday 08:00: the reminder, the answer, the leader again.
    const tuesday = await startBot("2023-07-25T08:00:00+07:00");
    try {
      await fake.waitFor(() => sentTo("zalo-officer").some((t) => t.includes("CCHC23-22")), 30_000);
      const reminder = sentTo("zalo-officer").find((t) => t.includes("CCHC23-22"))!;
      expect(reminder).toMatch(/^Nhắc việc gửi Sở Nội vụ/);
      expect(reminder).toContain("1. CCHC23-22");
      expect(reminder.length).toBeLessThanOrEqual(2000);
      expect(reminder.split("\n").at(-1)).toMatch(/^Zalo không cho biết tin nào đang được trả lời: báo xong bằng cách gõ "xong 1"/);
      expect(reminder).not.toContain("Trả lời: xong <số>");

      const before = sentTo("zalo-officer").length;
      // An overdue task closes with its document number (a bare "xong" would be asked for it first).
      expect(await tuesday.post(textUpdate("xong 1 VB số 45/SNV", { messageId: "t1", userId: "zalo-officer" }))).toBe(200);
      await fake.waitFor(() => sentTo("zalo-officer").length === before + 1);
      expect(sentTo("zalo-officer").at(-1)).toContain("CCHC23-22");
      const db = new Database(path.join(tmp.dir, "bot.db"), { readonly: true });
      try {
        const task = db.prepare(`SELECT status FROM "Task" WHERE code = 'CCHC23-22'`).get() as { status: string };
        expect(["done", "pending_confirmation"]).toContain(task.status);
        const sent = db.prepare(`SELECT COUNT(*) AS n FROM "Delivery" WHERE channel = 'zalo' AND status = 'sent'`).get() as { n: number };
        expect(sent.n).toBeGreaterThanOrEqual(1);
      } finally {
        db.close();
      }

      // A stranger's "xong", bad input: refused, nothing changes, the process lives on.
      expect(await tuesday.post(textUpdate("xong", { messageId: "t2", userId: "stranger" }))).toBe(200);
      expect(await tuesday.post("{not json")).toBe(400);
      expect(await tuesday.post({ event_name: "oa.follow", message: {} })).toBe(200);
      expect(await tuesday.post(textUpdate("x".repeat(10_000), { messageId: "t3", userId: "stranger" }))).toBe(200);
      // The stranger gets the invite text once that day, and nothing for the second message.
      await fake.waitFor(() => sentTo("stranger").length === 1);
      expect(sentTo("stranger")[0]).toContain("Nhắc việc chỉ phục vụ cán bộ được mời");

      const leaderBefore = sentTo("zalo-leader").length;
      expect(await tuesday.post(textUpdate("ty le ho so truc tuyen cap huyen", { messageId: "t4", userId: "zalo-leader" }))).toBe(200);
      await fake.waitFor(() => sentTo("zalo-leader").length === leaderBefore + 1);
      expect(sentTo("zalo-leader").at(-1)).toMatch(/%/);
      expect(sentTo("stranger")).toHaveLength(1);
      expect(tuesday.child.exitCode).toBeNull();
    } finally {
      expect(await tuesday.stop()).toBe(0);
      const logs = tuesday.stderr();
      expect(logs).not.toContain(fake.token);
      expect(logs).not.toContain(SECRET);
    }
  });
});
