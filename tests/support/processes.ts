import { spawn } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../../src/db/paths.js";

/** Runs the real commands as separate processes, the way a user (or npm) starts them, from the repository root. */
export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A clean environment: only what a process needs to run, plus the variables a test sets. Blank values
 * override whatever a developer's .env holds (the config treats blank as unset).
 */
export function cleanEnv(vars: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = ["PATH", "HOME", "TMPDIR", "LANG", "SYSTEMROOT"];
  const base = Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]!]));
  return {
    ...base,
    NODE_NO_WARNINGS: "1",
    DATABASE_URL: "",
    NOW: "",
    DEMO_DATA: "",
    LOG_LEVEL: "",
    TELEGRAM_BOT_TOKEN: "",
    ZALO_BOT_TOKEN: "",
    ...vars,
  };
}

export function runProcess(
  command: string,
  args: readonly string[],
  options: { env?: Record<string, string>; stdin?: string; timeoutMs?: number } = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env: cleanEnv(options.env), stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${command} ${args.join(" ")} did not finish in ${options.timeoutMs ?? 30_000} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.stdin ?? "");
  });
}

/** `node src/run.mjs cli <args>`: what `npm run ask|seed|db:migrate` run, without npm's own start-up. */
export function cli(args: readonly string[], options: { env?: Record<string, string>; stdin?: string; timeoutMs?: number } = {}) {
  return runProcess(process.execPath, [path.join(REPO_ROOT, "src/run.mjs"), "cli", ...args], options);
}

/** `npm run <script> -- <args>`, silent, so stdout is the command's own output. */
export function npmRun(script: string, args: readonly string[], options: { env?: Record<string, string>; stdin?: string; timeoutMs?: number } = {}) {
  return runProcess("npm", ["run", "--silent", script, "--", ...args], options);
}
