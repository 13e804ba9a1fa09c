import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** A database location the bot can open: an SQLite file path or a PostgreSQL URL. */
export type DatabaseTarget = { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string };

/** Loads only the driver of the provider in use (pg is not needed to run on SQLite, and the reverse). */
export async function adapterFactoryFor(target: DatabaseTarget): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (target.provider === "sqlite") {
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    // Milliseconds since the epoch sort and compare correctly as numbers, and avoid ISO-string parsing on every read.
    // (A cache of compiled statements patched into the adapter was removed: bench:remind measured 0,38–0,71 ms of
    // database and pacing work per message with it and 0,42–0,87 ms without, against the 33 ms per message the
    // Telegram limits allow — no user would notice, and it reached into the adapter's internals.)
    return (new PrismaBetterSqlite3({ url: `file:${target.file}` }, { timestampFormat: "unixepoch-ms" }));
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return new PrismaPg({ connectionString: target.url, max: 10 });
}

/**
 * The schema engine wants an adapter even to compute SQL from two data models, and the PostgreSQL adapter
 * connects at once. An in-memory SQLite adapter works for either provider's datamodel diff, because the
 * SQL follows the provider named in the schema text, not the adapter.
 */
export function offlineAdapterFactory(): Promise<SqlMigrationAwareDriverAdapterFactory> {
  return adapterFactoryFor({ provider: "sqlite", file: ":memory:" });
}
