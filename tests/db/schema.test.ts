import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offlineAdapterFactory } from "../../src/db/adapters.js";
import { openDatabase } from "../../src/db/database.js";
import { committedMigrationNames } from "../../src/db/migration-files.js";
import { diffSql } from "../../src/db/migrations.js";
import { migrationsDirFor, REPO_ROOT, SCHEMA_PATH, SCHEMA_SNAPSHOT_PATH, schemaPathFor } from "../../src/db/paths.js";
import { PROVIDERS } from "../../src/db/provider.js";
import { NO_FILTERS, openSchemaEngine } from "../../src/db/schema-engine.js";
import { GENERATED_NOTICE, schemaForProvider } from "../../src/db/schema-variants.js";
import { adapterFactoryFor } from "../../src/db/adapters.js";
import { createPostgresDatabase, tempDir } from "../support/databases.js";

const run = promisify(execFile);
const read = (file: string) => readFileSync(file, "utf8");
const isEmptyMigration = (sql: string) => !/\S/.test(sql.replace(/^--.*$/gm, ""));

describe("one data model, two schema files", () => {
  it("prisma/postgresql/schema.prisma is exactly what prisma/schema.prisma generates (no drift)", () => {
    expect(read(schemaPathFor("postgresql"))).toBe(schemaForProvider(read(SCHEMA_PATH), "postgresql"));
  });

  it("the two differ only in the notice, the provider and the client's folder", () => {
    const sqlite = read(SCHEMA_PATH).split("\n");
    const postgres = read(schemaPathFor("postgresql")).replace(GENERATED_NOTICE, "").split("\n");
    expect(postgres.length).toBe(sqlite.length);
    const changed = sqlite.flatMap((line, i) => (line === postgres[i] ? [] : [`${line.trim()} → ${postgres[i]!.trim()}`]));
    expect(changed).toEqual([
      'output       = "../src/db/generated/sqlite" → output       = "../../src/db/generated/postgresql"',
      'provider = "sqlite" → provider = "postgresql"',
    ]);
  });

  it("schemaForProvider refuses a schema it cannot convert instead of writing a wrong file", () => {
    expect(schemaForProvider("anything", "sqlite")).toBe("anything");
    expect(() => schemaForProvider(read(SCHEMA_PATH).replace('provider = "sqlite"', 'provider = "mysql"'), "postgresql")).toThrow(/no longer contains/);
  });
});

describe("committed migrations are up to date with the schema", () => {
  it("the snapshot db:diff compares against is the current schema (nothing pending)", () => {
    expect(read(SCHEMA_SNAPSHOT_PATH)).toBe(read(SCHEMA_PATH));
  });

  it("both providers have the same migrations, each with a lock file naming its provider", async () => {
    const [sqlite, postgres] = await Promise.all(PROVIDERS.map((p) => committedMigrationNames(p)));
    expect(sqlite!.length).toBeGreaterThan(0);
    expect(postgres).toEqual(sqlite);
    for (const provider of PROVIDERS) {
      expect(read(path.join(migrationsDirFor(provider), "migration_lock.toml"))).toMatch(new RegExp(`provider = "${provider}"`));
      for (const name of sqlite!) expect(existsSync(path.join(migrationsDirFor(provider), name, "migration.sql"))).toBe(true);
    }
  });

  it.each(PROVIDERS)("the schema engine finds no change between the snapshot and the schema for %s", async (provider) => {
    const sql = await diffSql(
      provider,
      schemaForProvider(read(SCHEMA_SNAPSHOT_PATH), provider),
      schemaForProvider(read(SCHEMA_PATH), provider),
      await offlineAdapterFactory(),
    );
    expect(isEmptyMigration(sql)).toBe(true);
  });

  it("a fresh SQLite database after the migrations matches the schema exactly (engine diff is empty)", async () => {
    const tmp = tempDir();
    try {
      const target = { provider: "sqlite" as const, file: path.join(tmp.dir, "x.db") };
      (await openDatabase(target)).close();
      const schema = read(SCHEMA_PATH);
      const { engine, close } = await openSchemaEngine({ path: SCHEMA_PATH, content: schema }, await adapterFactoryFor(target));
      try {
        const files = [{ path: SCHEMA_PATH, content: schema }];
        const live = await engine.diff({
          from: { tag: "schemaDatasource", files, configDir: REPO_ROOT },
          to: { tag: "schemaDatamodel", files },
          script: true,
          exitCode: null,
          filters: NO_FILTERS,
        });
        expect(live.stdout?.trim()).toBe("-- This is an empty migration.");
      } finally {
        await close();
      }
    } finally {
      tmp.remove();
    }
  });
});

/**
 * `npm run db:diff -- <name>` end to end, on a copy of the project (it writes into prisma/migrations):
 * nothing to write when the schema is unchanged, one migration per provider after a change, and the new
 * migrations apply on SQLite and PostgreSQL.
 */
