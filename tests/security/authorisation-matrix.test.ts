import path from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "../../src/app/onboarding.js";
import { NUDGE_KIND } from "../../src/app/reminders/ports.js";
import { startRuntime, type Runtime } from "../../src/composition/runtime.js";
import { loadConfig } from "../../src/config.js";
import { tempDir } from "../support/databases.js";

/**
 * Every role × every action × every channel, through the running bot's app (the access gate, the pipeline, the
 * task commands, onboarding) on the demo data: who may do what is decided once, in the app, whatever the
 * channel. A cell is "refused" when the reply says so (or there is none, for a stranger), and a refused action
 * changes nothing. The expected table is the README's rules, written out.
 */
const PERSONAS = {
  stranger: null,
  "unit officer, lead unit": "stc-chuyen-vien",
  "unit head, lead unit": "stc-giam-doc",
  "unit officer, other unit": "stp-chuyen-vien",
  leader: "chu-tich",
  secretariat: "snv-chuyen-vien",
  admin: "quan-tri",
} as const;
type Persona = keyof typeof PERSONAS;
const ALL = Object.keys(PERSONAS) as Persona[];
const MEMBERS = ALL.filter((p) => p !== "stranger");
const CHANGERS: Persona[] = ["unit officer, lead unit", "unit head, lead unit", "secretariat", "admin"];
const DECIDERS: Persona[] = ["secretariat", "admin"];
const OFFICE: Persona[] = ["leader", "secretariat", "admin"];
const CHANNELS = ["console", "telegram", "zalo"] as const;
type Channel = (typeof CHANNELS)[number];

const REFUSED =
  /không thuộc đơn vị chủ trì|^Chỉ .*cơ quan thường trực|chỉ (lãnh đạo và )?cơ quan thường trực (và quản trị viên )?(mới )?được|Chỉ cơ quan thường trực và lãnh đạo|không có quyền|Nhắc việc chỉ phục vụ cán bộ được mời|Chưa xác định được danh tính người gửi|dành cho (lãnh đạo|cơ quan thường trực)/iu;

let tmp: { dir: string; remove(): void };
let runtime: Runtime;
let counter = 0;
const db = () => runtime.database.db;
const externalId = (channel: Channel, key: string) => (channel === "console" ? key : `${channel}-${key}`);

async function say(channel: Channel, persona: Persona, text: string): Promise<string> {
  const key = PERSONAS[persona] ?? "nguoi-la";
  const id = externalId(channel, key);
  const handled = await runtime.app.handleMessage({ channel, chatId: id, sender: { id, name: key }, text, receivedAt: runtime.clock.now(), messageId: `m${++counter}` });
  return handled.outbound.map((o) => o.text).join("\n");
}

async function member(channel: Channel, persona: Persona): Promise<Member | null> {
  const key = PERSONAS[persona];
  return key ? runtime.onboarding.whoAmI(channel, externalId(channel, key)) : null;
}

/** CCHC23-32 (Sở Tài chính leads) as the demo has it, before each cell. */
async function resetTask(): Promise<void> {
  await db().extensionRequest.deleteMany({});
  await db().task.update({ where: { code: "CCHC23-32" }, data: { status: "not_started", progress: 0, completedAt: null, evidence: null, notes: null, blockedSince: null, deadline: demoDeadline, originalDeadline: null } });
}
const task = () => db().task.findUniqueOrThrow({ where: { code: "CCHC23-32" } });

interface Action {
  name: string;
  allowed: readonly Persona[] | ((channel: Channel) => readonly Persona[]);
  /** Runs the action; returns whether it was refused. */
  run(channel: Channel, persona: Persona): Promise<boolean>;
}

/** A chat command: refused when the reply says so; `changed` checks the state when it must change only if allowed. */
function command(name: string, allowed: Action["allowed"], text: string, changed?: () => Promise<boolean>, setup?: () => Promise<void>): Action {
  return {
    name,
    allowed,
    async run(channel, persona) {
      await resetTask();
      await setup?.();
      const answer = await say(channel, persona, text);
      const refused = answer.trim() === "" || REFUSED.test(answer);
      if (changed) expect(await changed(), `${name} by ${persona} on ${channel}: "${answer}"`).toBe(!refused);
      return refused;
    },
  };
}

