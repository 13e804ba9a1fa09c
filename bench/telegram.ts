// npm run bench:telegram — question messages fed through grammY's handleUpdate with a transformer that records
// the API calls (no network, no send queue: the queue holds real sends to 30/s by design), on the demo data plus
// 10.000 chats bound to units (5.000 groups, 5.000 members' private chats). Figures: updates per second, one at a
// time and 16 at a time (as the runner hands them over), for the channel alone (the pipeline stubbed) and end to
// end; latency p50/p99; resident memory with every one of the 10.000 chats seen once.
// Target: ≥ 2.000 updates/s on one core. The machine is a shared virtual one whose speed drifts by ±20% from
// minute to minute: each figure is the median of ROUNDS rounds, printed with the slowest and fastest round.
// Runs bundled (bench/run.mjs) with the V8 flags of the bot (src/main.ts), so the code measured is the code run.
import Database from "better-sqlite3";
import type { Transformer } from "grammy";
import type { Update } from "grammy/types";
import type { App } from "../src/app/handle-message.js";
import { createTelegramBot } from "../src/channels/telegram/bot.js";
import { telegramDeps } from "../src/channels/telegram/start.js";
import { loadConfig } from "../src/config.js";
import { parseTaskCommand } from "../src/core/commands/parse.js";
import { createLogger } from "../src/infra/logger.js";
import { startRuntime } from "../src/composition/runtime.js";
import { useQuickWasmCompilation } from "../src/infra/v8-flags.js";
import { tempDir } from "../tests/support/databases.js";
import { BOT_INFO } from "../tests/support/telegram.js";
import { loadCorpus } from "../tests/nlu/corpus.js";

useQuickWasmCompilation();
const CHATS = Number(process.env.CHATS ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const UPDATES = Number(process.env.UPDATES ?? 5_000);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const fmt = (n: number) => Math.round(n).toLocaleString("vi-VN");

const tmp = tempDir("nhacviec-bench-telegram-");
const file = `${tmp.dir}/bench.db`;
const logger = createLogger("silent");
const runtime = await startRuntime(loadConfig({ DATABASE_URL: `file:${file}`, NOW: "2023-07-25T08:00:00+07:00", LOG_LEVEL: "silent" }), logger);

// 10.000 bound chats: half groups bound to units, half private chats of members (a person, an identity, a membership).
{
  const db = new Database(file);
  const units = (db.prepare("SELECT id FROM Unit").all() as Array<{ id: number }>).map((u) => u.id);
  const now = Date.now();
  db.transaction(() => {
    const bind = db.prepare("INSERT INTO ChatBinding (channel, chatId, unitId, isGroup, active, createdAt) VALUES ('telegram', ?, ?, ?, 1, ?)");
    const person = db.prepare("INSERT INTO Person (name, role, active, createdAt) VALUES (?, 'unit_officer', 1, ?)");
    const identity = db.prepare("INSERT INTO ChannelIdentity (channel, externalId, personId) VALUES ('telegram', ?, ?)");
    const member = db.prepare("INSERT INTO Membership (personId, unitId, isHead) VALUES (?, ?, 0)");
    for (let i = 0; i < CHATS; i++) {
      const unit = units[i % units.length]!;
      if (i % 2 === 0) {
        bind.run(String(-1_000_000_000 - i), unit, 1, now);
      } else {
        const id = Number(person.run(`Cán bộ ${i}`, now).lastInsertRowid);
        identity.run(String(100_000 + i), id);
        member.run(id, unit);
        bind.run(String(100_000 + i), unit, 0, now);
      }
    }
  })();
  db.close();
}

let calls = 0;
const recorder: Transformer = async (_prev, method, payload) => {
  calls++;
  if (method === "sendMessage") {
    const p = payload as { chat_id: number | string; text: string };
    return { ok: true, result: { message_id: calls, date: 0, chat: { id: Number(p.chat_id), type: "private" }, text: p.text } } as never;
  }
  return { ok: true, result: true } as never;
};
const deps = telegramDeps(runtime, logger);
const real = createTelegramBot({ token: "1:BENCH", botInfo: BOT_INFO, transport: recorder, limits: null }, deps);
// The channel alone: the same bot over a pipeline that answers at once, to tell the channel's cost from the pipeline's.
const stubApp: App = {
  refreshCatalog: async () => undefined,
  screen: async () => null,
  handleMessage: async (m) => ({
    understood: { understanding: { intent: "greeting" }, locale: "vi" },
    replies: [],
    outbound: [{ channel: m.channel, chatId: m.chatId, text: "Kế hoạch cải cách hành chính năm 2023, tính đến 25/7/2023: hoàn thành 14/43 nhiệm vụ, đạt 32,55%." }],
  }),
};
const stub = createTelegramBot({ token: "1:BENCH", botInfo: BOT_INFO, transport: recorder, limits: null }, { ...deps, app: stubApp });

const questions = loadCorpus()
  .map((e) => e.text)
  .filter((text) => !text.startsWith("/") && parseTaskCommand(text, "2023-07-25") === undefined);
let updateId = 0;
function update(i: number): Update {
  const n = i % CHATS;
  const text = questions[i % questions.length]!;
  const base = { message_id: i + 1, date: 1690246800, text };
  if (n % 2 === 0) {
    const chat = { id: -1_000_000_000 - n, type: "supergroup" as const, title: "Nhóm" };
    // In a group the bot is addressed by a mention.
    const mention = `@${BOT_INFO.username} `;
    return { update_id: ++updateId, message: { ...base, chat, from: { id: 500_000 + n, is_bot: false, first_name: "Thành viên" }, text: mention + text, entities: [{ type: "mention", offset: 0, length: mention.length - 1 }] } } as Update;
  }
  const user = { id: 100_000 + n, is_bot: false, first_name: `Cán bộ ${n}` };
  return { update_id: ++updateId, message: { ...base, chat: { id: user.id, type: "private", first_name: user.first_name }, from: user } } as Update;
}

interface Round {
  perSecond: number;
  concurrent: number;
  cpuPerSecond: number;
  p50: number;
  p99: number;
}

/** The median round by updates per second, with the range of every figure over the rounds. */
async function rounds(bot: typeof real.bot, count: number, stride: number) {
  const all: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) all.push(await measure(bot, count, stride + 2 * r));
  const median = (pick: (x: Round) => number) => [...all].map(pick).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
  const range = (pick: (x: Round) => number, format: (n: number) => string) =>
    `${format(median(pick))} (${format(Math.min(...all.map(pick)))}–${format(Math.max(...all.map(pick)))})`;
  const ms = (n: number) => n.toFixed(3).replace(".", ",");
  return {
    perSecond: range((x) => x.perSecond, fmt),
    concurrent: fmt(median((x) => x.concurrent)),
    cpuPerSecond: fmt(median((x) => x.cpuPerSecond)),
    p50: ms(median((x) => x.p50)),
    p99: ms(median((x) => x.p99)),
  };
}

