import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { proposalsReply } from "../app/conclusions/proposal-view.js";
import { loadConfig } from "../config.js";
import { proposeTasks, readNoticeDate, type ProposedTask } from "../core/conclusions/index.js";
import { isLocalDate, localDate, type LocalDate } from "../core/local-date.js";
import { reply, type Reply } from "../core/reply.js";
import { createTranslator } from "../infra/i18n.js";
import { createLogger } from "../infra/logger.js";
import { withRuntime } from "./with-runtime.js";

/**
 * `import --conclusions <file.txt|file.docx> [--date d/m/yyyy] [--dry-run] [--json]`: the tasks a conclusion
 * notice (or a meeting article) proposes, read against the province's unit list. Nothing is created here:
 * tasks come into being only when the secretariat confirms them in chat.
 */
export async function importConclusions(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      conclusions: { type: "string" },
      date: { type: "string" },
      json: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      now: { type: "string" },
    },
  });
  const config = loadConfig(undefined, values.now === undefined ? {} : { now: values.now });
  const translate = createTranslator();
  const say = (r: Reply) => translate(config.defaultLocale, r);
  const fail = (r: Reply, code = 1) => {
    console.error(say(r));
    return code;
  };

  const file = values.conclusions;
  if (file === undefined || file.trim() === "") return fail(reply("conclusions-usage"), 2);
  const read = await readText(file);
  if (!read.ok) return fail(read.reply);
  if (read.text.trim().length === 0) return fail(reply("conclusions-empty"));

  let noticeDate = readNoticeDate(read.text);
  if (values.date !== undefined) {
    const given = parseDate(values.date);
    if (given === undefined) return fail(reply("conclusions-bad-date", { date: values.date }), 2);
    noticeDate = given;
  }
  if (noticeDate === undefined) return fail(reply("conclusions-no-date"), 2);
  const date = noticeDate;

  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  return withRuntime(config, logger, async (runtime) => {
    const units = (await runtime.stores.catalog.loadCatalog()).units;
    const tasks = proposeTasks(read.text, date, units);
    if (values.json) {
      for (const task of tasks) process.stdout.write(`${JSON.stringify(jsonLine(task))}\n`);
      if (tasks.length === 0) console.error(say(reply("conclusions-none-found")));
    } else {
      process.stdout.write(`${say(proposalsReply(tasks, date, config.defaultLocale))}\n`);
    }
    return 0;
  });
}

function jsonLine(task: ProposedTask) {
  return {
    units: task.units.map((u) => u.name),
    title: task.title,
    deadline: task.deadline,
    deadlineText: task.deadlineText,
    sentence: task.sentence,
    // Flags: names kept as written because the unit list does not hold them, and groups kept as groups.
    unknownUnits: task.units.filter((u) => u.kind === "unknown").map((u) => u.name),
    groups: task.units.filter((u) => u.kind === "group").map((u) => u.name),
  };
}

type ReadResult = { ok: true; text: string } | { ok: false; reply: Reply };

async function readText(file: string): Promise<ReadResult> {
  if (!existsSync(file)) return { ok: false, reply: reply("conclusions-file-missing", { file }) };
  const extension = path.extname(file).toLowerCase();
  try {
    if (extension === ".docx") {
      const mammoth = await import("mammoth");
      const result = await (mammoth.default ?? mammoth).extractRawText({ path: file });
      return { ok: true, text: result.value };
    }
    if (extension !== ".txt" && extension !== ".md" && extension !== "") return { ok: false, reply: reply("conclusions-file-kind", { file }) };
    const bytes = readFileSync(file);
    // A binary file named .txt is not a text: NUL bytes never occur in Vietnamese prose.
    if (bytes.includes(0)) return { ok: false, reply: reply("conclusions-file-unreadable", { file, reason: "binary" }) };
    return { ok: true, text: bytes.toString("utf8").replace(/^\uFEFF/u, "") };
  } catch (error) {
    return { ok: false, reply: reply("conclusions-file-unreadable", { file, reason: error instanceof Error ? error.message.split("\n")[0]! : String(error) }) };
  }
}

/** "25/7/2023" or "2023-07-25". */
function parseDate(text: string): LocalDate | undefined {
  const t = text.trim();
  if (isLocalDate(t)) return t;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(t);
  if (!m) return undefined;
  const candidate = localDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return isLocalDate(candidate) ? candidate : undefined;
}
