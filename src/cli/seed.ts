import path from "node:path";
import type { Config } from "../config.js";
import { openDatabase } from "../db/database.js";
import { readDemoFile } from "../composition/runtime.js";

/** `seed --demo`: loads the demo file, matching rows on their codes (idempotent). */
export async function seed(config: Config, options: { demo?: boolean; file?: string }): Promise<number> {
  if (!options.demo) {
    console.error("usage: npm run seed -- --demo [--file <path.yaml>]");
    return 2;
  }
  // The file is read and checked before the database is opened: a broken file leaves no trace, not even a new empty database.
  const data = await readDemoFile(options.file === undefined ? undefined : path.resolve(options.file));
  const database = await openDatabase(config.database);
  try {
    const { seedDemoData } = await import("../db/seed.js");
    const summary = await seedDemoData(database.db, data, database.provider);
    console.log(`demo data: ${summary.units} units, ${summary.people} people, ${summary.tasks} tasks, ${summary.metricValues} KPI values`);
    return 0;
  } finally {
    await database.close();
  }
}
