import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  MAX_IMPORT_BYTES,
  applyPlanImport,
  changeJson,
  checkFile,
  countsOf,
  describeChange,
  describeOptions,
  describeProblem,
  planTemplate,
  previewPlanImport,
  problemJson,
  summaryLines,
} from "../app/plan-import/index.js";
import { type Config, loadConfig } from "../config.js";
import type { Locale } from "../core/format.js";
import type { Problem } from "../core/plan-import/index.js";
import { openDatabase } from "../db/database.js";
import { createPlanImportStore } from "../db/stores/plan-import-store.js";
import { reply } from "../core/reply.js";
import { createTranslator } from "../infra/i18n.js";

const USAGE = `usage: npm run import -- <kế-hoạch.xlsx|.csv|.docx> [--plan "<tên hoặc mã kế hoạch>"] [--dry-run] [--json] [--skip-errors]
                      [--year <năm>] [--secretariat "<đơn vị>"]
       npm run import -- --template <mẫu.xlsx>`;

/** Task lines printed without --json; the rest are counted (--json lists every task). */
const SHOWN = 40;

/**
 * `import <file>`: a plan's tasks from .xlsx, .csv or the task table of a .docx. Prints what the import does
 * (with --dry-run: would do) task by task, and every problem with its row and column; writes in one
 * transaction, and nothing when the file has errors unless --skip-errors. Exit 0 when done (or the dry run
 * found nothing wrong), 1 when something is wrong with the file or its rows, 2 for a wrong command line.
 */
export async function importPlan(args: string[]): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args,
      allowPositionals: true,
      options: {
        plan: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        "skip-errors": { type: "boolean", default: false },
        year: { type: "string" },
        secretariat: { type: "string" },
        template: { type: "string" },
        now: { type: "string" },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = options;
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) {
    console.error(`--year: cần năm như 2024 / expected a year such as 2024 (got "${values.year}")`);
    return 2;
  }
  const config = loadConfig(undefined, values.now === undefined ? {} : { now: values.now });
  const locale: Locale = config.defaultLocale;
  const translate = createTranslator();
  const now = config.now ?? new Date();

  if (values.template !== undefined) return writeTemplate(values.template, year ?? Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(now)), config);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const name = path.basename(file);
  if (!existsSync(file) || !statSync(file).isFile()) {
    console.error(`Không tìm thấy tệp / file not found: ${file}`);
    return 1;
  }
  // The size is checked before a byte is read: a 50 MB file is refused, not parsed.
  const size = statSync(file).size;
  if (size > MAX_IMPORT_BYTES) {
    const tooLarge = checkFile(name, size, new Uint8Array());
    if ("problem" in tooLarge) {
      report([tooLarge.problem], values.json, locale);
      return 1;
    }
  }
  const bytes = new Uint8Array(readFileSync(file));

  const database = await openDatabase(config.database);
  try {
    const store = createPlanImportStore(database.db, database.provider);
    const preview = await previewPlanImport(store, {
      file: { name, bytes },
      ...(values.plan === undefined ? {} : { plan: values.plan }),
      ...(year === undefined ? {} : { year }),
      ...(values.secretariat === undefined ? {} : { secretariat: values.secretariat }),
    });
    // The file could not be read as a plan: its one line says why, and that is all.
    if (preview.plan === null) {
      report(preview.problems, values.json, locale);
      return 1;
    }
    const describe = describeOptions(preview, locale, translate);
    const counts = countsOf(preview);
    const json = values.json;
    const out = (line: string) => process.stdout.write(`${line}\n`);
    if (json) {
      for (const change of preview.changes) out(JSON.stringify(changeJson(change, preview.unitNames)));
      for (const p of preview.problems) out(JSON.stringify(problemJson(p, describe)));
    } else {
      for (const line of summaryLines(preview)) out(translate(locale, line));
      for (const p of preview.problems) (p.severity === "error" ? console.error : out)(describeProblem(p, describe));
      const moving = preview.changes.filter((c) => c.action !== "unchanged");
      for (const change of moving.slice(0, SHOWN)) out(translate(locale, describeChange(change, preview.unitNames)));
      if (moving.length > SHOWN) out(translate(locale, reply("plan-import-more-tasks", { count: moving.length - SHOWN })));
    }
    const summary = (extra: Record<string, unknown>) => json && out(JSON.stringify({ type: "summary", file: name, plan: preview.plan && { code: preview.plan.code, name: preview.plan.name, new: preview.plan.id === null }, ...counts, dryRun: values["dry-run"], ...extra }));
    const vi = locale === "vi";

    if (values["dry-run"]) {
      summary({ written: false });
      if (!json) out(preview.ok ? (vi ? "Chạy thử: chưa ghi gì. Bỏ --dry-run để nhập." : "Dry run: nothing written. Run without --dry-run to import.") : vi ? `Chạy thử: chưa ghi gì; tệp có ${counts.errors} lỗi.` : `Dry run: nothing written; the file has ${counts.errors} errors.`);
      return preview.ok ? 0 : 1;
    }
    const result = await applyPlanImport(store, preview, { skipErrors: values["skip-errors"], at: now });
    if (!result.ok) {
      summary({ written: false, refused: result.reason });
      const why =
        result.reason === "stale"
          ? vi ? "Kế hoạch vừa được thay đổi trong lúc nhập: không ghi gì, hãy chạy lại." : "The plan changed while importing: nothing written; run it again."
          : result.reason === "has-errors"
            ? vi ? `Không nhập: tệp có ${counts.errors} lỗi, không ghi gì. Sửa tệp, hoặc thêm --skip-errors để nhập các dòng không lỗi.` : `Not imported: ${counts.errors} errors, nothing written. Fix the file, or add --skip-errors to import the rows without errors.`
            : vi ? "Không nhập: không ghi gì." : "Not imported: nothing written.";
      if (!json) console.error(why);
      return 1;
    }
    summary({ written: true, created: result.created, updated: result.updated, skippedRows: result.skippedRows });
    if (!json) {
      out(
        vi
          ? `Đã nhập vào ${result.planCode}: ${result.created} nhiệm vụ mới, ${result.updated} cập nhật, ${result.unchanged} không đổi${result.skippedRows > 0 ? `, bỏ qua ${result.skippedRows} dòng lỗi` : ""}.`
          : `Imported into ${result.planCode}: ${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged${result.skippedRows > 0 ? `, ${result.skippedRows} rows with errors skipped` : ""}.`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}

/** Problems without a preview around them (the file could not be read): one line each. */
function report(problems: readonly Problem[], json: boolean, locale: Locale): void {
  const options = { locale, withTable: false, letters: true, translate: createTranslator() };
  for (const p of problems) {
    if (json) process.stdout.write(`${JSON.stringify(problemJson(p, options))}\n`);
    else console.error(describeProblem(p, options));
  }
}

/** `--template <file.xlsx>`: the workbook to fill in, with the database's units; never over an existing file. */
async function writeTemplate(target: string, year: number, config: Config): Promise<number> {
  if (!/\.xlsx$/i.test(target)) {
    console.error("--template: tên tệp cần đuôi .xlsx / the template is an .xlsx file");
    return 2;
  }
  if (existsSync(target)) {
    console.error(`Tệp đã có, không ghi đè / will not overwrite: ${target}`);
    return 1;
  }
  const database = await openDatabase(config.database);
  try {
    const units = await createPlanImportStore(database.db, database.provider).units();
    writeFileSync(target, await planTemplate(units, year));
  } finally {
    await database.close();
  }
  process.stdout.write(`Đã ghi mẫu / template written: ${target}\n`);
  return 0;
}
