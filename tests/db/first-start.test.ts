import path from "node:path";
import Database from "better-sqlite3";
import { pino } from "pino";
import { describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../src/config.js";
import { startRuntime } from "../../src/composition/runtime.js";
import { createPostgresDatabase, tempDir } from "../support/databases.js";
import { cli } from "../support/processes.js";

/**
 * Several starts at the same moment on one new database: each must open it, exactly one loads the demo
 * data, and the data is there once. (CI once saw the second of two `ask`s fail with SQLITE_BUSY reported
 * as "unknown variant `SocketTimeout`" while the first was migrating.)
 */
vi.setConfig({ testTimeout: 120_000 });

const silent = pino({ level: "silent" });
const NOW = "2023-07-25T08:00:00+07:00";

async function startTogether(databaseUrl: string, count: number) {
  const config = loadConfig({ DATABASE_URL: databaseUrl, NOW });
  const runtimes = await Promise.all(Array.from({ length: count }, () => startRuntime(config, silent)));
  try {
    return {
      seeded: runtimes.filter((runtime) => runtime.seeded !== undefined).length,
      tasks: await Promise.all(runtimes.map((runtime) => runtime.database.db.task.count())),
    };
  } finally {
    await Promise.all(runtimes.map((runtime) => runtime.close()));
  }
}

describe("starting together on a new database", () => {
  it("SQLite, four starts in one process: all open it, one seeds, its 47 tasks once", async () => {
    const tmp = tempDir();
    try {
      const file = path.join(tmp.dir, "bot.db");
      expect(await startTogether(`file:${file}`, 4)).toEqual({ seeded: 1, tasks: [47, 47, 47, 47] });
      const db = new Database(file, { readonly: true });
      expect((db.prepare('SELECT COUNT(*) AS n FROM "Unit"').get() as { n: number }).n).toBeGreaterThan(0);
      expect((db.prepare('SELECT COUNT(*) AS n FROM "_prisma_migrations"').get() as { n: number }).n).toBe(
        (db.prepare('SELECT COUNT(DISTINCT migration_name) AS n FROM "_prisma_migrations"').get() as { n: number }).n,
      );
      db.close();
    } finally {
      tmp.remove();
    }
  });

  it("SQLite, four `ask` processes: every one answers the same", async () => {
    const tmp = tempDir();
    try {
      const env = { DATABASE_URL: `file:${path.join(tmp.dir, "shared.db")}` };
      const results = await Promise.all(Array.from({ length: 4 }, () => cli(["ask", "tiến độ kế hoạch CCHC năm 2023"], { env })));
      expect(results.map((result) => ({ code: result.code, stderr: result.stderr }))).toEqual(Array(4).fill({ code: 0, stderr: "" }));
      expect(new Set(results.map((result) => result.stdout)).size).toBe(1);
      expect(results[0]!.stdout).toContain("14/43");
    } finally {
      tmp.remove();
    }
  });

  it("PostgreSQL, three starts: all open it, one seeds, its 47 tasks once", async () => {
    const created = await createPostgresDatabase();
    try {
      expect(await startTogether(created.url, 3)).toEqual({ seeded: 1, tasks: [47, 47, 47] });
    } finally {
      await created.drop();
    }
  });
});
