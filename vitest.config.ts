import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Database and process tests start real SQLite files, PostgreSQL databases and bot processes.
    pool: "forks",
    reporters: ["default"],
  },
});
