import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { buildCatalogView } from "../app/catalog-view.js";
import { drawChart } from "../app/charts.js";
import { vnDate } from "../core/local-date.js";
import { reply } from "../core/reply.js";
import { createTranslator } from "../infra/i18n.js";
import { createLogger } from "../infra/logger.js";
import { withRuntime } from "./with-runtime.js";

/**
 * `chart "<câu hỏi hoặc tên biểu đồ>" --out chart.png [--svg]`: the chart as a PNG file (or its SVG), and its
 * caption, which states every figure drawn, on stdout.
 */
export async function run(args: string[]): Promise<number> {
  const t = createTranslator();
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: "string" }, svg: { type: "boolean", default: false }, now: { type: "string" } } });
  if (positionals.length === 0 || values.out === undefined) {
    console.error(t("vi", reply("chart-usage")));
    return 2;
  }
  const config = loadConfig(undefined, values.now === undefined ? {} : { now: values.now });
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  return withRuntime(config, logger, async (runtime) => {
    const view = buildCatalogView(await runtime.stores.catalog.loadCatalog());
    const chart = await drawChart(positionals.join(" "), { view, tasks: runtime.stores.tasks, translate: runtime.translate }, vnDate(runtime.clock.now()));
    if (!chart.ok) {
      console.error(chart.text);
      return 1;
    }
    const { renderPng } = await import("../infra/png.js");
    const png = values.svg ? undefined : renderPng(chart.svg);
    writeFileSync(values.out!, png ?? chart.svg);
    process.stdout.write(`${chart.caption}\n`);
    if (png) console.error(t("vi", reply("chart-saved", { file: values.out!, width: png.readUInt32BE(16), height: png.readUInt32BE(20) })));
    return 0;
  });
}
