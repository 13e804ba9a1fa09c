/**
 * Makes a table hold given rows, matched on a natural key: creates the missing ones in one statement and
 * updates only rows that differ. Seeding a fresh database is then a handful of statements, and seeding
 * it again with the same file writes nothing.
 */
export interface SyncOps<Row> {
  existing(keys: string[]): Promise<Array<Row & { id: number }>>;
  create(rows: Row[]): Promise<Array<{ id: number } & Record<string, unknown>>>;
  update(id: number, row: Row): Promise<unknown>;
}

export async function syncRows<Row extends Record<string, unknown>>(
  keyField: keyof Row & string,
  rows: readonly Row[],
  ops: SyncOps<Row>,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const current = new Map((await ops.existing(rows.map((r) => String(r[keyField])))).map((r) => [String(r[keyField]), r]));
  const missing: Row[] = [];
  for (const row of rows) {
    const found = current.get(String(row[keyField]));
    if (!found) {
      missing.push(row);
      continue;
    }
    ids.set(String(row[keyField]), found.id);
    if (differs(row, found)) await ops.update(found.id, row);
  }
  if (missing.length > 0) {
    for (const created of await ops.create(missing)) ids.set(String(created[keyField]), created.id);
  }
  return ids;
}

function differs(wanted: Record<string, unknown>, found: Record<string, unknown>): boolean {
  return Object.keys(wanted).some((k) => !same(wanted[k], found[k]));
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
