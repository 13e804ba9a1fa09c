import type { DatabaseTarget } from "./adapters.js";

/**
 * Two processes started together on a new SQLite file (the bot and an `ask`, or two `ask`s) both find it
 * unmigrated and empty. The schema engine of one then meets the other's write lock and fails with
 * SQLITE_BUSY, which Prisma's adapter reports as an error variant the engine does not know (CI saw
 * "unknown variant `SocketTimeout`"), and so does a process that reads the half-made schema. Opening,
 * migrating and seeding are therefore done one process at a time: each holds an exclusive transaction on a
 * small file beside the database while it works (a few milliseconds once the database exists). SQLite's
 * lock is released by the operating system if the holder dies, so a crash never leaves the next start waiting.
 *
 * PostgreSQL needs nothing here: its schema engine takes an advisory lock while it migrates, and seeding
 * takes one of its own (seed.ts).
 */
export async function underFirstStartLock<T>(target: DatabaseTarget, work: () => Promise<T>): Promise<T> {
  if (target.provider !== "sqlite" || target.file === ":memory:") return work();
  const lockFile = `${target.file}.open.lock`;
  // better-sqlite3 waits for a lock synchronously: a second opening in the same process would block the
  // event loop that the first needs to finish. Openings within a process queue here instead.
  const before = queueInProcess.get(lockFile) ?? Promise.resolve();
  const turn = before.then(() => holdingFileLock(lockFile, work));
  const settled = turn.then(
    () => undefined,
    () => undefined,
  );
  queueInProcess.set(lockFile, settled);
  try {
    return await turn;
  } finally {
    if (queueInProcess.get(lockFile) === settled) queueInProcess.delete(lockFile);
  }
}

const queueInProcess = new Map<string, Promise<void>>();

async function holdingFileLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  const { default: Sqlite } = await import("better-sqlite3");
  // A first start migrates and seeds in a few seconds; on a loaded machine several may queue behind it.
  const lock = new Sqlite(lockFile, { timeout: 120_000 });
  try {
    lock.exec("BEGIN EXCLUSIVE");
    try {
      return await work();
    } finally {
      lock.exec("COMMIT");
    }
  } finally {
    lock.close();
  }
}
