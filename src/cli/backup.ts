import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { backupSqlite, checkSqliteBackup, restoreSqlite } from "../db/backup.js";

/**
 * `backup [--out <file>]`: an online copy of the SQLite database (the bot may keep running);
 * `restore <file>`: checks a backup and puts it in place (stop the bot first). PostgreSQL has pg_dump.
 */
export async function run(args: string[], command: "backup" | "restore" = "backup"): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: "string" } } });
  const config = loadConfig();
  if (config.database.provider !== "sqlite") {
    console.error("PostgreSQL: dùng pg_dump / pg_restore (xem README, mục Sao lưu) / use pg_dump and pg_restore (README, Backups)");
    return 2;
  }
  const databaseFile = config.database.file;
  if (command === "backup") {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const destination = path.resolve(values.out ?? path.join(path.dirname(databaseFile), "backups", `nhacviec-${stamp}.db`));
    const { pages } = await backupSqlite(databaseFile, destination);
    const checked = await checkSqliteBackup(destination);
    if (!checked.ok) {
      console.error(`Bản sao lưu không dùng được / the backup failed its check: ${checked.reason}`);
      return 1;
    }
    console.log(`Đã sao lưu / backed up: ${destination} (${pages} trang; ${checked.tasks} nhiệm vụ, ${checked.deliveries} tin trong hộp thư đi)`);
    return 0;
  }
  const file = positionals[0];
  if (!file) {
    console.error("Cách dùng / usage: npm run restore -- <tệp sao lưu .db>  (dừng bot trước / stop the bot first)");
    return 2;
  }
  const checked = await checkSqliteBackup(path.resolve(file));
  if (!checked.ok) {
    console.error(`Không khôi phục / not restored: ${checked.reason}`);
    return 1;
  }
  await restoreSqlite(path.resolve(file), databaseFile);
  console.log(`Đã khôi phục / restored ${databaseFile} từ / from ${path.resolve(file)} (${checked.tasks} nhiệm vụ, ${checked.deliveries} tin trong hộp thư đi). Khởi động lại bot / restart the bot.`);
  return 0;
}

export const restore = { run: (args: string[]) => run(args, "restore") };
