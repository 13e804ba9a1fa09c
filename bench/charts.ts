// npm run bench:charts — the four charts (online rate by level, activations against the target, plan progress
// by unit, a KPI's trend) drawn from the demo database and rendered to PNG with the shipped font, as
// `npm run chart` and the bot do. Figures: the first chart (font loading included), then the median and the
// slowest of 20 rounds after warm-up per chart (target: median ≤ 150 ms), the machine's load (the slowest
// round follows it) and the process's memory.
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { buildCatalogView } from "../src/app/catalog-view.js";
import { drawChart } from "../src/app/charts.js";
import { loadDemoData } from "../src/composition/runtime.js";
import { openDatabase } from "../src/db/database.js";
import { createCatalogStore } from "../src/db/stores/catalog-store.js";
import { createTaskStore } from "../src/db/stores/task-store.js";
import { createTranslator } from "../src/infra/i18n.js";
import { renderPng } from "../src/infra/png.js";

const dir = mkdtempSync(path.join(tmpdir(), "nhacviec-bench-charts-"));
const database = await openDatabase({ provider: "sqlite", file: path.join(dir, "bench.db") });
await loadDemoData(database);
const view = buildCatalogView(await createCatalogStore(database.db).loadCatalog());
const deps = { view, tasks: createTaskStore(database.db), translate: createTranslator() };
const today = "2023-07-25";
const requests = ["biểu đồ tỷ lệ trực tuyến theo cấp", "biểu đồ kích hoạt tài khoản định danh so với chỉ tiêu", "biểu đồ tiến độ các đơn vị", "biểu đồ xu hướng tỷ lệ hồ sơ trực tuyến"];

async function once(request: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const chart = await drawChart(request, deps, today);
  if (!chart.ok) throw new Error(`${request}: ${chart.text}`);
  const png = renderPng(chart.svg);
  return { ms: performance.now() - start, bytes: png.length };
}

const first = await once(requests[0]!);
console.log(`first chart (font loaded): ${first.ms.toFixed(1)} ms`);
let worst = 0;
let worstMedian = 0;
for (const request of requests) {
  for (let i = 0; i < 3; i++) await once(request);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 20; i++) {
    const r = await once(request);
    times.push(r.ms);
    bytes = r.bytes;
  }
  times.sort((a, b) => a - b);
  worst = Math.max(worst, times.at(-1)!);
  worstMedian = Math.max(worstMedian, times[10]!);
  console.log(`${request}: median ${times[10]!.toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(1)} ms, PNG ${(bytes / 1024).toFixed(0)} KB`);
}
(globalThis as { gc?: () => void }).gc?.();
const mem = process.memoryUsage();
console.log(`memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB, external ${(mem.external / 2 ** 20).toFixed(0)} MB`);
console.log(`load average ${loadavg()[0]!.toFixed(1)}; slowest round ${worst.toFixed(1)} ms`);
console.log(`slowest median after warm-up: ${worstMedian.toFixed(1)} ms (target ≤ 150 ms): ${worstMedian <= 150 ? "ok" : "TOO SLOW"}`);
await database.close();
rmSync(dir, { recursive: true, force: true });
process.exit(worstMedian <= 150 ? 0 : 1);
