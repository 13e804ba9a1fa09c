import type { PrismaClient as SqliteClient } from "./generated/sqlite/client.js";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Provider } from "./provider.js";

/**
 * Prisma generates one client per provider. The stores use only what both providers share, so they are
 * typed against the SQLite client and receive either. Each client is loaded only when its provider is in
 * use: loading both costs a start-up the bot does not need.
 */
export type Db = SqliteClient;

export async function createPrismaClient(provider: Provider, adapter: SqlMigrationAwareDriverAdapterFactory): Promise<Db> {
  if (provider === "sqlite") {
    const { PrismaClient } = await import("./generated/sqlite/client.js");
    return new PrismaClient({ adapter });
  }
  const { PrismaClient } = await import("./generated/postgresql/client.js");
  return new PrismaClient({ adapter }) as unknown as Db;
}
