// npm run bench:zalo — the Zalo webhook path on one core (one Node process: the load generator shares it).
// Question messages are posted over HTTP (keep-alive) to the real webhook server and handled by the Zalo bot;
// replies go through the quota budget, the splitter and our Zalo client, whose fetch answers at once (the
// network to Zalo is not ours to measure). Two runs:
// The load generator runs in a worker thread (bench/zalo-load.mjs): the bot's thread has one core to itself.
//   1. the webhook path alone: handleMessage answers a canned reply, so the figures are the channel's own;
//   2. the real pipeline on the demo data (SQLite), questions from the labelled NLU corpus.
// Figures: requests handled per second (a request counts when its reply reached sendMessage; target ≥ 1.000/s)
// and the latency the webhook path adds to handleMessage (request sent → reply at sendMessage, minus the time in
// handleMessage; target p99 ≤ 20 ms), one request at a time and under load.
import { Agent, request, type AgentOptions } from "node:http";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { pino } from "pino";
import type { HandledMessage } from "../src/app/handle-message.js";
import type { InboundMessage } from "../src/app/messages.js";
import { createWebServer } from "../src/web/server.js";
import { startZaloChannel } from "../src/channels/zalo/channel.js";
import type { FetchLike } from "../src/channels/zalo/client.js";
import { SECRET_HEADER } from "../src/channels/zalo/webhook.js";
import { fixedClock } from "../src/core/clock.js";
import { createTranslator } from "../src/infra/i18n.js";
import { loadCorpus } from "../tests/nlu/corpus.js";
import { freshSqlite } from "../tests/support/databases.js";
import { DEMO_NOW, demoApp } from "../tests/support/demo-app.js";
import { textUpdate } from "../tests/support/fake-zalo-server.js";
import { useQuickWasmCompilation } from "../src/infra/v8-flags.js";

// As the bot does (src/main.ts); the script runs bundled (bench/run.mjs), like the bot.
useQuickWasmCompilation();

