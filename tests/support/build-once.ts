import { execFileSync } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../../src/db/paths.js";

/**
 * Global setup: type-checks and bundles src/ once (`npm run build`) before any test file runs. The tests that
 * start the bot's commands as processes would otherwise build it in their first command, racing one another
 * and their own 30 s limits on a busy machine (a fresh clone has no bundle yet).
 */
export default function buildOnce(): void {
  execFileSync(process.execPath, [path.join(REPO_ROOT, "src/run.mjs"), "--build"], { cwd: REPO_ROOT, stdio: ["ignore", "ignore", "inherit"], timeout: 600_000 });
}
