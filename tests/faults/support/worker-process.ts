import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../../../src/db/paths.js";

/** A dispatch-worker.ts process: its output, and when it has exited (with the signal that ended it, if any). */
export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startWorker(database: string, apiRoot: string, leaseMs?: number, budget: "own" | "shared" = "own"): WorkerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, "tests/faults/support/dispatch-worker.ts"), database, apiRoot, leaseMs ? String(leaseMs) : "-", budget], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_NO_WARNINGS: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}
