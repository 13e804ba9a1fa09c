import type { Config } from "../config.js";
import { openDatabase } from "../db/database.js";

/** `migrate`: applies pending migrations (every start does it too) and says what it applied. */
export async function migrate(config: Config): Promise<number> {
  const database = await openDatabase(config.database);
  console.log(database.appliedMigrations.length > 0 ? `applied: ${database.appliedMigrations.join(", ")}` : "up to date");
  await database.close();
  return 0;
}
