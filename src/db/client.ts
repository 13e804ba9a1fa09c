import { PrismaClient as SqliteClient } from "./generated/sqlite/client.js";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client.js";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Provider } from "./provider.js";

/**
 * Prisma generates one client per provider. The stores use only what both providers share, so they are
 * typed against the SQLite client and receive either.
 */
export type Db = SqliteClient;

export function createPrismaClient(provider: Provider, adapter: SqlMigrationAwareDriverAdapterFactory): Db {
  if (provider === "sqlite") return new SqliteClient({ adapter });
  return new PostgresClient({ adapter }) as unknown as Db;
}
