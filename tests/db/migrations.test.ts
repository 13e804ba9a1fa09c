import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseError, openDatabase, type Database } from "../../src/db/database.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import type { DatabaseTarget } from "../../src/db/adapters.js";
import type { Provider } from "../../src/db/provider.js";
import { loadDemoData } from "../../src/composition/runtime.js";
import { createPostgresDatabase, postgresUrl, tempDir } from "../support/databases.js";
import { demoApp, message } from "../support/demo-app.js";
import { committedMigrations, migrationRows, rowCounts, schemaModels, tableColumns } from "../support/schema-facts.js";

/**
 * Migrations are committed SQL, applied at start: the same checks on a fresh SQLite file and on a fresh
 * PostgreSQL database, then the demo data must give the same rows and answers on both.
 */
interface Opened {
  target: DatabaseTarget;
  first: Database;
  cleanup(): Promise<void>;
}

const opened: Partial<Record<Provider, Opened>> = {};
let postgresFailure: unknown;

beforeAll(async () => {
  const tmp = tempDir();
  // A folder that does not exist yet: the embedded database creates it on first start.
  const sqliteTarget: DatabaseTarget = { provider: "sqlite", file: path.join(tmp.dir, "data", "nested", "nhacviec.db") };
  const sqlite = await openDatabase(sqliteTarget);
  opened.sqlite = { target: sqliteTarget, first: sqlite, cleanup: async () => (await sqlite.close(), tmp.remove()) };
  // Without a PostgreSQL server the SQLite half still runs; each PostgreSQL test then rethrows this (a skip).
  const pg = await createPostgresDatabase().catch((error: unknown) => void (postgresFailure = error));
  if (!pg) return;
  const postgresTarget: DatabaseTarget = { provider: "postgresql", url: pg.url };
  const postgres = await openDatabase(postgresTarget);
  opened.postgresql = { target: postgresTarget, first: postgres, cleanup: async () => (await postgres.close(), await pg.drop()) };
});

function open(provider: Provider): Opened {
  const found = opened[provider];
  if (!found) throw postgresFailure ?? new Error(`${provider} was not opened`);
  return found;
}

afterAll(async () => {
  await Promise.all(Object.values(opened).map((o) => o.cleanup()));
});

describe.each(["sqlite", "postgresql"] as const)("migrations on a fresh %s database", (provider) => {
  const get = () => open(provider);

  it("has committed migrations to apply, with a lock file naming the provider", async () => {
    const committed = await committedMigrations(provider);
    expect(committed.length).toBeGreaterThan(0);
    expect(committed.map((m) => m.name)).toEqual([...committed.map((m) => m.name)].sort());
  });

  it("applies every committed migration on first open and reports their names", async () => {
    const committed = await committedMigrations(provider);
    expect(get().first.provider).toBe(provider);
    expect(get().first.appliedMigrations).toEqual(committed.map((m) => m.name));
  });

  it("creates one table per model, and the migration history", async () => {
    const { tables } = await tableColumns(get().first);
    expect(tables.filter((t) => t !== "_prisma_migrations")).toEqual(schemaModels());
    expect(tables).toContain("_prisma_migrations");
  });

  it("records the migrations as prisma migrate deploy does (name, SHA-256 of the SQL, finished)", async () => {
    const rows = await migrationRows(get().first);
    const committed = await committedMigrations(provider);
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(committed.map((m) => [m.name, m.checksum]));
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies nothing when opened again, and the history is unchanged", async () => {
    const before = await migrationRows(get().first);
    const again = await openDatabase(get().target);
    try {
      expect(again.appliedMigrations).toEqual([]);
      expect(await migrationRows(again)).toEqual(before);
    } finally {
      await again.close();
    }
  });
});

