import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { formatInteger } from "../core/format.js";
import { reply } from "../core/reply.js";
import { backupSqlite, checkSqliteBackup, restoreSqlite } from "../db/backup.js";
import { createTranslator } from "../infra/i18n.js";

const translate = createTranslator();
const say = (key: string, args?: Record<string, string>) => translate("vi", reply(key, args));
const number = (value: number) => formatInteger(value, "vi");

/**
 * `backup [--out <file>]`: an online copy of the SQLite database (the bot may keep running);
 * `restore <file>`: checks a backup and puts it in place (stop the bot first). PostgreSQL has pg_dump.
 */
export async function run(args: string[], command: "backup" | "restore" = "backup"): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: "string" } } });
  const config = loadConfig();
  if (config.database.provider !== "sqlite") {
    console.error(say("backup-postgres"));
    return 2;
  }
  const databaseFile = config.database.file;
  if (command === "backup") {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const destination = path.resolve(values.out ?? path.join(path.dirname(databaseFile), "backups", `nhacviec-${stamp}.db`));
    const { pages } = await backupSqlite(databaseFile, destination);
    const checked = await checkSqliteBackup(destination);
    if (!checked.ok) {
      console.error(say("backup-failed-check", { reason: checked.reason }));
      return 1;
    }
    console.log(say("backup-done", { file: destination, pages: number(pages), tasks: number(checked.tasks), deliveries: number(checked.deliveries) }));
    return 0;
  }
  const file = positionals[0];
  if (!file) {
    console.error(say("restore-usage"));
    return 2;
  }
  const checked = await checkSqliteBackup(path.resolve(file));
  if (!checked.ok) {
    console.error(say("restore-refused", { reason: checked.reason }));
    return 1;
  }
  await restoreSqlite(path.resolve(file), databaseFile);
  console.log(say("restore-done", { file: databaseFile, from: path.resolve(file), tasks: number(checked.tasks), deliveries: number(checked.deliveries) }));
  return 0;
}

export const restore = { run: (args: string[]) => run(args, "restore") };
