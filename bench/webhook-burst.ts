// npm run bench:burst — issue #14's "3.000 webhook updates in a burst" (all answered, memory under 250 MB; it went
// from 149 to 349 MB, and 2.880 answered, before the cap on updates in hand). The real Zalo webhook on the bot's
// one web server, with the real pipeline on the demo data (SQLite), receives 3.000 questions from 3.000 chats at
// once; past the cap (1.000 in hand) it answers 503 and the load process (bench/burst-load.mjs, apart so that its
// memory is not the bot's) sends those again a second later, as the platforms do. Printed: updates answered, 503s,
// and this process's resident memory before (after a warm-up and a GC), at its peak (the kernel's high-water
// mark, VmHWM, reset before the burst) and after (every reply sent, then a GC).
import { performance } from "node:perf_hooks";
import { fork } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { startZaloChannel } from "../src/channels/zalo/channel.js";
import type { FetchLike } from "../src/channels/zalo/client.js";
import { SECRET_HEADER } from "../src/channels/zalo/webhook.js";
import { fixedClock } from "../src/core/clock.js";
import { createTranslator } from "../src/infra/i18n.js";
import { useQuickWasmCompilation } from "../src/infra/v8-flags.js";
import { createWebServer } from "../src/web/server.js";
import { loadCorpus } from "../tests/nlu/corpus.js";
import { freshSqlite } from "../tests/support/databases.js";
import { DEMO_NOW, demoApp } from "../tests/support/demo-app.js";
import { textUpdate } from "../tests/support/fake-zalo-server.js";

useQuickWasmCompilation();

const UPDATES = Number(process.env.UPDATES ?? 3_000);
// All at once by default: one connection per update, as a platform resending a backlog in parallel would at worst.
const CONCURRENCY = Number(process.env.CONCURRENCY ?? UPDATES);
const SECRET = "bench-secret-0123456789";
const questions = loadCorpus().filter((e) => ["kpi_value", "plan_progress", "task_list", "task_detail", "ranking"].includes(e.intent)).map((e) => e.text);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
/** The most resident memory since the last reset (Linux: /proc/self/status). */
const highWaterMark = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))![1]) * 1024;
/** Linux: writing 5 to clear_refs resets the high-water mark to the memory resident now. */
const resetHighWaterMark = () => writeFileSync("/proc/self/clear_refs", "5");

const db = await freshSqlite({ demo: true });
try {
  const app = await demoApp(db.database);
  // Chats answered (a long answer is several messages: counted once).
  const answeredChats = new Set<string>();
  let replied = 0;
  let onReply: (() => void) | undefined;
  const fetch: FetchLike = async (url, init) => {
    if (url.endsWith("/sendMessage")) {
      const chat = (JSON.parse(init.body) as { chat_id: string }).chat_id;
      if (!answeredChats.has(chat)) {
        answeredChats.add(chat);
        replied++;
      }
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
    app,
    clock: fixedClock(DEMO_NOW),
    translate: createTranslator(),
    locale: "vi",
    logger: pino({ level: "silent" }),
    fetch,
  });
  const { port } = await web.listen();
  const waitReplies = (count: number) =>
    new Promise<void>((resolve) => {
      if (replied >= count) return resolve();
      onReply = () => {
        if (replied >= count) resolve();
      };
    });
  const burst = async (label: string, count: number) => {
    const base = replied;
    const bodies = Array.from({ length: count }, (_, i) => JSON.stringify(textUpdate(questions[i % questions.length]!, { messageId: `${label}-${i}`, userId: `${label}-${i}` })));
    const load = fork(fileURLToPath(new URL("./burst-load.mjs", import.meta.url)), { serialization: "advanced" });
    const t0 = performance.now();
    const done = new Promise<{ ok: number; busy: number; other: number; errors: number }>((resolve, reject) => {
      load.once("message", (status) => resolve(status as { ok: number; busy: number; other: number; errors: number }));
      load.once("error", reject);
    });
    load.send({ port, path: "/zalo", header: SECRET_HEADER, secret: SECRET, bodies, concurrency: CONCURRENCY, retryMs: 1000 });
    const status = await done;
    await waitReplies(base + count);
    const seconds = (performance.now() - t0) / 1000;
    const result = { status, peakRss: highWaterMark() };
    return { ...result, seconds, answered: replied - base };
  };
  // Warm-up: every kind of question once (query compiler, JIT), then the memory the burst starts from.
  await burst("warm", questions.length);
  gc();
  const before = process.memoryUsage.rss();
  resetHighWaterMark();
  const r = await burst("burst", UPDATES);
  gc();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  gc();
  const after = process.memoryUsage.rss();
  console.log(`${UPDATES.toLocaleString("vi-VN")} Zalo webhook updates at once over ${CONCURRENCY.toLocaleString("vi-VN")} connections, real pipeline (demo data, SQLite), 503s sent again after 1 s`);
  console.log(`  answered ${r.answered.toLocaleString("vi-VN")} of ${UPDATES.toLocaleString("vi-VN")} in ${r.seconds.toFixed(1).replace(".", ",")} s; HTTP 200 ${r.status.ok}, 503 ${r.status.busy} (sent again), other ${r.status.other}, connection errors ${r.status.errors}`);
  console.log(`  rss before ${mb(before)}, peak ${mb(r.peakRss)}, after ${mb(after)}   (target: all answered, under 250 MB)`);
  await web.close();
  await channel.stop();
} finally {
  await db.cleanup();
}
