// npm run bench:startup — how fast the bot starts and answers on the embedded database with the demo data.
// Figures: cold start to "ready" (a new SQLite file: migrations and demo data; then a restart on that file),
// one `ask` process end to end, and resident memory after start. Targets: ≤ 1,5 s, ≤ 1 s, ≤ 150 MB.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const runs = Number(process.env.RUNS ?? 5);

interface Started {
  ms: number;
  rssMb: number;
}

function startUntilReady(env: NodeJS.ProcessEnv): Promise<Started> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(root, "dist/main.js")], { cwd: root, env, stdio: ["pipe", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      if (err.includes('"msg":"ready"')) {
        const ms = performance.now() - t0;
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        child.kill("SIGTERM");
        resolve({ ms, rssMb: rssKb / 1024 });
      }
    });
    child.on("exit", (code) => {
      if (!err.includes('"msg":"ready"')) reject(new Error(`bot exited with ${code} before ready:\n${err}`));
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function fmt(ms: number): string {
  return `${(ms / 1000).toFixed(2).replace(".", ",")} s`;
}

// Build the bundle first, so that no run pays for it.
spawnSync(process.execPath, [path.join(root, "src/run.mjs"), "cli", "migrate"], { cwd: root, env: { ...process.env, DATABASE_URL: `file:${mkdtempSync(path.join(tmpdir(), "nv-bench-"))}/warm.db` } });

const fresh: Started[] = [];
const restart: Started[] = [];
const asks: number[] = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(path.join(tmpdir(), "nv-bench-"));
  const env = { ...process.env, DATABASE_URL: `file:${dir}/bot.db`, LOG_LEVEL: "info", NOW: "" };
  fresh.push(await startUntilReady(env));
  restart.push(await startUntilReady(env));
  const t0 = performance.now();
  const ask = spawnSync(process.execPath, [path.join(root, "dist/cli.js"), "ask", "tiến độ kế hoạch CCHC năm 2023"], { cwd: root, env, encoding: "utf8" });
  asks.push(performance.now() - t0);
  if (!ask.stdout.includes("14/43")) throw new Error(`ask gave: ${ask.stdout}${ask.stderr}`);
  rmSync(dir, { recursive: true, force: true });
}

console.log(`startup bench, ${runs} runs each, median (min–max)`);
const line = (label: string, values: number[], target: string) =>
  console.log(`${label.padEnd(44)} ${fmt(median(values))} (${fmt(Math.min(...values))}–${fmt(Math.max(...values))})  target ${target}`);
line("cold start to ready, new SQLite file + demo", fresh.map((s) => s.ms), "≤ 1,5 s");
line("cold start to ready, existing SQLite file", restart.map((s) => s.ms), "≤ 1,5 s");
line("ask process end to end (node dist/cli.js)", asks, "≤ 1 s");
console.log(`${"resident memory after start".padEnd(44)} ${median(restart.map((s) => s.rssMb)).toFixed(0)} MB (fresh start ${median(fresh.map((s) => s.rssMb)).toFixed(0)} MB)  target ≤ 150 MB`);
