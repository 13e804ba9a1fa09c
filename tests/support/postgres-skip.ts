/** Marks the error that postgres-runner.ts reports as a skip. */
export const POSTGRES_SKIP_MARK = "[postgres-missing]";

/**
 * Call before using the test PostgreSQL server: when the global setup (postgres-gate.ts) found none, and
 * REQUIRE_POSTGRES is not set (which would have failed the run already), the calling test or suite is skipped,
 * not failed. Outside vitest (the benchmarks import these helpers) it does nothing.
 */
export async function needPostgres(): Promise<void> {
  if (!process.env.VITEST) return;
  const { inject } = await import("vitest");
  const missing = inject("postgresMissing");
  if (missing) throw new Error(`${POSTGRES_SKIP_MARK} ${missing}`);
}
