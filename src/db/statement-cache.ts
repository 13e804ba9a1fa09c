import type { Database, Statement } from "better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Prisma's better-sqlite3 adapter compiles every SQL statement again on every query
 * (`client.prepare(sql).bind(args)`), which was an eighth of the cost of a simple read. Prisma sends a few
 * dozen distinct statements, so compiled statements are kept per SQL text and bound per call instead.
 * `bind` on a real statement binds it for good, so the adapter gets a view that passes its arguments at
 * each call. The adapter's use of `client.prepare` is what this relies on: tests/db/statement-cache.test.ts
 * fails if an upgrade stops going through it.
 */
export const STATEMENT_CACHE_LIMIT = 500;

export function withStatementCache(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const wrap = async (connecting: Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> => {
    const adapter = await connecting;
    const client = (adapter as unknown as { client?: Database }).client;
    if (client && typeof client.prepare === "function") cacheStatements(client);
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => wrap(factory.connect()),
    connectToShadowDb: () => wrap(factory.connectToShadowDb()),
  };
}

/** What the adapter uses of a statement after `bind(args)`. */
interface BoundStatement {
  readonly reader: boolean;
  columns(): ReturnType<Statement["columns"]>;
  raw(): { all(): unknown[] };
  run(): ReturnType<Statement["run"]>;
}

export interface StatementCacheStats {
  compiled: number;
  reused: number;
}

const columnsOf = new WeakMap<Statement, ReturnType<Statement["columns"]>>();
const counts: StatementCacheStats = { compiled: 0, reused: 0 };
const cached = new WeakSet<Database>();

/** How many statements this process compiled and how many it took from a cache (for tests and benchmarks). */
export function statementCacheStats(): StatementCacheStats {
  return { ...counts };
}

export function cacheStatements(client: Database): void {
  if (cached.has(client)) return;
  cached.add(client);
  const compile = client.prepare.bind(client);
  const cache = new Map<string, Statement>();
  const patched = (sql: string) => {
    let statement = cache.get(sql);
    if (statement === undefined) {
      statement = compile(sql);
      counts.compiled++;
      // Statements are few and fixed; a flood of distinct ones (raw SQL built from values) must not grow memory.
      if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
      cache.set(sql, statement);
    } else {
      counts.reused++;
    }
    return viewOf(statement);
  };
  (client as unknown as { prepare: typeof patched }).prepare = patched;
  const exec = client.exec.bind(client);
  client.exec = (source: string) => {
    cache.clear();
    return exec(source);
  };
}

function viewOf(statement: Statement) {
  // A statement's columns are fixed while the schema is: better-sqlite3 builds them anew on each call, which
  // cost as much as running a small query. The bot changes no schema while it runs (migrations run before,
  // on their own connection); a script run through `exec` still empties the cache to be safe.
  const columns = () => (columnsOf.get(statement) ?? columnsOf.set(statement, statement.columns()).get(statement))!;
  const bound = (args: unknown[]): BoundStatement => ({
    reader: statement.reader,
    columns,
    raw: () => ({ all: () => statement.raw(true).all(...args) }),
    run: () => statement.run(...args),
  });
  return {
    reader: statement.reader,
    bind: (args: unknown[] = []) => bound(args),
    run: (...args: unknown[]) => statement.run(...args),
    all: (...args: unknown[]) => (statement.reader ? statement.raw(false) : statement).all(...args),
    get: (...args: unknown[]) => (statement.reader ? statement.raw(false) : statement).get(...args),
    columns,
  };
}
