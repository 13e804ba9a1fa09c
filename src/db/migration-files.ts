import { readdir } from "node:fs/promises";
import type { Provider } from "./provider.js";
import { migrationsDirFor } from "./paths.js";

/** The committed migrations of a provider, oldest first (their folder names start with a timestamp). */
export async function committedMigrationNames(provider: Provider): Promise<string[]> {
  const entries = await readdir(migrationsDirFor(provider), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}
