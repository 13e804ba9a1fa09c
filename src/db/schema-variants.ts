import type { Provider } from "./provider.js";

/**
 * prisma/schema.prisma is written for SQLite. Prisma ties a generated client to one provider, so the
 * PostgreSQL schema is derived from it by changing only the provider and the client's output folder;
 * the data model itself is shared text, which is what keeps the two from drifting.
 */
export const GENERATED_NOTICE =
  "// GENERATED from prisma/schema.prisma by `npm run db:generate`. Do not edit: change prisma/schema.prisma.\n";

export function schemaForProvider(sqliteSchema: string, provider: Provider): string {
  if (provider === "sqlite") return sqliteSchema;
  const withProvider = replaceOnce(sqliteSchema, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  const withOutput = replaceOnce(withProvider, /output(\s*)=\s*"\.\.\/src\/db\/generated\/sqlite"/, 'output$1= "../../src/db/generated/postgresql"');
  return GENERATED_NOTICE + withOutput;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma no longer contains ${pattern}`);
  return text.replace(pattern, replacement);
}
