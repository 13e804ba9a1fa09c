// npm run bench:zalo — the Zalo webhook path on one core: question messages posted over HTTP (keep-alive) to the
// real webhook server, handled by the real pipeline on the demo data (SQLite), replies handed to our Zalo client
// (its fetch answers at once: the network to Zalo is not ours to measure).
// Figures: requests handled per second (a request counts when its reply reached sendMessage; target ≥ 1.000/s)
// and the latency the webhook path adds to handleMessage (request sent → reply at sendMessage, minus the time
// spent in handleMessage; target p99 ≤ 20 ms), measured one request at a time and under the full load.
import { Agent, request } from "node:http";
import { pino } from "pino";
import { startZaloChannel } from "../src/channels/zalo/channel.js";
import type { FetchLike } from "../src/channels/zalo/client.js";
import { SECRET_HEADER } from "../src/channels/zalo/webhook.js";
import { fixedClock } from "../src/core/clock.js";
import { createTranslator } from "../src/i18n.js";
import { loadCorpus } from "../tests/nlu/corpus.js";
import { freshSqlite } from "../tests/support/databases.js";
import { DEMO_NOW, demoApp } from "../tests/support/demo-app.js";
import { textUpdate } from "../tests/support/fake-zalo-server.js";

const REQUESTS = Number(process.env.REQUESTS ?? 10_000);
const SEQUENTIAL = Number(process.env.SEQUENTIAL ?? 2_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);
const SECRET = "bench-secret-0123456789";
const QUESTION_INTENTS = new Set(["kpi_value", "kpi_compare", "kpi_gap", "ranking", "plan_progress", "task_list", "task_detail"]);
const questions = loadCorpus().filter((e) => QUESTION_INTENTS.has(e.intent)).map((e) => e.text);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(2).replace(".", ",")} ms`;
const whole = (value: number) => Math.round(value).toLocaleString("vi-VN");

const db = await freshSqlite({ demo: true });
const app = await demoApp(db.database);
const started = new Map<string, number>();
const inPipeline = new Map<string, number>();
const added: number[] = [];
let replied = 0;
let onReply: (() => void) | undefined;

// The client's fetch: Zalo answers every call at once.
const fetch: FetchLike = async (url, init) => {
  if (url.endsWith("/sendMessage")) {
    const chat = (JSON.parse(init.body) as { chat_id: string }).chat_id;
    const t0 = started.get(chat);
    if (t0 !== undefined) {
      added.push(performance.now() - t0 - (inPipeline.get(chat) ?? 0));
      started.delete(chat);
    }
    replied++;
    onReply?.();
  }
  return new Response(JSON.stringify({ ok: true, result: { message_id: `m${replied}`, date: 0 } }), { status: 200 });
};

const channel = await startZaloChannel({
  config: { apiRoot: "http://zalo.invalid", webhook: { url: "http://127.0.0.1/zalo", path: "/zalo", host: "127.0.0.1", port: 0 }, monthlyQuota: 10_000_000, pollTimeoutSeconds: 30 },
  token: "1:bench",
  webhookSecret: SECRET,
  app: {
    async handleMessage(message) {
      const t0 = performance.now();
      const handled = await app.handleMessage(message);
      inPipeline.set(message.chatId, performance.now() - t0);
      return handled;
    },
  },
  clock: fixedClock(DEMO_NOW),
  translate: createTranslator(),
  locale: "vi",
  logger: pino({ level: "silent" }),
  fetch,
});

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const acks: number[] = [];
function post(i: number, chat: string): Promise<void> {
  const body = JSON.stringify(textUpdate(questions[i % questions.length]!, { messageId: `b${i}`, userId: chat }));
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    started.set(chat, t0);
    const req = request(
      { host: "127.0.0.1", port: channel.port, path: "/zalo", method: "POST", agent, headers: { "content-type": "application/json", [SECRET_HEADER]: SECRET, "content-length": Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on("end", () => {
          acks.push(performance.now() - t0);
          if (res.statusCode === 200) resolve();
          else reject(new Error(`HTTP ${res.statusCode}`));
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
const waitReplies = (count: number) => new Promise<void>((resolve) => {
  if (replied >= count) return resolve();
  onReply = () => replied >= count && (onReply = undefined, resolve());
});

// Warm-up: every question once (query compiler, JIT).
for (let i = 0; i < questions.length; i++) await post(i, `warm-${i}`);
await waitReplies(questions.length);

// One request at a time: what the webhook path adds to handleMessage with nothing else going on.
added.length = 0;
acks.length = 0;
let base = replied;
for (let i = 0; i < SEQUENTIAL; i++) {
  await post(i, `seq-${i}`);
  await waitReplies(base + i + 1);
}
const sequentialAdded = [...added].sort((a, b) => a - b);
const sequentialAck = [...acks].sort((a, b) => a - b);

// Full load: CONCURRENCY connections, REQUESTS questions, each from its own chat.
added.length = 0;
acks.length = 0;
base = replied;
const t0 = performance.now();
let next = 0;
await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
  while (next < REQUESTS) {
    const i = next++;
    await post(i, `load-${i}`);
  }
}));
await waitReplies(base + REQUESTS);
const seconds = (performance.now() - t0) / 1000;
const loadAdded = [...added].sort((a, b) => a - b);
const loadAck = [...acks].sort((a, b) => a - b);

console.log(`Zalo webhook, ${questions.length} kinds of question from the NLU corpus, demo data (SQLite), one process (one core)`);
console.log(`  one at a time (${whole(SEQUENTIAL)}): added by the webhook path p50 ${ms(percentile(sequentialAdded, 50))}  p99 ${ms(percentile(sequentialAdded, 99))}   (target p99 ≤ 20 ms); HTTP 200 after p50 ${ms(percentile(sequentialAck, 50))}  p99 ${ms(percentile(sequentialAck, 99))}`);
console.log(`  under load (${whole(REQUESTS)} requests, ${CONCURRENCY} connections): ${whole(REQUESTS / seconds)} requests handled per second   (target ≥ 1.000/s)`);
console.log(`    added by the webhook path p50 ${ms(percentile(loadAdded, 50))}  p99 ${ms(percentile(loadAdded, 99))} (includes queueing behind other requests); HTTP 200 after p50 ${ms(percentile(loadAck, 50))}  p99 ${ms(percentile(loadAck, 99))}`);
console.log(`  CPU: ${process.cpuUsage().user / 1e6 > 0 ? `${(process.cpuUsage().user / 1e6).toFixed(1).replace(".", ",")} s user over the whole run` : "n/a"}`);

agent.destroy();
await channel.stop();
await db.cleanup();
