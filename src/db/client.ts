import type { PrismaClient as SqliteClient } from "./generated/sqlite/client.js";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Provider } from "./provider.js";

/**
 * Prisma generates one client per provider. The stores use only what both providers share, so they are
 * typed against the SQLite client and receive either. Each client is loaded only when its provider is in
 * use: loading both costs a start-up the bot does not need.
 */
export type Db = SqliteClient;

/**
 * "minimal" errors: by default Prisma captures a stack trace (`new Error()`) on every query to point at the
 * calling line in its error messages, a twentieth of the cost of a simple read. Our stores catch and describe
 * their own errors, and the logs carry the stack of the error itself.
 */
const OPTIONS = { errorFormat: "minimal" } as const;

export async function createPrismaClient(provider: Provider, adapter: SqlMigrationAwareDriverAdapterFactory): Promise<Db> {
  if (provider === "sqlite") {
    const { PrismaClient } = await import("./generated/sqlite/client.js");
    return new PrismaClient({ adapter, ...OPTIONS });
  }
  const { PrismaClient } = await import("./generated/postgresql/client.js");
  return new PrismaClient({ adapter, ...OPTIONS }) as unknown as Db;
}
