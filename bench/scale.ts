// npm run bench:scale — 1, 2 and 4 bot processes on one PostgreSQL database in webhook mode behind Caddy on the
// loopback (round robin), a fake Telegram Bot API at the network edge. 600 questions from 200 members' private
// chats are posted to Caddy; figures: updates per second (post of the first to the last answer taken by the fake
// API) and CPU time per update (user + system of all bot processes, from /proc). The answers go out through the
// database send budget the processes share, so throughput is held to Telegram's limits (27 in any 1,1 s here)
// whatever the number of processes; the target is CPU per update growing by at most 20% from 1 to 4 processes.
// Usage: node bench/run.mjs scale -- [updates 600] [counts 1,2,4] [warm-up per process 0] [questions a second 0: at once]
// The growth from one process to four is measured warmed up, as bots run in service: "600 1,4,1,4,1,4 600 25" (a
// process warmed by 150 questions is still compiling, four times over: +36% where warmed by 600 it is +1%; README).
// A count may be repeated ("1,4,1,4,1,4": medians compared) and marked "+" to add BENCH_BOT_FLAGS_ALT to its processes
// or to run them from the checkout in BENCH_BOT_ROOT_ALT.
// Set BENCH_BOT_CPUS (taskset's list, e.g. "0") to keep the bot processes on those CPUs.
// Needs caddy on PATH and the tests' PostgreSQL server (TEST_POSTGRES_URL).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { REPO_ROOT } from "../src/db/paths.js";
import { createPostgresDatabase, tempDir } from "../tests/support/databases.js";
import { startFakeBotApi } from "../tests/support/fake-bot-api.js";

const TOKEN = "424242:BENCH-scale-token";
const SECRET = "bench-scale-secret-0123456789";
const UPDATES = Number(process.argv[2] ?? 600);
// Which rounds to run (default 1,2,4); the growth is from the first to the last.
const ROUND_NAMES = (process.argv[3] ?? "1,2,4").split(",");
// A count written with "+" ("1,4,1+,4+") runs its processes with BENCH_BOT_FLAGS_ALT added: two settings compared
// in one interleaved run, on the same machine state.
const ALT_FLAGS = (process.env.BENCH_BOT_FLAGS_ALT ?? "").split(" ").filter(Boolean);
// …or run from another checkout (BENCH_BOT_ROOT_ALT, built): two versions of the code compared the same way.
const ALT_ROOT = process.env.BENCH_BOT_ROOT_ALT;
// The bot processes run as `npm start` runs the bot (its node flags, e.g. --single-threaded-gc), plus any given to
// profile them: BENCH_BOT_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof", or "--trace-gc" to count collections.
const START_FLAGS = /^node ((?:--[\w=-]+ )*)src\/run\.mjs main$/.exec((JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.start ?? "")?.[1]?.trim().split(" ").filter(Boolean) ?? [];
const BOT_NODE_FLAGS = (process.env.BENCH_BOT_FLAGS ?? "").split(" ").filter(Boolean);
// CPUs the bot processes may run on (taskset's list, e.g. "0"): with all of them on one core, what four processes
// cost more than one comes from the software alone, not from two of them running at once on the two cores.
const BOT_CPUS = process.env.BENCH_BOT_CPUS;
const CHATS = 200;
// Questions each process answers before the measured span (0: measure cold processes), and the idle span.
const WARM_UP = Number(process.argv[4] ?? 0);
const IDLE_MS = 5000;
// Questions posted a second (0: all at once, by 16 posters). At 25 a second, about what the shared send limits
// answer, the processes are measured at the load they can serve; all at once, 600 questions arrive in 2–4 s and
// four processes contend for the two cores while the answers wait their turn to be sent.
const PACE = Number(process.argv[5] ?? 0);
const QUESTIONS = ["tiến độ kế hoạch CCHC năm 2023", "tỷ lệ hồ sơ trực tuyến cấp huyện", "đơn vị mình còn việc gì", "việc nào hết hạn trong tuần tới"];
const CLK_TCK = 100;
const tmp = tempDir("nv-bench-scale-");
let updateId = 1;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** utime + stime of a process, in seconds. */
const cpuSeconds = (pid: number) => {
  const { user, system } = cpuSplit(pid);
  return user + system;
};
/** utime and stime apart: time in the kernel (sockets, wake-ups) grows with processes where the work does not. */
const cpuSplit = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return { user: Number(fields[11]) / CLK_TCK, system: Number(fields[12]) / CLK_TCK };
};

