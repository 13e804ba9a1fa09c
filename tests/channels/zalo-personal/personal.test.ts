import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERSONAL_CHANNEL, startPersonalChannel, type PersonalChannel } from "../../../src/channels/zalo-personal/channel.js";
import { CredentialsError, loadCredentials, openCredentials, saveCredentials } from "../../../src/channels/zalo-personal/credentials.js";
import { loadConfig } from "../../../src/config.js";
import { startRuntime, type Runtime } from "../../../src/composition/runtime.js";
import { zaloLogin } from "../../../src/zalo-login.js";
import { tempDir } from "../../support/databases.js";
import { fakeLogin, FakeZcaApi, groupMessage } from "./fake-zca.js";

/** The experimental personal-account channel against a fake zca-js API object, with the real pipeline. */
const KEY = "k".repeat(16) + "-a-long-enough-test-key";
const silent = pino({ level: "silent" });
const credentials = { imei: "imei-1", cookie: [{ key: "zpw_sek", value: "very-secret-cookie" }], userAgent: "Mozilla/5.0 test" };

let tmp: { dir: string; remove(): void };
let runtime: Runtime;
let file: string;

beforeAll(async () => {
  tmp = tempDir("nhacviec-personal-");
  file = path.join(tmp.dir, "zalo-personal.cred");
  runtime = await startRuntime(loadConfig({ DATABASE_URL: `file:${path.join(tmp.dir, "bot.db")}`, NOW: "2023-07-25T09:00:00+07:00" }), silent);
}, 60_000);
afterAll(async () => {
  await runtime?.close();
  tmp?.remove();
});

describe("saved credentials", () => {
  it("are encrypted at rest, owner-only, and open only with the right key", () => {
    saveCredentials(file, credentials, KEY);
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain("very-secret-cookie");
    expect(text).not.toContain("imei-1");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadCredentials(file, KEY)).toEqual(credentials);
    expect(() => loadCredentials(file, `${KEY}x`)).toThrow(CredentialsError);
    const sealed = JSON.parse(text) as { data: string };
    const tampered = JSON.stringify({ ...JSON.parse(text), data: Buffer.from("x" + Buffer.from(sealed.data, "base64").toString("latin1"), "latin1").toString("base64") });
    expect(() => openCredentials(tampered, KEY)).toThrow(/ZALO_PERSONAL_KEY/);
    expect(() => loadCredentials(path.join(tmp.dir, "none.cred"), KEY)).toThrow(/zalo:login/);
  });

  it("npm run zalo:login saves the QR as a PNG and the session encrypted", async () => {
    const qrFile = path.join(tmp.dir, "qr.png");
    const credentialsFile = path.join(tmp.dir, "qr-login.cred");
    const config = { ...loadConfig({ ZALO_PERSONAL: "1", ZALO_PERSONAL_KEY: KEY }), zaloPersonal: { enabled: true, credentialsFile, qrFile } };
    const { login } = fakeLogin();
    const png = Buffer.from("iVBORw0KGgo=", "base64"); // a PNG signature only: not a QR, so only the file is offered
    const lines: string[] = [];
    const withQr = { ...login, loginQR: async (onEvent: Parameters<typeof login.loginQR>[0]) => (onEvent({ type: "qr", imageBase64: png.toString("base64"), code: "c" }), login.loginQR(onEvent)) };
    expect(await zaloLogin(config, withQr, (line) => lines.push(line))).toBe(0);
    expect(readFileSync(qrFile)).toEqual(png);
    expect(loadCredentials(credentialsFile, KEY)).toMatchObject({ imei: "imei-qr" });
    expect(lines.join("\n")).toMatch(/WARNING/);
    expect(lines.join("\n")).not.toContain("secret-cookie");
  });
});