const REQUESTS = Number(process.env.REQUESTS ?? 10_000);
const SEQUENTIAL = Number(process.env.SEQUENTIAL ?? 1_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const SECRET = "bench-secret-0123456789";
const QUESTION_INTENTS = new Set(["kpi_value", "kpi_compare", "kpi_gap", "ranking", "plan_progress", "task_list", "task_detail"]);
const questions = loadCorpus().filter((e) => QUESTION_INTENTS.has(e.intent)).map((e) => e.text);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const ms = (value: number) => `${value.toFixed(2).replace(".", ",")} ms`;
const whole = (value: number) => Math.round(value).toLocaleString("vi-VN");
const p50p99 = (values: number[]) => `p50 ${ms(percentile(sorted(values), 50))}  p99 ${ms(percentile(sorted(values), 99))}`;

type Handle = (message: InboundMessage) => Promise<Pick<HandledMessage, "understood" | "outbound">>;

async function run(label: string, handle: Handle, run: number): Promise<void> {
  const started = new Map<string, number>();
  const repliedAt = new Map<string, { at: number; pipeline: number }>();
  const inPipeline = new Map<string, number>();
  const pipeline: number[] = [];
  const added: number[] = [];
  let replied = 0;
  let onReply: (() => void) | undefined;
  const fetch: FetchLike = async (url, init) => {
    if (url.endsWith("/sendMessage")) {
      const chat = (JSON.parse(init.body) as { chat_id: string }).chat_id;
      const t0 = started.get(chat);
      if (t0 !== undefined) added.push(performance.now() - t0 - (inPipeline.get(chat) ?? 0));
      else repliedAt.set(chat, { at: performance.timeOrigin + performance.now(), pipeline: inPipeline.get(chat) ?? 0 });
      started.delete(chat);
      inPipeline.delete(chat);
      replied++;
      onReply?.();
    }
    return new Response(`{"ok":true,"result":{"message_id":"m${replied}","date":0}}`, { status: 200 });
  };
  const web = createWebServer({ host: "127.0.0.1", port: 0, logger: pino({ level: "silent" }) });
  const channel = await startZaloChannel({
    web,
    config: { apiRoot: "http://zalo.invalid", webhook: { url: "http://127.0.0.1/zalo", path: "/zalo" }, monthlyQuota: 10_000_000, pollTimeoutSeconds: 30 },
    token: "1:bench",
    webhookSecret: SECRET,
    app: {
      async handleMessage(message) {
        const t0 = performance.now();
        const handled = await handle(message);
        const spent = performance.now() - t0;
        inPipeline.set(message.chatId, spent);
        pipeline.push(spent);
        return handled;
      },
    },
    clock: fixedClock(DEMO_NOW),
    translate: createTranslator(),
    locale: "vi",
    logger: pino({ level: "silent" }),
    fetch,
  });
  const { port } = await web.listen();
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY, noDelay: true } as AgentOptions);
  const post = (i: number, chat: string) => {
    // A message id unique per request: the same event name + message id twice is a duplicate, and dropped.
    const body = JSON.stringify(textUpdate(questions[i % questions.length]!, { messageId: `${run}-${chat}`, userId: chat }));
    return new Promise<void>((resolve, reject) => {
      started.set(chat, performance.now());
      const req = request(
        { host: "127.0.0.1", port, path: "/zalo", method: "POST", agent, headers: { "content-type": "application/json", [SECRET_HEADER]: SECRET, "content-length": Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  };
  const waitReplies = (count: number) =>
    new Promise<void>((resolve) => {
      if (replied >= count) return resolve();
      onReply = () => {
        if (replied < count) return;
        onReply = undefined;
        resolve();
      };
    });
  const reset = () => {
    added.length = 0;
    pipeline.length = 0;
    return replied;
  };

  // Warm-up: every question once (query compiler, JIT).
  for (let i = 0; i < questions.length; i++) await post(i, `warm-${i}`);
  await waitReplies(questions.length);

  let base = reset();
  for (let i = 0; i < SEQUENTIAL; i++) {
    await post(i, `seq-${i}`);
    await waitReplies(base + i + 1);
  }
  const sequentialAdded = [...added];
  const sequentialPipeline = [...pipeline];

  base = reset();
  const chats = Array.from({ length: REQUESTS }, (_, i) => `load-${i}`);
  const bodies = chats.map((chat, i) => JSON.stringify(textUpdate(questions[i % questions.length]!, { messageId: `${run}-${chat}`, userId: chat })));
  const elu0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  const worker = new Worker(new URL("./zalo-load.mjs", import.meta.url), {
    workerData: { port, path: "/zalo", header: SECRET_HEADER, secret: SECRET, bodies, chats, concurrency: CONCURRENCY },
  });
  const load = await new Promise<{ startedAt: Record<string, number>; acks: number[]; failures: number }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  await waitReplies(base + REQUESTS);
  const seconds = (performance.now() - t0) / 1000;
  const elu = performance.eventLoopUtilization(elu0);
  await worker.terminate();
  if (load.failures > 0) throw new Error(`${load.failures} requests failed`);
  for (const [chat, reply] of repliedAt) {
    const began = load.startedAt[chat];
    if (began !== undefined) added.push(reply.at - began - reply.pipeline);
  }
  console.log(`\n${label}`);
  console.log(`  one at a time (${whole(SEQUENTIAL)}): handleMessage ${p50p99(sequentialPipeline)}; added by the webhook path ${p50p99(sequentialAdded)}   (target p99 ≤ 20 ms)`);
  console.log(`  under load (${whole(REQUESTS)} requests, ${CONCURRENCY} connections): ${whole(REQUESTS / seconds)} requests handled per second   (target ≥ 1.000/s)`);
  console.log(`    the bot's thread busy ${Math.round(elu.utilization * 100)}% of the time; HTTP 200 after ${p50p99(load.acks)}; added by the webhook path ${p50p99(added)} (queueing behind other requests included)`);
  agent.destroy();
  await web.close();
  await channel.stop();
}

const db = await freshSqlite({ demo: true });
try {
  const app = await demoApp(db.database);
  const canned = await app.handleMessage({ channel: "zalo", chatId: "x", sender: { id: "x" }, text: "tiến độ kế hoạch CCHC năm 2023", receivedAt: DEMO_NOW });
  console.log(`Zalo webhook on one core, ${questions.length} kinds of question from the NLU corpus`);
  await run("1. the webhook path alone (handleMessage answers a canned plan-progress reply)", async (message) => ({
    understood: canned.understood,
    outbound: [{ ...canned.outbound[0]!, chatId: message.chatId }],
  }), 1);
  if (process.env.ONLY !== "1") await run("2. with the real pipeline (understanding + SQLite queries on the demo data)", (message) => app.handleMessage(message), 2);
} finally {
  await db.cleanup();
}
