// `npm run db:diff -- <name>`: writes the next migration, for SQLite and PostgreSQL alike, from the change
// between the data model of the newest migrations (prisma/migrations/schema.snapshot.prisma) and prisma/schema.prisma.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { PROVIDERS } from "../src/db/provider.js";
import { schemaForProvider } from "../src/db/schema-variants.js";
import { SCHEMA_PATH, SCHEMA_SNAPSHOT_PATH } from "../src/db/paths.js";
import { diffSql, writeMigration } from "../src/db/migrations.js";
import { offlineAdapterFactory } from "../src/db/adapters.js";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Cách dùng / usage: npm run db:diff -- <tên_migration>   (lowercase letters, digits and _)");
  process.exit(2);
}

const current = readFileSync(SCHEMA_PATH, "utf8");
const previous = existsSync(SCHEMA_SNAPSHOT_PATH) ? readFileSync(SCHEMA_SNAPSHOT_PATH, "utf8") : undefined;
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;

let wrote = 0;
for (const provider of PROVIDERS) {
  const sql = await diffSql(
    provider,
    previous === undefined ? undefined : schemaForProvider(previous, provider),
    schemaForProvider(current, provider),
    await offlineAdapterFactory(),
  );
  if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) continue;
  console.log(`${provider}: ${await writeMigration(provider, folder, sql)}`);
  wrote++;
}
if (wrote === 0) {
  console.log("Không có thay đổi / no schema changes: nothing written.");
} else {
  writeFileSync(SCHEMA_SNAPSHOT_PATH, current);
}