describe("npm run db:diff", () => {
  let copy: { dir: string; remove(): void };
  const inCopy = (...parts: string[]) => path.join(copy.dir, ...parts);
  const dbDiff = (...args: string[]) =>
    run(process.execPath, [inCopy("node_modules/tsx/dist/cli.mjs"), "prisma/db-diff.ts", ...args], { cwd: copy.dir, env: { ...process.env, NODE_NO_WARNINGS: "1" } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  beforeAll(() => {
    copy = tempDir("nhacviec-dbdiff-");
    for (const file of ["package.json", "prisma"]) cpSync(path.join(REPO_ROOT, file), inCopy(file), { recursive: true });
    mkdirSync(inCopy("src/db"), { recursive: true });
    cpSync(path.join(REPO_ROOT, "src/db"), inCopy("src/db"), { recursive: true, filter: (src) => !src.includes(`${path.sep}generated`) });
    symlinkSync(path.join(REPO_ROOT, "node_modules"), inCopy("node_modules"), "dir");
  });
  afterAll(() => copy?.remove());

  it("refuses a missing or malformed name", async () => {
    for (const args of [[], ["Bad Name"]]) {
      const result = await dbDiff(...args);
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toMatch(/^[^\n]*usage: npm run db:diff -- <tên_migration>/);
    }
  });

  it("writes nothing when the schema has not changed", async () => {
    const before = PROVIDERS.map((p) => readdirSync(inCopy("prisma/migrations", p)).sort());
    const result = await dbDiff("nothing_changed");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/no schema changes/);
    expect(PROVIDERS.map((p) => readdirSync(inCopy("prisma/migrations", p)).sort())).toEqual(before);
  });

  it("writes the next migration for both providers, and they apply on SQLite and PostgreSQL", async () => {
    const schemaFile = inCopy("prisma/schema.prisma");
    const changed = read(schemaFile).replace(/^model Plan \{\n/m, "model Plan {\n  note String?\n");
    expect(changed).not.toBe(read(schemaFile));
    writeFileSync(schemaFile, changed);

    const result = await dbDiff("add_plan_note");
    expect(result.code).toBe(0);
    for (const provider of PROVIDERS) {
      const names = readdirSync(inCopy("prisma/migrations", provider)).filter((n) => n !== "migration_lock.toml").sort();
      const newest = names.at(-1)!;
      expect(newest).toMatch(/^\d{14}_add_plan_note$/);
      expect(names.length).toBe((await committedMigrationNames(provider)).length + 1);
      const sql = read(inCopy("prisma/migrations", provider, newest, "migration.sql"));
      expect(sql).toMatch(/ALTER TABLE "Plan" ADD COLUMN\s+"note" TEXT/);
      expect(result.stdout).toContain(`${provider}: `);
    }
    expect(read(inCopy("prisma/migrations/schema.snapshot.prisma"))).toBe(changed);

    // Running it again has nothing left to write.
    expect((await dbDiff("again")).stdout).toMatch(/no schema changes/);

    // The new migrations, with the committed ones before them, apply on both providers.
    const tmp = tempDir();
    const pg = await createPostgresDatabase();
    try {
      const script = inCopy("apply.mts");
      writeFileSync(
        script,
        [
          'import { applyMigrations } from "./src/db/migrations.ts";',
          'import { adapterFactoryFor } from "./src/db/adapters.ts";',
          "const [provider, where] = process.argv.slice(2);",
          'const target = provider === "sqlite" ? { provider, file: where } : { provider, url: where };',
          "console.log(JSON.stringify(await applyMigrations(provider as never, await adapterFactoryFor(target as never))));",
        ].join("\n"),
      );
      const apply = (provider: string, where: string) =>
        run(process.execPath, [inCopy("node_modules/tsx/dist/cli.mjs"), script, provider, where], { cwd: copy.dir }).then((r) => JSON.parse(r.stdout) as string[]);
      const file = path.join(tmp.dir, "x.db");
      const [sqliteApplied, postgresApplied] = await Promise.all([apply("sqlite", file), apply("postgresql", pg.url)]);
      for (const applied of [sqliteApplied, postgresApplied]) expect(applied.at(-1)).toMatch(/_add_plan_note$/);

      const sqlite = new Database(file, { readonly: true });
      try {
        expect((sqlite.prepare("SELECT name FROM pragma_table_info('Plan')").all() as Array<{ name: string }>).map((c) => c.name)).toContain("note");
      } finally {
        sqlite.close();
      }
      const { default: pgModule } = await import("pg");
      const client = new pgModule.Client({ connectionString: pg.url });
      await client.connect();
      try {
        const columns = await client.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'Plan'");
        expect(columns.rows.map((r: { column_name: string }) => r.column_name)).toContain("note");
      } finally {
        await client.end();
      }
    } finally {
      tmp.remove();
      await pg.drop();
    }
  });
});
