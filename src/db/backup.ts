import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { DatabaseError } from "./database.js";

/**
 * Online backup of the embedded SQLite database through SQLite's backup API: consistent while the bot runs
 * and writes (pages changed during the copy are copied again), unlike copying the file, which can catch a
 * half-written page or miss what is still in the WAL.
 */
export async function backupSqlite(databaseFile: string, destination: string): Promise<{ pages: number }> {
  if (!existsSync(databaseFile)) throw new DatabaseError(`Không có cơ sở dữ liệu / no database at ${databaseFile}`);
  if (existsSync(destination)) throw new DatabaseError(`Tệp đã có, không ghi đè / the file exists, not overwritten: ${destination}`);
  mkdirSync(path.dirname(destination), { recursive: true });
  const { default: Sqlite } = await import("better-sqlite3");
  const source = new Sqlite(databaseFile, { fileMustExist: true, timeout: 10_000 });
  try {
    const done = await source.backup(destination);
    return { pages: done.totalPages };
  } finally {
    source.close();
  }
}

/** What a backup holds, checked before it may replace the database: SQLite's own check and the bot's tables. */
export async function checkSqliteBackup(file: string): Promise<{ ok: true; migrations: number; tasks: number; deliveries: number } | { ok: false; reason: string }> {
  if (!existsSync(file)) return { ok: false, reason: `không có tệp / no such file: ${file}` };
  const { default: Sqlite } = await import("better-sqlite3");
  let db;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true });
    const integrity = (db.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check;
    if (integrity !== "ok") return { ok: false, reason: `hỏng / damaged: ${integrity}` };
    const count = (table: string) => (db!.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return { ok: true, migrations: count("_prisma_migrations"), tasks: count("Task"), deliveries: count("Delivery") };
  } catch (error) {
    return { ok: false, reason: `không phải bản sao lưu của Nhắc việc / not a Nhắc việc backup: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    db?.close();
  }
}

/**
 * Puts a checked backup in place of the database, through the same backup API (so the file is never
 * half-written). The bot must be stopped: a running one would keep working on what it had read. Deliveries
 * the backup caught "sending" belong to a process of the past: they are pending again at once (at most
 * those may go out twice), rather than waiting for a lease. Returns how many.
 */
export async function restoreSqlite(backupFile: string, databaseFile: string): Promise<{ releasedInFlight: number }> {
  mkdirSync(path.dirname(databaseFile), { recursive: true });
  const { default: Sqlite } = await import("better-sqlite3");
  const backup = new Sqlite(backupFile, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(databaseFile);
  } finally {
    backup.close();
  }
  const restored = new Sqlite(databaseFile, { fileMustExist: true, timeout: 10_000 });
  try {
    const released = restored.prepare(`UPDATE "Delivery" SET "status" = 'pending', "claimedBy" = NULL, "claimedAt" = NULL WHERE "status" = 'sending'`).run();
    return { releasedInFlight: released.changes };
  } finally {
    restored.close();
  }
}
