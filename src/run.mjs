// Starts the bot or one of its commands from a bundle of src/, building it first when any source file is
// newer than it: type-check (type errors stop here, before anything runs), then bundle. Loading one bundled
// file takes Node a few milliseconds, where compiling the TypeScript sources (the generated Prisma client
// alone is thousands of lines) on every start takes most of a second. `node src/run.mjs --build` (npm run
// build) builds whether or not anything changed.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { NODE_BUNDLE } from "./bundle-options.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entries = { main: "src/main.ts", cli: "src/cli.ts" };
const outdir = path.join(root, "dist");
const stampFile = path.join(outdir, "main.js");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The type checker over src/ (incremental: a few seconds after the first run); its report when it fails. */
function typeErrors() {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  } catch {
    // An install without the dev dependencies (npm ci --omit=dev): bundled unchecked, as `npm run build` checked it.
    console.error("typescript chưa cài: bỏ qua kiểm tra kiểu / typescript is not installed: type check skipped");
    return undefined;
  }
  const result = spawnSync(process.execPath, [tsc, "--noEmit", "-p", path.join(root, "tsconfig.src.json")], { cwd: root, encoding: "utf8" });
  return result.status === 0 ? undefined : result.stdout + result.stderr;
}

/**
 * Several commands may start at once (tests, a second terminal): one builds while the others wait, then
 * find the bundle fresh. A folder is the lock (mkdir is atomic) and holds the builder's pid: a lock whose
 * process is gone (killed, Ctrl-C) is taken over at once, and a build stopped by Ctrl-C removes its own.
 */
async function underBuildLock(work) {
  const lock = path.join(outdir, ".build-lock");
  const owner = path.join(lock, "pid");
  mkdirSync(outdir, { recursive: true });
  // Waiting is silent: stderr belongs to the command (`ask` prints nothing there when all is well).
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(owner, String(process.pid));
      break;
    } catch {
      if (lockIsAbandoned(lock, owner)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const release = () => {
    if (existsSync(owner) && readFileSync(owner, "utf8") === String(process.pid)) rmSync(lock, { recursive: true, force: true });
  };
  const interrupted = () => {
    release();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    return await work();
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    release();
  }
}

/** The lock's process no longer runs, or it never wrote its pid within a few seconds of taking the lock. */
function lockIsAbandoned(lock, owner) {
  if (!existsSync(lock)) return false;
  if (!existsSync(owner)) return Date.now() - statSync(lock).mtimeMs > 5000;
  const pid = Number(readFileSync(owner, "utf8"));
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return error.code === "ESRCH";
  }
}

export async function ensureBundle({ force = false } = {}) {
  const isFresh = (sources) => !force && existsSync(stampFile) && statSync(stampFile).mtimeMs >= sources;
  const newest = () => Math.max(newestSource(path.join(root, "src")), statSync(path.join(root, "package.json")).mtimeMs);
  if (isFresh(newest())) return;
  const errors = await underBuildLock(async () => {
    // Taken before building: a source saved while the bundle builds is newer than the stamp and triggers the next build.
    const sources = newest();
    if (isFresh(sources)) return undefined;
    const found = typeErrors();
    if (found !== undefined) return found;
    await bundle(sources);
    force = false;
    return undefined;
  });
  if (errors !== undefined) {
    process.stderr.write(errors);
    console.error("Lỗi kiểu dữ liệu trong src/, chưa chạy gì / type errors in src/ (above): nothing was started");
    process.exit(1);
  }
}

async function bundle(sources) {
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entries)),
    outdir,
    ...NODE_BUNDLE,
    splitting: true,
    write: false,
  });
  // Several commands may start at once (tests, a second terminal) while another one is loading the bundle:
  // every file is written under a temporary name and renamed into place, chunks first, the entry points next,
  // and the stamp (main.js) last, so that no process ever imports a half-written or mismatched file.
  mkdirSync(outdir, { recursive: true });
  const entryFiles = new Set(Object.keys(entries).flatMap((entry) => [`${entry}.js`, `${entry}.js.map`].map((f) => path.join(outdir, f))));
  const order = (file) => (file === stampFile ? 2 : entryFiles.has(file) ? 1 : 0);
  const outputs = [...result.outputFiles].sort((a, b) => order(a.path) - order(b.path));
  for (const output of outputs) {
    const temporary = `${output.path}.${process.pid}.tmp`;
    writeFileSync(temporary, output.contents);
    renameSync(temporary, output.path);
  }
  // Timestamps go through seconds as floating point: 2 ms of margin keep the stamp at or after the sources it was built from.
  const stamp = (Math.ceil(sources) + 2) / 1000;
  utimesSync(stampFile, stamp, stamp);
}

if (process.argv[2] === "--build") {
  await ensureBundle({ force: true });
  console.log("built: dist/main.js, dist/cli.js");
  process.exit(0);
}
const [name = "main", ...rest] = process.argv.slice(2);
if (!(name in entries)) {
  console.error(`unknown entry ${name}; expected one of ${Object.keys(entries).join(", ")}`);
  process.exit(2);
}
await ensureBundle();
process.argv = [process.argv[0], path.join(outdir, `${name}.js`), ...rest];
await import(pathToFileURL(path.join(outdir, `${name}.js`)).href);