const ACTIONS: Action[] = [
  // The console's sender is the operator at the machine (and `npm run ask`): never a stranger for questions.
  command("ask a question", (channel) => (channel === "console" ? ALL : MEMBERS), "tiến độ kế hoạch CCHC năm 2023"),
  command("mark a task done", CHANGERS, "xong CCHC23-32 VB số 12/STC", async () => (await task()).status !== "not_started"),
  command("report progress", CHANGERS, "tiến độ CCHC23-32 đạt 50%", async () => (await task()).progress === 50),
  command("report a blockage", CHANGERS, "vướng CCHC23-32 do chưa có kinh phí", async () => (await task()).status === "blocked"),
  command("request an extension", CHANGERS, "xin gia hạn CCHC23-32 đến 15/8/2023 vì chờ ý kiến Bộ", async () => (await db().extensionRequest.count()) === 1),
  command(
    "approve an extension",
    DECIDERS,
    "duyệt gia hạn CCHC23-32",
    async () => (await db().extensionRequest.count({ where: { status: "approved" } })) === 1,
    async () => {
      const requester = await db().person.findUniqueOrThrow({ where: { key: "stc-chuyen-vien" } });
      const t = await task();
      await db().extensionRequest.create({ data: { taskId: t.id, requestedById: requester.id, newDeadline: "2023-08-15", reason: "chờ ý kiến Bộ", createdAt: runtime.clock.now() } });
    },
  ),
  command("nudge another unit", OFFICE, "nhắc Sở Tài chính về CCHC23-32", async () => (await db().delivery.count({ where: { kind: NUDGE_KIND } })) > nudgesBefore, async () => {
    nudgesBefore = await db().delivery.count({ where: { kind: NUDGE_KIND } });
  }),
  command("record a KPI value", DECIDERS, "cập nhật tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5% tính đến 15/7/2023"),
  command("assign a task", OFFICE, "giao Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật, hạn 30/9/2023"),
  command("export the report", OFFICE, "/xuatbaocao"),
  {
    name: "create an invite",
    allowed: DECIDERS,
    async run(channel, persona) {
      const actor = await member(channel, persona);
      return !actor || !(await runtime.onboarding.createInvite({ by: actor, unit: "STC", role: "unit_officer", days: 7 })).ok;
    },
  },
  {
    name: "list a unit's members",
    allowed: DECIDERS,
    async run(channel, persona) {
      const actor = await member(channel, persona);
      return !actor || !(await runtime.onboarding.members(actor, "STC")).ok;
    },
  },
  {
    name: "revoke a member",
    allowed: DECIDERS,
    async run(channel, persona) {
      const actor = await member(channel, persona);
      const unit = await db().unit.findUniqueOrThrow({ where: { code: "STC" } });
      const target = await db().person.create({ data: { name: "Cán bộ thử", role: "unit_officer", memberships: { create: { unitId: unit.id } } } });
      const refused = !actor || !(await runtime.onboarding.revoke(actor, target.id)).ok;
      expect((await db().person.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(refused);
      return refused;
    },
  },
];
let nudgesBefore = 0;
let demoDeadline = "";

beforeAll(async () => {
  tmp = tempDir("nhacviec-authz-");
  runtime = await startRuntime(loadConfig({ DATABASE_URL: `file:${path.join(tmp.dir, "bot.db")}`, NOW: "2023-07-25T09:00:00+07:00" }), pino({ level: "silent" }));
  demoDeadline = (await task()).deadline;
  // The demo people write on Telegram and Zalo too (as if each had opened an invite there).
  for (const key of Object.values(PERSONAS).filter((k): k is NonNullable<typeof k> => k !== null)) {
    const person = await db().person.findUniqueOrThrow({ where: { key } });
    for (const channel of ["telegram", "zalo"] as const) await db().channelIdentity.create({ data: { channel, externalId: externalId(channel, key), personId: person.id } });
  }
}, 120_000);
afterAll(async () => {
  await runtime?.close();
  tmp?.remove();
});

describe("who may do what, on every channel", () => {
  it.each(CHANNELS)("%s: every role × every action", async (channel) => {
    const expected: string[] = [];
    const actual: string[] = [];
    for (const action of ACTIONS) {
      for (const persona of ALL) {
        const refused = await action.run(channel, persona);
        actual.push(`${action.name} / ${persona}: ${refused ? "refused" : "allowed"}`);
        const allowed = typeof action.allowed === "function" ? action.allowed(channel) : action.allowed;
        expected.push(`${action.name} / ${persona}: ${allowed.includes(persona) ? "allowed" : "refused"}`);
      }
    }
    expect(actual).toEqual(expected);
  }, 300_000);
});
