// npm run bench:nlu — accuracy per intent on the labelled corpus, and the latency of understanding alone and of
// handleMessage end to end (p50, p99 over 10.000 questions) on the demo data and on a dataset the size of all 34
// provinces. Targets: understanding p50 ≤ 1 ms; end to end with the database p99 ≤ 10 ms on the scaled data.
import { createCatalogStore } from "../src/db/stores/catalog-store.js";
import { buildUnderstandingIndex } from "../src/core/understand/index-build.js";
import { understand } from "../src/core/understand/understand.js";
import { freshSqlite } from "../tests/support/databases.js";
import { demoApp, message } from "../tests/support/demo-app.js";
import { accuracyByIntent, loadCorpus, scoreCorpus } from "../tests/nlu/corpus.js";
import { addScaledData } from "./scaled-data.js";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../src/db/paths.js";
// @ts-expect-error: a plain ES module script, also run on its own, without type declarations.
import { scoreQuestions, summary } from "./score-questions.mjs";

const QUESTIONS = Number(process.env.QUESTIONS ?? 10_000);
const corpus = loadCorpus();

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function ms(value: number): string {
  return `${value.toFixed(3).replace(".", ",")} ms`;
}

async function measure(label: string, scale: boolean): Promise<void> {
  const db = await freshSqlite({ demo: true });
  try {
    if (scale) {
      const t0 = performance.now();
      if (db.target.provider !== "sqlite") throw new Error("the scaled dataset is written to SQLite");
      const figures = addScaledData(db.target.file);
      console.log(`\n${label}: ${figures.units.toLocaleString("vi-VN")} units, ${figures.tasks.toLocaleString("vi-VN")} tasks, ${figures.metricValues.toLocaleString("vi-VN")} KPI values (generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    } else {
      console.log(`\n${label}`);
    }
    const app = await demoApp(db.database);
    const index = buildUnderstandingIndex(await createCatalogStore(db.database.db).loadCatalog());
    // ONLY="<question>" measures that one question (to profile it).
    const texts = process.env.ONLY ? [process.env.ONLY] : corpus.map((e) => e.text);
    // Warm up the query compiler and the JIT on every kind of question first.
    for (const text of texts) await app.handleMessage(message(text, "warm"));

    const understanding: number[] = [];
    for (let i = 0; i < QUESTIONS; i++) {
      const t0 = performance.now();
      understand(texts[i % texts.length]!, index, { today: "2023-07-25" });
      understanding.push(performance.now() - t0);
    }
    const endToEnd: number[] = [];
    const slowest = new Map<string, number>();
    for (let i = 0; i < QUESTIONS; i++) {
      const t0 = performance.now();
      const text = texts[i % texts.length]!;
      await app.handleMessage(message(text, `chat-${i % 50}`));
      const took = performance.now() - t0;
      endToEnd.push(took);
      slowest.set(text, Math.max(slowest.get(text) ?? 0, took));
    }
    // SLOWEST=10 npm run bench:nlu names the questions that set the p99.
    const show = Number(process.env.SLOWEST ?? 0);
    for (const [text, took] of [...slowest].sort((a, b) => b[1] - a[1]).slice(0, show)) console.log(`    ${ms(took)}  ${text}`);
    understanding.sort((a, b) => a - b);
    endToEnd.sort((a, b) => a - b);
    console.log(`  understanding alone      p50 ${ms(percentile(understanding, 50))}  p99 ${ms(percentile(understanding, 99))}   (target p50 ≤ 1 ms)`);
    console.log(`  handleMessage end to end p50 ${ms(percentile(endToEnd, 50))}  p99 ${ms(percentile(endToEnd, 99))}   (target p99 ≤ 10 ms on the scaled data)`);
  } finally {
    await db.cleanup();
  }
}

// PART=latency skips the accuracy part (when profiling the latency, e.g. with --cpu-prof).
const latencyOnly = process.env.PART === "latency";
if (!latencyOnly) {
  const db = await freshSqlite({ demo: true });
  const scored = await scoreCorpus(await demoApp(db.database), corpus);
  await db.cleanup();
  console.log(`accuracy on the labelled corpus (${corpus.length} messages):`);
  for (const row of accuracyByIntent(scored)) {
    console.log(`  ${row.intent.padEnd(14)} ${String(row.right).padStart(3)}/${String(row.total).padEnd(3)} ${(row.accuracy * 100).toFixed(1).replace(".", ",")}%`);
  }
  const right = scored.filter((s) => s.ok).length;
  console.log(`  overall        ${right}/${scored.length} ${((right / scored.length) * 100).toFixed(2).replace(".", ",")}%`);

  // Beside the corpus (which the bot was tuned on), the questions written blind: the figure that counts is that of
  // the newest file, measured before anyone read its misses (tests/fixtures/blind/README.md).
  console.log("\nquestions written blind (tests/fixtures/blind), right / wrong:");
  const blindDir = path.join(REPO_ROOT, "tests/fixtures/blind");
  for (const file of readdirSync(blindDir).filter((f) => f.endsWith(".jsonl")).sort()) {
    console.log(`  ${summary(file, scoreQuestions(path.join(blindDir, file)))}`);
  }
  const shared = path.resolve(REPO_ROOT, "../shared/eval/questions-2023.jsonl");
  if (existsSync(shared)) console.log(`  ${summary("../shared/eval/questions-2023.jsonl", scoreQuestions(shared))}`);
  await measure(`latency over ${QUESTIONS.toLocaleString("vi-VN")} questions, demo data (SQLite)`, false);
}

await measure(`latency over ${QUESTIONS.toLocaleString("vi-VN")} questions, scaled data (SQLite)`, true);
