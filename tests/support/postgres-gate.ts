import pg from "pg";
import type { TestProject } from "vitest/node";

/**
 * Global setup: is there a PostgreSQL server for the tests? Asked once, before any test file runs.
 * Without one, the PostgreSQL tests are skipped (see postgres-runner.ts) and the run ends with one line saying
 * so and how to run them; with REQUIRE_POSTGRES=1 (set by .ci/run) a missing server fails the run instead, so
 * that CI never skips them.
 */
export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** Why PostgreSQL cannot be used, or null when it can. */
    postgresMissing: string | null;
  }
}

/** The server's address without user or password, for messages. */
function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}`;
  } catch {
    return "TEST_POSTGRES_URL";
  }
}

export async function probePostgres(url: string, timeoutMs = 3000): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    const code = (error as { code?: string }).code;
    return `no PostgreSQL at ${where(url)} (${code ?? (error as Error).message.split("\n")[0]})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const missing = await probePostgres(ADMIN_URL);
  if (missing && process.env.REQUIRE_POSTGRES === "1") {
    throw new Error(`REQUIRE_POSTGRES=1 but ${missing}: start it, or point TEST_POSTGRES_URL at one`);
  }
  project.provide("postgresMissing", missing);
  if (!missing) return undefined;
  return () => {
    console.log(
      `\nPostgreSQL tests skipped: ${missing}. To run them: start PostgreSQL there (user postgres, trust auth) ` +
        `or set TEST_POSTGRES_URL=postgresql://user@host:port/postgres, then npm test (REQUIRE_POSTGRES=1 makes a missing server a failure).`,
    );
  };
}
