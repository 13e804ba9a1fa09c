import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { formatDate, formatDecimal, formatPercent, formatPeriod, formatVnd, type Locale } from "../core/format.js";
import { extractKpiValues, type ExtractedValue } from "../core/kpi-extract/index.js";
import { vnDate } from "../core/local-date.js";
import { reply, type Reply } from "../core/reply.js";
import { createTranslator } from "../infra/i18n.js";
import { createLogger } from "../infra/logger.js";
import { withRuntime } from "./with-runtime.js";
import { runHistory, runImport, runSet } from "./kpi-record.js";

/** The order and names of the fields of a `--json` line (issue #12, item 3). */
const JSON_FIELDS = ["metric", "name", "scope", "unit", "value", "measure", "kind", "qualifier", "periodFrom", "periodTo", "asOf", "sentence"] as const;

/**
 * `kpi extract <file.txt|file.docx> [--json]`: the KPI values a report states, each with its sentence, for a
 * person to check; nothing is recorded. The metric catalogue comes from the database the bot answers from
 * (through the runtime, as `ask` does), so the metric keys printed are those a later `kpi set` records against,
 * including metrics added after the demo file. `set`, `import` and `history` record and show values (kpi-record.ts).
 */
export async function run(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const t = createTranslator();
  const say = (key: string | Reply, params?: Record<string, string | number>) => t("vi", typeof key === "string" ? reply(key, params) : key);
  const records = { set: runSet, import: runImport, history: runHistory } as const;
  if (command === "set" || command === "import" || command === "history") {
    const now = parseArgs({ args: rest, allowPositionals: true, strict: false, options: { now: { type: "string" } } }).values.now;
    const config = loadConfig(undefined, typeof now === "string" ? { now } : {});
    const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
    return withRuntime(config, logger, (runtime) => records[command](runtime, rest, say));
  }
  if (command !== "extract") {
    console.error(say("kpi-usage"));
    return 2;
  }
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: "boolean", default: false }, now: { type: "string" } } });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    console.error(say("kpi-extract-usage"));
    return 2;
  }
  const text = await readReport(file);
  if (typeof text !== "string") {
    console.error(say(text.error, { file }));
    return 1;
  }
  const config = loadConfig(undefined, values.now === undefined ? {} : { now: values.now });
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  return withRuntime(config, logger, async (runtime) => {
    const { metrics } = await runtime.stores.catalog.loadCatalog();
    const found = extractKpiValues(text, { metrics, referenceDate: vnDate(runtime.clock.now()) });
    if (values.json) {
      for (const value of found) process.stdout.write(`${JSON.stringify(Object.fromEntries(JSON_FIELDS.map((f) => [f, value[f]])))}\n`);
      return 0;
    }
    const name = path.basename(file);
    if (found.length === 0) {
      process.stdout.write(`${say("kpi-extract-none", { file: name })}\n`);
      return 0;
    }
    const lines = [say("kpi-extract-header", { count: found.length, file: name })];
    found.forEach((value, i) => lines.push(...describe(value, i + 1).map((r) => t("vi", r))));
    process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  });
}

/** The text of a .txt (UTF-8) or a .docx (through mammoth); an error key when it is missing or neither. */
async function readReport(file: string): Promise<string | { error: string }> {
  if (!existsSync(file) || !statSync(file).isFile()) return { error: "kpi-extract-missing-file" };
  if (/\.docx$/i.test(file)) {
    try {
      const mammoth = await import("mammoth");
      return (await mammoth.default.extractRawText({ path: file })).value;
    } catch {
      return { error: "kpi-extract-not-text" };
    }
  }
  const bytes = readFileSync(file);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // A NUL byte or other control characters: a binary file that happens to decode.
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? { error: "kpi-extract-not-text" } : text;
  } catch {
    return { error: "kpi-extract-not-text" };
  }
}

function describe(value: ExtractedValue, n: number): Reply[] {
  const locale: Locale = "vi";
  const when = value.periodFrom && value.periodTo
    ? reply("kpi-extract-period", { period: formatPeriod(value.periodFrom, value.periodTo, locale) })
    : value.asOf
      ? reply("kpi-extract-as-of", { date: formatDate(value.asOf, locale) })
      : undefined;
  const name = value.metric === null ? reply("kpi-extract-unknown-metric", { name: value.name }) : value.name;
  return [
    reply("kpi-extract-line", {
      n,
      name,
      scope: reply("kpi-extract-scope", { scope: value.scope, unit: value.unit ?? "" }),
      kind: value.kind,
      value: reply("metric-amount", { qualifier: value.qualifier, amount: amount(value) }),
      when: when ?? "",
    }),
    reply("kpi-extract-source", { sentence: value.sentence }),
  ];
}

function amount(value: ExtractedValue): string | Reply {
  switch (value.measure) {
    case "percent":
      return formatPercent(value.value, "vi");
    case "vnd":
      return formatVnd(String(value.value), "vi");
    case "rank":
      return reply("kpi-extract-rank", { rank: value.value });
    case "score":
      return reply("kpi-extract-score", { score: formatDecimal(value.value, "vi") });
    default:
      return formatDecimal(value.value, "vi");
  }
}
