import { accessSync, constants, mkdirSync, statfsSync } from "node:fs";
import path from "node:path";
import { adapterFactoryFor, type DatabaseTarget } from "./adapters.js";
import { createPrismaClient, type Db } from "./client.js";
import { committedMigrationNames } from "./migration-files.js";
import { underFirstStartLock } from "./first-start-lock.js";

export interface Database {
  db: Db;
  provider: DatabaseTarget["provider"];
  appliedMigrations: string[];
  close(): Promise<void>;
}

/** Problems a user can fix (a folder, a URL, a server): reported as one line, never as a stack trace. */
export class DatabaseError extends Error {}

/**
 * Opens the database, creating the SQLite file on first use and applying pending migrations. `prepare` runs
 * once the schema is current (the runtime loads the demo data into a new database there): on SQLite no
 * other process starting on the same file touches it until both are done (see first-start-lock.ts).
 */
export async function openDatabase(target: DatabaseTarget, prepare?: (database: Database) => Promise<void>): Promise<Database> {
  if (target.provider === "sqlite") ensureWritableFolder(path.dirname(target.file));
  try {
    return await underFirstStartLock(target, async () => {
      const database = await openAndMigrate(target);
      try {
        await prepare?.(database);
      } catch (error) {
        await database.close().catch(() => {});
        throw error;
      }
      return database;
    });
  } catch (error) {
    // The lock file, the migrations, the WAL or the demo data may be the first write to fail: whichever it
    // is, the operator needs to know the disk is full, not which engine said so.
    if (target.provider === "sqlite" && isDiskFull(error, path.dirname(target.file))) {
      throw new DatabaseError(`Ổ đĩa đầy / disk full: cannot write the database ${target.file}; free some space in ${path.dirname(target.file)} and start again`);
    }
    throw error;
  }
}

/**
 * SQLite says "full" when a page cannot be written, but an existing database on a full disk fails earlier,
 * growing the WAL index ("disk I/O error", SQLITE_IOERR_SHMSIZE): then the free space of the folder decides.
 */
function isDiskFull(error: unknown, folder: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const text = `${error instanceof Error ? error.message : String(error)} ${typeof code === "string" ? code : ""}`;
  if (/SQLITE_FULL|ENOSPC|database or disk is full|no space left on device/i.test(text)) return true;
  if (!/SQLITE_IOERR|disk I\/O error/i.test(text)) return false;
  try {
    const fs = statfsSync(folder);
    return fs.bavail * fs.bsize < 1024 * 1024;
  } catch {
    return false;
  }
}

async function openAndMigrate(target: DatabaseTarget): Promise<Database> {
  let db = await createPrismaClient(target.provider, await adapterFactoryFor(target));
  let appliedMigrations: string[] = [];
  try {
    // Starting the schema engine costs a few hundred milliseconds: skip it when nothing is pending.
    if (!(await migrationsUpToDate(db, target.provider))) {
      // The client's SQLite connection keeps the file open with its statements: the schema engine's own
      // connection got SQLITE_BUSY altering a table of an existing database. It is closed while migrating.
      await db.$disconnect();
      const { applyMigrations } = await import("./migrations.js");
      appliedMigrations = await applyMigrations(target.provider, await adapterFactoryFor(target));
      db = await createPrismaClient(target.provider, await adapterFactoryFor(target));
    }
    // WAL lets every "sent" mark of the outbox be its own cheap commit (no full fsync per message) and lets
    // readers run while a writer works. The mode is stored in the file, so this is a no-op after the first start.
    if (target.provider === "sqlite") await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  } catch (error) {
    await db.$disconnect().catch(() => {});
    throw new DatabaseError(describeConnectionFailure(target, error));
  }
  return { db, provider: target.provider, appliedMigrations, close: () => db.$disconnect() };
}

/** For /readyz: the database answers, and it has every migration this version of the bot was built with. */
export async function databaseReady(database: Database): Promise<{ reachable: boolean; migrated: boolean }> {
  try {
    await database.db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { reachable: false, migrated: false };
  }
  return { reachable: true, migrated: await migrationsUpToDate(database.db, database.provider).catch(() => false) };
}

async function migrationsUpToDate(db: Db, provider: DatabaseTarget["provider"]): Promise<boolean> {
  const committed = await committedMigrationNames(provider);
  let applied: Array<{ migration_name: string }>;
  try {
    applied = await db.$queryRawUnsafe(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
  } catch (error) {
    if (isMissingTable(error)) return false;
    throw error;
  }
  const done = new Set(applied.map((row) => row.migration_name));
  return committed.every((name) => done.has(name));
}

function isMissingTable(error: unknown): boolean {
  return error instanceof Error && /no such table|does not exist|P2010|P2021/i.test(`${error.message} ${(error as { code?: string }).code ?? ""}`);
}

function ensureWritableFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch {
    throw new DatabaseError(`Không ghi được vào thư mục dữ liệu / data folder is not writable: ${folder}`);
  }
}

function describeConnectionFailure(target: DatabaseTarget, error: unknown): string {
  const message = firstMeaningfulLine(error);
  if (target.provider === "postgresql") {
    const url = new URL(target.url);
    return `Không kết nối được PostgreSQL / cannot reach PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}: ${message}`;
  }
  return `Không mở được cơ sở dữ liệu / cannot open the database ${target.file}: ${message}`;
}

/** Prisma wraps driver errors as "\nInvalid `prisma.…()` invocation:\n\n\n<reason>": the reason is what the user needs. */
function firstMeaningfulLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split("\n").map((line) => line.trim()).filter((line) => line.length > 0 && !/^Invalid `.*` invocation:?$/.test(line));
  const code = (error as { code?: unknown } | null)?.code;
  return lines[0] ?? (typeof code === "string" ? code : error instanceof Error ? error.name : "unknown error");
}
