import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseTarget } from "../../src/db/adapters.js";
import { openDatabase, type Database } from "../../src/db/database.js";
import { loadDemoData } from "../../src/composition/runtime.js";
import { needPostgres } from "./postgres-skip.js";

/**
 * Real databases for tests: a new SQLite file in a temporary folder, or a throwaway PostgreSQL database
 * on the local server (127.0.0.1:5432, user postgres, trust auth; override with TEST_POSTGRES_URL).
 * Without a server the tests that ask for one are skipped (tests/support/postgres-gate.ts says so at the end),
 * unless REQUIRE_POSTGRES=1, as in CI.
 */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  target: DatabaseTarget;
  database: Database;
  cleanup(): Promise<void>;
}

export function tempDir(prefix = "nhacviec-test-"): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens (and migrates) a database, loads the demo data if asked, and closes it before removing it. */
async function openForTest(target: DatabaseTarget, options: { demo?: boolean }, remove: () => unknown): Promise<TestDatabase> {
  const database = await openDatabase(target);
  if (options.demo) await loadDemoData(database);
  return {
    target,
    database,
    cleanup: async () => {
      await database.close();
      await remove();
    },
  };
}

export async function freshSqlite(options: { demo?: boolean } = {}): Promise<TestDatabase> {
  const tmp = tempDir();
  return openForTest({ provider: "sqlite", file: path.join(tmp.dir, "test.db") }, options, tmp.remove);
}

/** A URL on the test server for a database of this name (which may not exist). */
export async function postgresUrl(database: string): Promise<string> {
  await needPostgres();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  await needPostgres();
  const name = `nhacviec_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function freshPostgres(options: { demo?: boolean } = {}): Promise<TestDatabase> {
  const created = await createPostgresDatabase();
  return openForTest({ provider: "postgresql", url: created.url }, options, created.drop);
}