describe("one data model on both providers", () => {
  it("SQLite and PostgreSQL have the same tables and columns", async () => {
    const [sqlite, postgres] = await Promise.all([tableColumns(open("sqlite").first), tableColumns(open("postgresql").first)]);
    expect(postgres.tables).toEqual(sqlite.tables);
    expect(postgres.columns).toEqual(sqlite.columns);
    expect(sqlite.columns.length).toBeGreaterThan(50);
  });

  it("the embedded file was created in a new folder", () => {
    const target = open("sqlite").target;
    expect(target.provider === "sqlite" && existsSync(target.file)).toBe(true);
  });

  it("the demo data gives the same rows, counts and answers on PostgreSQL as on SQLite", async () => {
    const sqlite = open("sqlite").first;
    const postgres = open("postgresql").first;
    const [a, b] = await Promise.all([loadDemoData(sqlite), loadDemoData(postgres)]);
    expect(b).toEqual(a);
    // CCHC23's 43 tasks and the Chairman's conclusions' 4 (KL23).
    expect(a.tasks).toBe(47);

    const [countsA, countsB] = await Promise.all([rowCounts(sqlite), rowCounts(postgres)]);
    expect(countsB).toEqual(countsA);
    expect(countsA.Task).toBe(47);
    expect(countsA.Plan).toBe(2);

    // Same rows, not only the same number of rows.
    const tasks = (db: Database) =>
      db.db.task.findMany({ orderBy: { code: "asc" }, select: { code: true, deadline: true, status: true, completedAt: true, progress: true, title: true } });
    expect(await tasks(postgres)).toEqual(await tasks(sqlite));
    const values = (db: Database) =>
      db.db.metricValue.findMany({
        // By id: enums sort as text on SQLite but in declaration order on PostgreSQL.
        orderBy: { id: "asc" },
        select: { metric: { select: { key: true } }, scope: true, value: true, qualifier: true, denominator: true, target: true, targetDate: true, periodFrom: true, periodTo: true, asOf: true },
      });
    expect(await values(postgres)).toEqual(await values(sqlite));

    const plan = async (db: Database) => {
      const { id } = await db.db.plan.findUniqueOrThrow({ where: { code: "CCHC23" } });
      return createTaskStore(db.db).progressCounts(id, "2023-07-25");
    };
    expect(await plan(postgres)).toEqual(await plan(sqlite));

    const ask = async (db: Database, text: string) => (await (await demoApp(db)).handleMessage(message(text))).outbound.map((o) => o.text).join("\n");
    for (const question of ["tiến độ kế hoạch CCHC năm 2023", "tỷ lệ hồ sơ trực tuyến cấp huyện"]) {
      expect(await ask(postgres, question)).toBe(await ask(sqlite, question));
    }
    expect(await ask(postgres, "tiến độ kế hoạch CCHC năm 2023")).toContain("32,55%");
  });

  it("seeding PostgreSQL a second time changes nothing", async () => {
    const postgres = open("postgresql").first;
    const before = await rowCounts(postgres);
    const stamps = await postgres.db.task.findMany({ orderBy: { code: "asc" }, select: { code: true, updatedAt: true } });
    await loadDemoData(postgres);
    expect(await rowCounts(postgres)).toEqual(before);
    expect(await postgres.db.task.findMany({ orderBy: { code: "asc" }, select: { code: true, updatedAt: true } })).toEqual(stamps);
  });
});

describe("closing leaves nothing behind", () => {
  it("applying migrations on PostgreSQL keeps no timer alive after the database is closed", async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const pg = await createPostgresDatabase();
    try {
      const before = timers();
      const database = await openDatabase({ provider: "postgresql", url: pg.url });
      expect(database.appliedMigrations.length).toBeGreaterThan(0);
      await database.close();
      // The schema engine used to leave 10-second timers that kept a finished command alive.
      expect(timers()).toBeLessThanOrEqual(before);
    } finally {
      await pg.drop();
    }
  });
});

describe("a database that cannot be opened is one clear error", () => {
  const oneLine = (error: unknown) => {
    expect(error).toBeInstanceOf(DatabaseError);
    const text = (error as Error).message;
    expect(text.trim()).not.toMatch(/\n/);
    return text;
  };

  it("a data folder that cannot be created (its parent is a file)", async () => {
    const tmp = tempDir();
    try {
      const blocker = path.join(tmp.dir, "not-a-folder");
      writeFileSync(blocker, "x");
      const error = await openDatabase({ provider: "sqlite", file: path.join(blocker, "sub", "x.db") }).catch((e: unknown) => e);
      expect(oneLine(error)).toMatch(/data folder is not writable/);
      expect(readdirSync(tmp.dir)).toEqual(["not-a-folder"]);
    } finally {
      tmp.remove();
    }
  });

  it("a file that is not an SQLite database", async () => {
    const tmp = tempDir();
    try {
      const file = path.join(tmp.dir, "garbage.db");
      writeFileSync(file, "not a database ".repeat(200));
      expect(oneLine(await openDatabase({ provider: "sqlite", file }).catch((e: unknown) => e))).toMatch(/cannot open the database .*garbage\.db: \S/);
    } finally {
      tmp.remove();
    }
  });

  it("a folder where the database file should be", async () => {
    const tmp = tempDir();
    try {
      expect(oneLine(await openDatabase({ provider: "sqlite", file: tmp.dir }).catch((e: unknown) => e))).toMatch(/cannot open the database .*: \S/);
    } finally {
      tmp.remove();
    }
  });

  it("an unreachable PostgreSQL server, without the password", async () => {
    const error = await openDatabase({ provider: "postgresql", url: "postgresql://postgres:S3cretPw@127.0.0.1:1/x" }).catch((e: unknown) => e);
    const text = oneLine(error);
    expect(text).toMatch(/PostgreSQL/);
    expect(text).toContain("127.0.0.1:1");
    expect(text).not.toContain("S3cretPw");
  });

  it("a PostgreSQL database that does not exist", async () => {
    const url = await postgresUrl("nhacviec_does_not_exist_42");
    expect(oneLine(await openDatabase({ provider: "postgresql", url }).catch((e: unknown) => e))).toMatch(/PostgreSQL.*nhacviec_does_not_exist_42/);
  });
});
