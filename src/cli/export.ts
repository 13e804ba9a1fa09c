import { existsSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { exportReport, type ExportFormat } from "../app/exports/index.js";
import { loadConfig } from "../config.js";
import { parseDay } from "../core/exports/index.js";
import { vnDate } from "../core/local-date.js";
import { reply } from "../core/reply.js";
import { openDatabase } from "../db/database.js";
import { createExportStore } from "../db/stores/export-store.js";
import { createTranslator } from "../infra/i18n.js";

const USAGE = `usage: npm run export -- --format xlsx|docx [--plan "<mã hoặc tên kế hoạch>"] [--as-of 25/7/2023] [--out <tệp>] [--force]`;

/**
 * `export --format xlsx|docx`: the report of one plan (--plan) or of every active plan, as of a day (--as-of;
 * by default today, or the demo meeting's day with the demo clock), written to --out or to a file named after
 * the plans and the day. Never over an existing file unless --force. Exit 0 when written, 1 when the data
 * does not allow it (an unknown plan), 2 for a wrong command line.
 */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        format: { type: "string" },
        plan: { type: "string" },
        "as-of": { type: "string" },
        out: { type: "string" },
        force: { type: "boolean", default: false },
        now: { type: "string" },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values } = parsed;
  const format = values.format?.toLowerCase();
  if (format !== "xlsx" && format !== "docx") {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig(undefined, values.now === undefined ? {} : { now: values.now });
  const translate = createTranslator();
  const locale = config.defaultLocale;
  let asOf = vnDate(config.now ?? (config.seedDemoData ? config.demoNow : new Date()));
  if (values["as-of"] !== undefined) {
    const day = parseDay(values["as-of"]);
    if (day === undefined) {
      console.error(translate(locale, reply("export-bad-date", { date: values["as-of"] })));
      return 2;
    }
    asOf = day;
  }
  if (values.out !== undefined && !values.out.toLowerCase().endsWith(`.${format}`)) {
    console.error(`--out: tên tệp cần đuôi .${format} / the file must end in .${format}`);
    return 2;
  }
  const database = await openDatabase(config.database);
  try {
    const result = await exportReport(createExportStore(database.db), translate, {
      format: format as ExportFormat,
      ...(values.plan === undefined ? {} : { plan: values.plan }),
      asOf,
      locale,
    });
    if (!result.ok) {
      console.error(translate(locale, result.reply));
      return 1;
    }
    const target = values.out ?? result.file.name;
    if (existsSync(target) && !values.force) {
      console.error(`Tệp đã có, không ghi đè (thêm --force để ghi đè) / will not overwrite without --force: ${target}`);
      return 1;
    }
    writeFileSync(target, result.file.bytes);
    process.stdout.write(`${translate(locale, result.summary)}\n${translate(locale, reply("export-saved", { file: target }))}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
