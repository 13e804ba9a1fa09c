import { databaseReady } from "../db/database.js";
import type { Runtime } from "./runtime.js";

/**
 * What /readyz reports: the database answers and has every committed migration, and every running channel
 * is connected (the Telegram poll runs, the personal Zalo listener is up). A false check is a 503.
 */
export async function readiness(runtime: Runtime, channels: Readonly<Record<string, () => boolean>>): Promise<Record<string, boolean>> {
  const database = await databaseReady(runtime.database);
  return {
    database: database.reachable,
    migrations: database.migrated,
    ...Object.fromEntries(Object.entries(channels).map(([name, connected]) => [`channel:${name}`, connected()])),
  };
}
