import { readFileSync } from "node:fs";
import { parseDemoFile } from "../../../src/app/demo-file.js";
import type { MetricDefinition } from "../../../src/core/kpi-extract/index.js";
import { DEMO_DATA_PATH } from "../../../src/db/paths.js";

/** The demo file's metrics, as the database holds them after `seed --demo`. */
export const demo = parseDemoFile(readFileSync(DEMO_DATA_PATH, "utf8"), DEMO_DATA_PATH);
export const METRICS: MetricDefinition[] = demo.metrics.map((m) => ({
  key: m.key,
  name: m.name,
  aliases: m.aliases ?? [],
  excludes: m.excludes ?? [],
  requires: m.requires ?? [],
  measure: m.measure,
}));
