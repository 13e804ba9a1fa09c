import type { Db } from "../client.js";
import type { Provider } from "../provider.js";

/** A client or an open transaction: both run raw SQL. */
export type RawRunner = Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">;

/**
 * Raw SQL written once with `?` placeholders, run with the provider's own (`$1, $2, …` on PostgreSQL). The
 * statements here never contain a literal question mark.
 */
export function rawSql(provider: Provider) {
  const text = (sql: string): string => {
    if (provider === "sqlite") return sql;
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  return {
    query: <T>(runner: RawRunner, sql: string, ...params: unknown[]): Promise<T[]> => runner.$queryRawUnsafe<T[]>(text(sql), ...params),
    execute: (runner: RawRunner, sql: string, ...params: unknown[]): Promise<number> => runner.$executeRawUnsafe(text(sql), ...params),
  };
}

export type RawSql = ReturnType<typeof rawSql>;

/** "?, ?, ?" for a list of n values. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

/** Raw rows give dates as Date (PostgreSQL) or as text or milliseconds (SQLite): one Date either way. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  return new Date(String(value));
}

/** Raw counts and ids arrive as bigint on PostgreSQL. */
export function toNumber(value: unknown): number {
  return typeof value === "bigint" ? Number(value) : Number(value);
}

/** Raw booleans arrive as 0/1 on SQLite and as booleans on PostgreSQL. */
export function toBoolean(value: unknown): boolean {
  return value === true || Number(value) === 1;
}
