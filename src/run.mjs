// Starts the bot or one of its commands from a bundle of src/, rebuilding the bundle first when any source
// file is newer than it. Loading one bundled file takes Node a few milliseconds, where compiling the
// TypeScript sources (the generated Prisma client alone is thousands of lines) on every start takes most
// of a second: this keeps `npm start` and `npm run ask` fast without a separate build step to forget.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, utimesSync, writeFileSync } from "node:fs";
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

export async function ensureBundle() {
  const built = existsSync(stampFile) ? statSync(stampFile).mtimeMs : 0;
  // Taken before building: a source saved while the bundle builds is newer than the stamp and triggers the next build.
  const sources = Math.max(newestSource(path.join(root, "src")), statSync(path.join(root, "package.json")).mtimeMs);
  if (built >= sources) return;
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

const [name = "main", ...rest] = process.argv.slice(2);
if (!(name in entries)) {
  console.error(`unknown entry ${name}; expected one of ${Object.keys(entries).join(", ")}`);
  process.exit(2);
}
await ensureBundle();
process.argv = [process.argv[0], path.join(outdir, `${name}.js`), ...rest];
await import(pathToFileURL(path.join(outdir, `${name}.js`)).href);