describe("the personal channel", () => {
  let channel: PersonalChannel | undefined;
  afterAll(async () => channel?.stop());

  it("logs in with the saved credentials; in a group it hears only mentions and quotes of its own messages", async () => {
    saveCredentials(file, credentials, KEY);
    const fake = fakeLogin();
    channel = await startPersonalChannel({
      login: fake.login,
      credentials: () => loadCredentials(file, KEY),
      handleMessage: (m) => runtime.app.handleMessage(m),
      clock: runtime.clock,
      logger: silent,
    });
    expect(fake.logins).toEqual([credentials]);
    const api = fake.apis[0]!;
    await new Promise((r) => setTimeout(r, 10));
    expect(channel.connected()).toBe(true);
    // A group bound to no unit, of people with no invite: the invite text once that day, then nothing.
    api.deliver(groupMessage("@Bot tiến độ kế hoạch CCHC", { threadId: "grp-stranger", mention: "bot-account" }));
    api.deliver(groupMessage("@Bot tiến độ kế hoạch CCHC", { threadId: "grp-stranger", mention: "bot-account" }));
    await channel.idle();
    expect(api.sent.map((m) => m.msg)).toEqual([expect.stringContaining("Nhắc việc chỉ phục vụ cán bộ được mời")]);
    api.sent.length = 0;
    const unit = await runtime.database.db.unit.findUniqueOrThrow({ where: { code: "SNV" } });
    await runtime.database.db.chatBinding.create({ data: { channel: PERSONAL_CHANNEL, chatId: "grp-x", unitId: unit.id, isGroup: true } });
    api.deliver(groupMessage("tiến độ kế hoạch CCHC", { threadId: "grp-x" })); // no mention: not for the bot
    api.deliver(groupMessage("@Bot tiến độ kế hoạch CCHC", { threadId: "grp-x", mention: "bot-account" }));
    api.deliver({ ...groupMessage("tiến độ", { threadId: "grp-x", mention: "bot-account" }), isSelf: true });
    await channel.idle();
    expect(api.sent).toHaveLength(1);
    expect(api.sent[0]).toMatchObject({ threadId: "grp-x", type: 1 });
    expect(api.sent[0]!.msg).toContain("32,55%");
    await channel.stop();
    channel = undefined;
  });

  it('"xong" quoting an older reminder closes that reminder\'s task, not the latest one', async () => {
    const db = runtime.database.db;
    const snv = await db.unit.findUniqueOrThrow({ where: { code: "SNV" } });
    const officer = await db.person.findUniqueOrThrow({ where: { key: "snv-chuyen-vien" } });
    await db.channelIdentity.create({ data: { channel: PERSONAL_CHANNEL, externalId: "u-officer", personId: officer.id } });
    await db.chatBinding.create({ data: { channel: PERSONAL_CHANNEL, chatId: "grp-1", unitId: snv.id, isGroup: true } });
    const open = await db.task.findMany({ where: { leadUnitId: snv.id, status: { not: "done" } }, orderBy: { deadline: "asc" }, take: 2 });
    expect(open).toHaveLength(2);
    const now = runtime.clock.now();

    saveCredentials(file, credentials, KEY);
    const fake = fakeLogin(() => new FakeZcaApi("bot-account", 7000));
    channel = await startPersonalChannel({
      login: fake.login,
      credentials: () => loadCredentials(file, KEY),
      handleMessage: (m) => runtime.app.handleMessage(m),
      clock: runtime.clock,
      logger: silent,
      isGroupChat: async () => true,
    });
    // Two reminders sent through the channel's sender, as the outbox does: each with its item 1.
    const ids: string[] = [];
    for (const [i, task] of open.entries()) {
      const sent = await channel.sender.send({ chatId: "grp-1", text: `Nhắc việc\n1. ${task.code} — ${task.title}` });
      if (!sent.ok) throw new Error("not sent");
      ids.push(sent.externalMessageId);
      await db.delivery.create({
        data: {
          channel: PERSONAL_CHANNEL, chatId: "grp-1", kind: "overdue", text: "…", status: "sent", createdAt: now, notBefore: now,
          sentAt: new Date(now.getTime() + i * 1000), externalMessageId: sent.externalMessageId,
          items: { create: [{ number: 1, taskId: task.id }] },
        },
      });
    }
    expect(fake.apis[0]!.sent.map((s) => s.type)).toEqual([1, 1]);
    // The officer quotes the FIRST (older) reminder: plain "xong" would mean the latest.
    // (An overdue task: the document number comes with "xong", or the bot would ask for it first.)
    fake.apis[0]!.deliver(groupMessage("@Bot xong, VB số 45/UBND", { from: "u-officer", mention: "bot-account", quote: { ownerId: "bot-account", globalMsgId: Number(ids[0]) } }));
    await channel.idle();
    const after = await db.task.findMany({ where: { id: { in: open.map((t) => t.id) } }, orderBy: { deadline: "asc" } });
    expect(["done", "pending_confirmation"]).toContain(after[0]!.status);
    expect(after[1]!.status).toBe(open[1]!.status);
    expect(fake.apis[0]!.sent.at(-1)!.msg).toContain(open[0]!.code);
    // A stranger quoting the other reminder changes nothing.
    // (An overdue task: the document number comes with "xong", or the bot would ask for it first.)
    fake.apis[0]!.deliver(groupMessage("@Bot xong, VB số 45/UBND", { from: "u-stranger", mention: "bot-account", quote: { ownerId: "bot-account", globalMsgId: Number(ids[1]) } }));
    await channel.idle();
    expect((await db.task.findUniqueOrThrow({ where: { id: open[1]!.id } })).status).toBe(open[1]!.status);
    await channel.stop();
    channel = undefined;
  });

  it("reconnects after a drop, logs in again after failed restarts, and stops when the account is taken over", async () => {
    saveCredentials(file, credentials, KEY);
    const fake = fakeLogin();
    channel = await startPersonalChannel({
      login: fake.login,
      credentials: () => loadCredentials(file, KEY),
      handleMessage: (m) => runtime.app.handleMessage(m),
      clock: runtime.clock,
      logger: silent,
      watchdog: { initialDelayMs: 10, maxDelayMs: 40, reloginAfter: 2, checkEveryMs: 1000 },
    });
    const first = fake.apis[0]!;
    await new Promise((r) => setTimeout(r, 10));
    expect(channel.connected()).toBe(true);
    first.listener.emit("closed", 1006, "abnormal");
    expect(channel.connected()).toBe(false);
    const until = Date.now() + 5000;
    while (!channel.connected() && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    expect(channel.connected()).toBe(true);
    expect(first.listener.starts).toBe(2);
    expect(fake.logins).toHaveLength(1);

    // The network stays down: restarts fail, then a fresh login with the saved session brings it back.
    first.listener.failingStarts = 10;
    first.listener.emit("disconnected", 1006, "abnormal");
    const later = Date.now() + 5000;
    while (fake.apis.length < 2 && Date.now() < later) await new Promise((r) => setTimeout(r, 5));
    expect(fake.logins).toHaveLength(2);
    while (!channel.connected() && Date.now() < later) await new Promise((r) => setTimeout(r, 5));
    expect(channel.connected()).toBe(true);
    expect(channel.api()).toBe(fake.apis[1]);

    // Another session took the account over: no fight.
    const second = fake.apis[1]!;
    second.listener.emit("closed", 3000, "duplicate connection");
    await new Promise((r) => setTimeout(r, 200));
    expect(second.listener.starts).toBe(1);
    expect(fake.logins).toHaveLength(2);
    await channel.stop();
    channel = undefined;
  });
});

describe("QR in the terminal", () => {
  it("decodes a QR PNG and prints its modules", async () => {
    const { deflateSync } = await import("node:zlib");
    // A 21×21 module pattern (finder patterns at three corners), 4 px per module, 8 px quiet zone, 8-bit gray.
    const size = 21, scale = 4, margin = 8, px = size * scale + 2 * margin;
    const darkModule = (r: number, c: number) => {
      const finder = (r0: number, c0: number) => r >= r0 && r < r0 + 7 && c >= c0 && c < c0 + 7 && (r === r0 || r === r0 + 6 || c === c0 || c === c0 + 6 || (r >= r0 + 2 && r <= r0 + 4 && c >= c0 + 2 && c <= c0 + 4));
      return finder(0, 0) || finder(0, 14) || finder(14, 0) || (r === 10 && c % 2 === 0);
    };
    const raw = Buffer.alloc(px * (px + 1), 255);
    for (let y = 0; y < px; y++) {
      raw[y * (px + 1)] = 0;
      for (let x = 0; x < px; x++) {
        const r = Math.floor((y - margin) / scale), c = Math.floor((x - margin) / scale);
        if (y >= margin && x >= margin && r < size && c < size && darkModule(r, c)) raw[y * (px + 1) + 1 + x] = 0;
      }
    }
    const chunk = (type: string, data: Buffer) => {
      const out = Buffer.alloc(12 + data.length);
      out.writeUInt32BE(data.length, 0);
      out.write(type, 4, "latin1");
      data.copy(out, 8);
      return out; // the CRC is not checked by the decoder
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(px, 0);
    ihdr.writeUInt32BE(px, 4);
    ihdr[8] = 8;
    ihdr[9] = 0;
    const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
    writeFileSync(path.join(tmp.dir, "test-qr.png"), png);
    const { decodePng, qrModules, pngQrToTerminal } = await import("../../../src/channels/zalo-personal/qr-terminal.js");
    const modules = qrModules(decodePng(png))!;
    expect(modules).toHaveLength(21);
    for (let r = 0; r < 21; r++) for (let c = 0; c < 21; c++) expect(modules[r]![c], `${r},${c}`).toBe(darkModule(r, c));
    const text = pngQrToTerminal(png)!;
    expect(text.split("\n")).toHaveLength(25);
    expect(pngQrToTerminal(Buffer.from("not a png"))).toBeNull();
  });
});
