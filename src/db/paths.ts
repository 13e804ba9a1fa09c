import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import type { Provider } from "./provider.js";

/** The repository root, found from this module whether it runs from src/ or from the bundle in dist/. */
function findRepoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRepoRoot();
export const SCHEMA_PATH = path.join(REPO_ROOT, "prisma/schema.prisma");
export const DEMO_DATA_PATH = path.join(REPO_ROOT, "prisma/demo/quang-nam-2023.yaml");
export const LOCALES_DIR = path.join(REPO_ROOT, "locales");

export function schemaPathFor(provider: Provider): string {
  return provider === "sqlite" ? SCHEMA_PATH : path.join(REPO_ROOT, "prisma/postgresql/schema.prisma");
}

export function migrationsDirFor(provider: Provider): string {
  return path.join(REPO_ROOT, "prisma/migrations", provider);
}

/** The data model the newest migrations were made from; `db:diff` compares the schema against it. */
export const SCHEMA_SNAPSHOT_PATH = path.join(REPO_ROOT, "prisma/migrations/schema.snapshot.prisma");
