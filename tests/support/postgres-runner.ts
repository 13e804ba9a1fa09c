import type { RunnerTask as Task, RunnerTestSuite as Suite } from "vitest";
import { TestRunner } from "vitest";
import { POSTGRES_SKIP_MARK } from "./postgres-skip.js";

/**
 * The test runner, which turns "PostgreSQL is missing" (thrown by the database helpers when the global setup
 * found no server) into a skip instead of a failure, wherever the helper was called: in a test, a beforeEach
 * or a beforeAll (then the suite's tests are skipped). Any other error stays a failure.
 */
function skipWhenPostgresMissing(task: Task): void {
  const result = task.result;
  if (!result?.errors?.some((e: { message?: unknown }) => typeof e?.message === "string" && e.message.includes(POSTGRES_SKIP_MARK))) return;
  // Errors after the skip (an afterEach cleaning up what was never opened) are part of it.
  result.state = "skip";
  delete result.errors;
  task.mode = "skip";
}

export default class PostgresAwareRunner extends TestRunner {
  override onAfterRunTask(test: Task): void {
    skipWhenPostgresMissing(test);
    super.onAfterRunTask(test);
  }

  override async onAfterRunSuite(suite: Suite): Promise<void> {
    skipWhenPostgresMissing(suite);
    await super.onAfterRunSuite(suite);
  }
}
