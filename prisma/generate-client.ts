// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma and generates one Prisma client per provider.
// The Prisma CLI insists that a schema-engine binary exists before `generate`, although generate never runs
// it, and it cannot download one on machines without access to Prisma's binaries host: any existing file
// satisfies the check (see README, "Prisma without its engine download").
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROVIDERS } from "../src/db/provider.js";
import { schemaForProvider } from "../src/db/schema-variants.js";
import { SCHEMA_PATH, schemaPathFor, REPO_ROOT } from "../src/db/paths.js";

const source = readFileSync(SCHEMA_PATH, "utf8");
for (const provider of PROVIDERS) {
  const target = schemaPathFor(provider);
  if (provider !== "sqlite") {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, schemaForProvider(source, provider));
  }
  execFileSync(process.execPath, [path.join(REPO_ROOT, "node_modules/prisma/build/index.js"), "generate", "--schema", target], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  console.log(`prisma client generated for ${provider}`);
}
