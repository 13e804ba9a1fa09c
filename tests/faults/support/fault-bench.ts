import { afterEach, beforeEach } from "vitest";
import type { TestDatabase } from "../../support/databases.js";
import { startFaultPlatform, type FaultPlatform } from "./fault-platform.js";

/**
 * Every fault test's bench: a new database and a misbehaving Bot API before each test, both closed after it.
 * The returned getters read the current test's; `where` is how a worker process reaches the database.
 */
export function faultBench(open: () => Promise<TestDatabase>, cleanUp: () => Promise<void> = async () => {}) {
  let database: TestDatabase | undefined;
  let platform: FaultPlatform | undefined;
  beforeEach(async () => {
    database = await open();
    platform = await startFaultPlatform();
  });
  afterEach(async () => {
    await cleanUp();
    await platform?.close();
    await database?.cleanup();
  });
  return {
    get t(): TestDatabase {
      return database!;
    },
    get platform(): FaultPlatform {
      return platform!;
    },
    get where(): string {
      return database!.target.provider === "sqlite" ? database!.target.file : database!.target.url;
    },
  };
}
