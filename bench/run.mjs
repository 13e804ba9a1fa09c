// Runs a benchmark the way the bot runs: bundled by esbuild (as src/run.mjs bundles the bot), not through
// tsx. tsx keeps function names by wrapping every closure it creates in a helper, which made the hot paths
// measure 40–70% slower than the code the bot actually executes. Usage: node bench/run.mjs <name> [node flags…] [-- arguments…]
// The bundle is written next to the script (bench/<name>.built.mjs, ignored by git) so that paths relative to
// the script (the Zalo load worker) still resolve.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { NODE_BUNDLE } from "../src/bundle-options.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
// Arguments after "--" go to the benchmark itself (e.g. node bench/run.mjs scale -- 600 1,4).
const [name, ...rest] = process.argv.slice(2);
const split = rest.indexOf("--");
const nodeFlags = split < 0 ? rest : rest.slice(0, split);
const scriptArgs = split < 0 ? [] : rest.slice(split + 1);
if (!name) {
  console.error("usage: node bench/run.mjs <name> [node flags…] [-- benchmark arguments…]");
  process.exit(2);
}
if (!existsSync(path.join(here, `${name}.ts`))) {
  console.error(`no benchmark bench/${name}.ts`);
  process.exit(2);
}
const outfile = path.join(here, `${name}.built.mjs`);
await build({
  entryPoints: [path.join(here, `${name}.ts`)],
  outfile,
  ...NODE_BUNDLE,
});
const result = spawnSync(process.execPath, ["--enable-source-maps", ...nodeFlags, outfile, ...scriptArgs], { stdio: "inherit" });
process.exit(result.status ?? 1);
