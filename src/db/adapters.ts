import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** A database location the bot can open: an SQLite file path or a PostgreSQL URL. */
export type DatabaseTarget = { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string };

export function adapterFactoryFor(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === "sqlite") {
    // Milliseconds since the epoch sort and compare correctly as numbers, and avoid ISO-string parsing on every read.
    return new PrismaBetterSqlite3({ url: `file:${target.file}` }, { timestampFormat: "unixepoch-ms" });
  }
  return new PrismaPg({ connectionString: target.url, max: 10 });
}

/**
 * The schema engine wants an adapter even to compute SQL from two data models, and the PostgreSQL adapter
 * connects at once. An in-memory SQLite adapter works for either provider's datamodel diff, because the
 * SQL follows the provider named in the schema text, not the adapter.
 */
export function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  return adapterFactoryFor({ provider: "sqlite", file: ":memory:" });
}
