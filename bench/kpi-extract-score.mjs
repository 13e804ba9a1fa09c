// Precision and recall of KPI extraction (issue #12, item 3) on the report texts of tests/fixtures/kpi-reports/,
// per text and overall, for the tuned set and the held-out set apart, and the seed report first.
// Usage: node bench/kpi-extract-score.mjs [--show] — --show prints what was missed, extra or wrong per text.
// The TypeScript is bundled in memory with esbuild, as src/run.mjs bundles the bot, so the code scored is the code run.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { NODE_BUNDLE } from "../src/bundle-options.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const show = process.argv.includes("--show");
const entry = `
export { extractKpiValues } from "./src/core/kpi-extract/index.ts";
export { scoreExtraction, ratio } from "./src/core/kpi-extract/score.ts";
export { parseDemoFile } from "./src/app/demo-file.ts";`;
// Next to this script (ignored by git, as bench/run.mjs does), so that the bundle's packages resolve from node_modules.
const outfile = path.join(root, "bench/kpi-extract-score.built.mjs");
await build({ ...NODE_BUNDLE, stdin: { contents: entry, resolveDir: root, loader: "ts" }, outfile, sourcemap: false });
const { extractKpiValues, scoreExtraction, ratio, parseDemoFile } = await import(pathToFileURL(outfile).href);

const demoPath = path.join(root, "prisma/demo/quang-nam-2023.yaml");
const metrics = parseDemoFile(readFileSync(demoPath, "utf8"), demoPath).metrics.map((m) => ({ ...m, excludes: m.excludes ?? [], requires: m.requires ?? [], aliases: m.aliases ?? [] }));
const pct = (x) => `${(x * 100).toFixed(1)}%`;

function scoreSet(name) {
  const dir = path.join(root, "tests/fixtures/kpi-reports", name);
  const totals = { expected: 0, found: 0, figureHits: 0, fullHits: 0 };
  console.log(`\n${name}: text — figures P / R — all fields P / R (expected, found)`);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const text = readFileSync(path.join(dir, file), "utf8");
    const expected = readFileSync(path.join(dir, file.replace(/\.txt$/, ".expected.jsonl")), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
    const found = extractKpiValues(text, { metrics });
    const s = scoreExtraction(expected, found);
    for (const k of Object.keys(totals)) totals[k] += s[k];
    console.log(`  ${file.padEnd(36)} ${pct(ratio(s.figureHits, s.found)).padStart(6)} / ${pct(ratio(s.figureHits, s.expected)).padStart(6)} — ${pct(ratio(s.fullHits, s.found)).padStart(6)} / ${pct(ratio(s.fullHits, s.expected)).padStart(6)} (${s.expected}, ${s.found})`);
    if (show) {
      for (const m of s.missed) console.log(`      missed ${JSON.stringify(m)}`);
      for (const x of s.extra) console.log(`      extra  ${JSON.stringify({ ...x, sentence: undefined })}`);
      for (const w of s.wrongFields) console.log(`      wrong  ${w.fields.join(",")}: ${JSON.stringify(w.expected)} → ${JSON.stringify({ ...w.found, sentence: undefined })}`);
    }
  }
  console.log(`  ${"overall".padEnd(36)} ${pct(ratio(totals.figureHits, totals.found)).padStart(6)} / ${pct(ratio(totals.figureHits, totals.expected)).padStart(6)} — ${pct(ratio(totals.fullHits, totals.found)).padStart(6)} / ${pct(ratio(totals.fullHits, totals.expected)).padStart(6)} (${totals.expected}, ${totals.found})`);
}

scoreSet("tuned");
if (process.argv.includes("--held-out")) scoreSet("held-out");
