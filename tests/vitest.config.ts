import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The repository root, so that test paths and the project's files resolve as they do from npm scripts.
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Database and process tests start real SQLite files, PostgreSQL databases and bot processes.
    pool: "forks",
    reporters: ["default"],
    // No PostgreSQL server: its tests are skipped with one line at the end; REQUIRE_POSTGRES=1 (CI) fails instead.
    // The bundle is built once first: the tests that run the commands as processes then start from it.
    globalSetup: ["tests/support/build-once.ts", "tests/support/postgres-gate.ts"],
    runner: "tests/support/postgres-runner.ts",
  },
});
