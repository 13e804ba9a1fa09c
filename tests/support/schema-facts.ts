import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "../../src/db/database.js";
import { committedMigrationNames } from "../../src/db/migration-files.js";
import { migrationsDirFor, SCHEMA_PATH } from "../../src/db/paths.js";
import type { Provider } from "../../src/db/provider.js";

/** Facts about the data model and a live database, the same questions asked of SQLite and PostgreSQL. */

/** The models of prisma/schema.prisma: each is one table. */
export function schemaModels(schema = readFileSync(SCHEMA_PATH, "utf8")): string[] {
  return [...schema.matchAll(/^model\s+(\w+)\s*\{/gm)].map((m) => m[1]!).sort();
}

export interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  applied_steps_count: number;
}

export async function migrationRows(database: Database): Promise<MigrationRow[]> {
  const rows = await database.db.$queryRawUnsafe<MigrationRow[]>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
  );
  return rows.map((r) => ({ ...r, applied_steps_count: Number(r.applied_steps_count) }));
}

/** What `prisma migrate deploy` records for each committed migration: its name and the SHA-256 of its SQL. */
export async function committedMigrations(provider: Provider): Promise<Array<{ name: string; checksum: string }>> {
  const names = await committedMigrationNames(provider);
  return names.map((name) => ({
    name,
    checksum: createHash("sha256").update(readFileSync(path.join(migrationsDirFor(provider), name, "migration.sql"))).digest("hex"),
  }));
}

/** Tables of the application (not the database's own) and their columns, as "Table.column". */
export async function tableColumns(database: Database): Promise<{ tables: string[]; columns: string[] }> {
  if (database.provider === "sqlite") {
    const tables = (
      await database.db.$queryRawUnsafe<Array<{ name: string }>>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
    ).map((r) => r.name);
    const columns: string[] = [];
    for (const table of tables) {
      const info = await database.db.$queryRawUnsafe<Array<{ name: string }>>(`SELECT name FROM pragma_table_info('${table}')`);
      columns.push(...info.map((c) => `${table}.${c.name}`));
    }
    return { tables, columns: columns.sort() };
  }
  const tables = (
    await database.db.$queryRawUnsafe<Array<{ table_name: string }>>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    )
  ).map((r) => r.table_name);
  const columns = (
    await database.db.$queryRawUnsafe<Array<{ c: string }>>(
      "SELECT table_name || '.' || column_name AS c FROM information_schema.columns WHERE table_schema = 'public'",
    )
  ).map((r) => r.c);
  return { tables: [...tables].sort(), columns: columns.sort() };
}

/** Row counts of every model, by table name. */
export async function rowCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const model of schemaModels()) {
    const [row] = await database.db.$queryRawUnsafe<Array<{ n: number | bigint }>>(`SELECT COUNT(*) AS n FROM "${model}"`);
    counts[model] = Number(row!.n);
  }
  return counts;
}