/**
 * CPU seconds of a process's main thread and of its helper threads by the kernel's name for them ("V8 DefaultWorke":
 * V8's collector and compiler; "libuv-worker": libuv's pool; "node": Node's own, such as the inspector's).
 */
const threadSeconds = (pid: number) => {
  const byName = new Map<string, number>();
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, "utf8");
      const name = task === String(pid) ? "main" : stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
      byName.set(name, (byName.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) / CLK_TCK);
    } catch {
      // A thread that ended between the listing and the read.
    }
  }
  return byName;
};

/**
 * The whole machine's CPU seconds so far from /proc/stat: busy (every process: the bots, Caddy, PostgreSQL, the
 * load generator and anything else running) and stolen by the hypervisor for other guests. Beside the bots' own
 * CPU, they say how busy the machine was around them, which moves what the same work costs.
 */
const machineSeconds = () => {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  return { busy: (user! + nice! + system! + irq! + softirq!) / CLK_TCK, steal: steal! / CLK_TCK };
};

/** Context switches of a process so far: voluntary (it waited) and involuntary (the CPU was taken from it). */
const switches = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
  return { voluntary: field("voluntary_ctxt_switches"), involuntary: field("nonvoluntary_ctxt_switches") };
};

async function waitReady(port: number, child: ChildProcess, output: () => string) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`a bot process exited:\n${output()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`bot on ${port} not ready:\n${output()}`);
}

/**
 * Transactions the bot processes ran, from PostgreSQL's counters (commits and rollbacks; a statement outside a
 * transaction is one): each is at least one round trip, and the send budget's takes are one each.
 */
async function dbTransactions(admin: pg.Client): Promise<number> {
  await admin.query("SELECT pg_stat_clear_snapshot()");
  const { rows } = await admin.query<{ x: string }>(`SELECT xact_commit + xact_rollback AS x FROM pg_stat_database WHERE datname = current_database()`);
  return Number(rows[0]!.x);
}

async function round(instances: number, apiRoot: string, calls: () => Array<{ method: string; payload: Record<string, unknown> }>, extraFlags: readonly string[] = [], root = REPO_ROOT) {
  const database = await createPostgresDatabase();
  const ports = await Promise.all(Array.from({ length: instances }, freePort));
  const bots = ports.map((port) => {
    const command = [process.execPath, ...START_FLAGS, ...BOT_NODE_FLAGS, ...extraFlags, path.join(root, "src/run.mjs"), "main"];
    const child = spawn(BOT_CPUS ? "taskset" : command[0]!, BOT_CPUS ? ["-c", BOT_CPUS, ...command] : command.slice(1), {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_NO_WARNINGS: "1",
        DATABASE_URL: database.url,
        NOW: "2023-07-25T08:00:00+07:00",
        LOG_LEVEL: "warn",
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: apiRoot,
        TELEGRAM_WEBHOOK_URL: "https://bench.invalid/telegram/hook",
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        HTTP_HOST: "127.0.0.1",
        HTTP_PORT: String(port),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
    return { child, port, output: () => out };
  });
  const caddyPort = await freePort();
  const caddyfile = path.join(tmp.dir, `Caddyfile-${instances}`);
  writeFileSync(caddyfile, `{\n\tadmin off\n\tauto_https off\n}\n:${caddyPort} {\n\treverse_proxy ${ports.map((p) => `127.0.0.1:${p}`).join(" ")} {\n\t\tlb_policy round_robin\n\t}\n}\n`);
  const caddy = spawn("caddy", ["run", "--config", caddyfile, "--adapter", "caddyfile"], { stdio: "ignore" });
  try {
    for (const b of bots) await waitReady(b.port, b.child, b.output);
    // 200 private chats of members (a unit officer of Sở Tư pháp), so that each question gets the full pipeline.
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(
      `INSERT INTO "ChannelIdentity" ("channel", "externalId", "personId") SELECT 'telegram', (9000000 + g)::text, (SELECT "id" FROM "Person" WHERE "key" = 'stp-chuyen-vien') FROM generate_series(1, ${CHATS}) g`,
    );
    for (let i = 0; i < 50 && !(await fetch(`http://127.0.0.1:${caddyPort}/`).then(() => true, () => false)); i++) await sleep(100);

    const chatIds = new Set(Array.from({ length: CHATS }, (_, g) => String(9000001 + g)));
    const answered = () => calls().filter((c) => c.method === "sendMessage" && chatIds.has(String(c.payload.chat_id))).length;
    const question = (n: number) => {
      const chat = 9000001 + (n % CHATS);
      return { update_id: updateId++, message: { message_id: 10_000 + n, date: 1690246800, chat: { id: chat, type: "private", first_name: "x" }, from: { id: chat, is_bot: false, first_name: "x" }, text: QUESTIONS[n % QUESTIONS.length] } };
    };
    const postTo = async (port: number, body: object) => {
      const res = await fetch(`http://127.0.0.1:${port}/telegram/hook`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(body) });
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
    };
    const settle = async (target: number) => {
      for (let i = 0; i < 1500 && answered() < target; i++) await sleep(200);
    };
    if (WARM_UP > 0) {
      // Each process answers WARM_UP questions first, posted to it directly: a bot runs for days, so its code
      // is compiled by then (V8's optimising compiler, Prisma's compiled queries); not counted.
      const target = answered() + WARM_UP * bots.length;
      // A process whose queue is full answers 503 ("busy"), as Telegram would be told; the warm-up waits and posts
      // again, as Telegram does (long warm-ups post faster than the shared send limits drain).
      const postWhenFree = async (port: number, body: object) => {
        for (;;) {
          try {
            return await postTo(port, body);
          } catch (error) {
            if (!String(error).includes("webhook answered 503")) throw error;
            await sleep(500);
          }
        }
      };
      await Promise.all(bots.map(async (b) => {
        for (let n = 0; n < WARM_UP; n++) await postWhenFree(b.port, question(n));
      }));
      await settle(target);
      await sleep(1500);
    }
    // What the processes spend doing nothing (timers, the lease, the scheduler's ticks), per process and second.
    const idleFrom = bots.map((b) => cpuSeconds(b.child.pid!));
    const idleStart = performance.now();
    await sleep(IDLE_MS);
    const idlePerSecond = bots.reduce((sum, b, i) => sum + cpuSeconds(b.child.pid!) - idleFrom[i]!, 0) / bots.length / ((performance.now() - idleStart) / 1000);
    const before = answered();
    const transactionsBefore = await dbTransactions(admin);
    const cpuBefore = bots.map((b) => cpuSeconds(b.child.pid!));
    const systemBefore = bots.map((b) => cpuSplit(b.child.pid!).system);
    const switchesBefore = bots.map((b) => switches(b.child.pid!));
    const outputBefore = bots.map((b) => b.output().length);
    const threadsBefore = bots.map((b) => threadSeconds(b.child.pid!));
    const machineBefore = machineSeconds();
    const start = performance.now();
    // For a profile of the bot processes, the measured span on the machine's monotonic clock (a .cpuprofile's
    // timestamps are on it too, in µs).
    const monoStart = process.hrtime.bigint() / 1000n;
    let next = 0;
    const post = async () => {
      while (next < UPDATES) {
        await postTo(caddyPort, question(next++));
      }
    };
    if (PACE > 0) {
      // As people write: PACE questions a second, each posted at its time whatever the answers before it.
      const posts: Array<Promise<void>> = [];
      for (let n = 0; n < UPDATES; n++) {
        const due = start + (n * 1000) / PACE;
        if (due > performance.now()) await sleep(due - performance.now());
        posts.push(postTo(caddyPort, question(next++)));
      }
      await Promise.all(posts);
    } else await Promise.all(Array.from({ length: 16 }, post));
    const posted = performance.now() - start;
    let last = answered();
    let stillSince = performance.now();
    while (performance.now() - start < 300_000) {
      await sleep(200);
      const now = answered();
      if (now !== last) [last, stillSince] = [now, performance.now()];
      if (now - before >= UPDATES && performance.now() - stillSince > 1500) break;
      // Answers that never come (dropped) end the round once nothing has moved for 15 s.
      if (performance.now() - stillSince > 15_000) break;
    }
    const seconds = (stillSince - start) / 1000;
    if (BOT_NODE_FLAGS.length) console.log(`  measured span (monotonic µs): ${monoStart} ${process.hrtime.bigint() / 1000n}`);
    const cpu = bots.reduce((sum, b, i) => sum + cpuSeconds(b.child.pid!) - cpuBefore[i]!, 0);
    const machineAfter = machineSeconds();
    const besideBots = machineAfter.busy - machineBefore.busy - cpu;
    const stolen = machineAfter.steal - machineBefore.steal;
    const machineSpan = (performance.now() - start) / 1000;
    const system = bots.reduce((sum, b, i) => sum + cpuSplit(b.child.pid!).system - systemBefore[i]!, 0);
    const involuntary = bots.reduce((sum, b, i) => sum + switches(b.child.pid!).involuntary - switchesBefore[i]!.involuntary, 0);
    const answers = last - before;
    const threads = new Map<string, number>();
    bots.forEach((b, i) => {
      for (const [name, seconds] of threadSeconds(b.child.pid!)) threads.set(name, (threads.get(name) ?? 0) + seconds - (threadsBefore[i]!.get(name) ?? 0));
    });
    console.log(`  the machine beside the bots: ${((besideBots / machineSpan) * 100).toFixed(0)}% of a core busy (Caddy, PostgreSQL, the load generator, anything else), ${((stolen / machineSpan) * 100).toFixed(0)}% of a core stolen by the hypervisor`);
    console.log(`  by thread, ms an update: ${[...threads].filter(([, seconds]) => seconds > 0).map(([name, seconds]) => `${name} ${((seconds / UPDATES) * 1000).toFixed(2)}`).join(", ")}`);
    if (BOT_NODE_FLAGS.includes("--trace-gc")) {
      // V8's own line per collection: how many of each kind, and the pause they add up to, in the measured span.
      const lines = bots.flatMap((b, i) => b.output().slice(outputBefore[i]).split("\n"));
      const kinds = new Map<string, { count: number; ms: number }>();
      for (const line of lines) {
        const m = /ms: ([A-Za-z-]+)(?: \([\w ]+\))? .*?, ([\d.]+) \/ [\d.]+ ms/.exec(line);
        if (!m) continue;
        const entry = kinds.get(m[1]!) ?? { count: 0, ms: 0 };
        entry.count++;
        entry.ms += Number(m[2]);
        kinds.set(m[1]!, entry);
      }
      console.log(`  collections: ${[...kinds].map(([kind, { count, ms }]) => `${kind} ${count} (${ms.toFixed(0)} ms)`).join(", ")}`);
    }
    await sleep(1100); // the server publishes a backend's counts at most once a second
    // Less the bench's own two readings.
    const transactions = (await dbTransactions(admin)) - transactionsBefore - 2;
    await admin.end();
    if (answers < UPDATES) console.log(`  ${UPDATES - answers} questions got no answer; the bots said:\n${bots.map((b) => b.output().trim().split("\n").slice(-5).join("\n")).join("\n")}`);
    console.log(
      `${instances} instance${instances > 1 ? "s" : " "}: ${UPDATES} updates posted${PACE > 0 ? ` at ${PACE}/s` : ""} in ${(posted / 1000).toFixed(1)} s, ${answers} answers in ${seconds.toFixed(1)} s = ${(UPDATES / seconds).toFixed(1)} updates/s; CPU ${cpu.toFixed(2)} s = ${((cpu / UPDATES) * 1000).toFixed(1)} ms an update, ${((system / UPDATES) * 1000).toFixed(1)} of it in the kernel (idle: ${(idlePerSecond * 1000).toFixed(0)} ms a second a process); ${(transactions / UPDATES).toFixed(1)} database transactions and ${(involuntary / UPDATES).toFixed(1)} preemptions an update`,
    );
    return cpu / UPDATES;
  } finally {
    caddy.kill("SIGTERM");
    for (const b of bots) b.child.kill("SIGTERM");
    await Promise.all(bots.map((b) => new Promise((resolve) => (b.child.exitCode !== null ? resolve(null) : b.child.once("exit", resolve)))));
    await database.drop();
  }
}