async function measure(bot: typeof real.bot, count: number, stride: number): Promise<Round> {
  const latencies: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const s = performance.now();
    await bot.handleUpdate(update(i * stride));
    latencies.push(performance.now() - s);
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort((a, b) => a - b);
  let next = 0;
  const t1 = performance.now();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < count) await bot.handleUpdate(update(next++ * (stride + 4)));
    }),
  );
  const concurrentMs = performance.now() - t1;
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  return {
    perSecond: count / (ms / 1000),
    concurrent: count / (concurrentMs / 1000),
    cpuPerSecond: count / ((cpu.user + cpu.system) / 1e6),
    p50: pct(50),
    p99: pct(99),
  };
}

global.gc?.();
const before = process.memoryUsage();
// Every chat once through the real pipeline: identities, bindings and conversation contexts of all 10.000 are held.
for (let i = 0; i < CHATS; i++) await real.bot.handleUpdate(update(i));
global.gc?.();
const memory = process.memoryUsage();

const endToEnd = await rounds(real.bot, UPDATES, 7);
const alone: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const t0 = performance.now();
  for (let i = 0; i < UPDATES; i++) {
    // The same chats and senders as the updates above (group chats and members' private chats).
    const u = update(i * (7 + 2 * r)).message!;
    await runtime.app.handleMessage({ channel: "telegram", chatId: String(u.chat.id), sender: { id: String(u.from!.id) }, text: questions[(i * (7 + 2 * r)) % questions.length]!, receivedAt: new Date() });
  }
  alone.push(UPDATES / ((performance.now() - t0) / 1000));
}
const pipelineAlone = fmt(alone.sort((a, b) => a - b)[Math.floor(alone.length / 2)]!);
for (let i = 0; i < CHATS; i++) await stub.bot.handleUpdate(update(i));
const channel = await rounds(stub.bot, UPDATES * 4, 7);

console.log(`Telegram channel: question updates through handleUpdate with a recording transformer (${questions.length} questions of the labelled corpus),`);
console.log(`median of ${ROUNDS} rounds of ${fmt(UPDATES)} updates (slowest–fastest round in brackets)`);
console.log(`${fmt(CHATS)} bound chats (half groups, addressed by a mention; half members' private chats), demo data on SQLite, one process`);
console.log(`  the channel alone (pipeline answering at once)  ${channel.perSecond} updates/s (${channel.cpuPerSecond}/s of CPU)  p50 ${channel.p50} ms  p99 ${channel.p99} ms; 16 at a time ${channel.concurrent}/s   (target ≥ 2.000/s on one core)`);
console.log(`  end to end (the real pipeline and database)     ${endToEnd.perSecond} updates/s (${endToEnd.cpuPerSecond}/s of CPU)  p50 ${endToEnd.p50} ms  p99 ${endToEnd.p99} ms; 16 at a time ${endToEnd.concurrent}/s`);
console.log(`  the pipeline alone (handleMessage, no Telegram) ${pipelineAlone} messages/s`);
console.log(`  API calls recorded ${fmt(calls)}`);
console.log(`  resident memory    ${mb(memory.rss)} with ${fmt(CHATS)} bound chats seen, heap ${mb(memory.heapUsed)} (after start-up: ${mb(before.rss)}, heap ${mb(before.heapUsed)})${global.gc ? "" : " (without --expose-gc)"}`);

await runtime.close();
tmp.remove();