// The proxy is part of what is measured: without it there is no figure to give, and the bench says so in one line.
if (spawnSync("caddy", ["version"], { stdio: "ignore" }).error) {
  console.error("bench:scale needs Caddy on PATH (the reverse proxy in front of the bot processes); install it, e.g. apt-get install -y caddy. Nothing measured.");
  process.exit(1);
}
const fake = await startFakeBotApi(TOKEN);
try {
  console.log(`bench:scale — PostgreSQL, webhook mode behind Caddy (round robin), ${UPDATES} questions from ${CHATS} members' chats; bots started with ${START_FLAGS.join(" ") || "no node flags"}; machine load ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
  // A count named more than once ("1,4,1,4,1,4") is measured each time, interleaved so that the machine's drift
  // falls on both alike; the growth is between the medians of the smallest and the largest count.
  const perUpdate = new Map<number, number[]>();
  const perAlt = new Map<number, number[]>();
  for (const name of ROUND_NAMES) {
    const n = Number.parseInt(name, 10);
    const alt = name.endsWith("+");
    if (alt) console.log(`  (with ${[...ALT_FLAGS, ...(ALT_ROOT ? [`the code in ${ALT_ROOT}`] : [])].join(" ")})`);
    const figure = await round(n, fake.apiRoot, () => fake.calls, alt ? ALT_FLAGS : [], alt && ALT_ROOT ? ALT_ROOT : REPO_ROOT);
    const into = alt ? perAlt : perUpdate;
    into.set(n, [...(into.get(n) ?? []), figure]);
  }
  if (perAlt.size > 0) {
    const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(`with ${[...ALT_FLAGS, ...(ALT_ROOT ? [ALT_ROOT] : [])].join(" ")}: ${[...perAlt].sort(([a], [b]) => a - b).map(([n, values]) => `${n}: ${(mid(values) * 1000).toFixed(1)} ms (median of ${values.length})`).join(", ")}`);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const fewest = Math.min(...perUpdate.keys());
  const most = Math.max(...perUpdate.keys());
  const growth = median(perUpdate.get(most)!) / median(perUpdate.get(fewest)!) - 1;
  const medians = [...perUpdate].sort(([a], [b]) => a - b).map(([n, values]) => `${n}: ${(median(values) * 1000).toFixed(1)} ms${values.length > 1 ? ` (median of ${values.length})` : ""}`).join(", ");
  console.log(`CPU per update, ${medians}; from ${fewest} to ${most} instances: ${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(0)}% (target ≤ +20%: ${growth <= 0.2 ? "met" : "NOT met"})`);
} finally {
  await fake.close();
  tmp.remove();
}
