import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Prisma's schema engine compiled to WebAssembly. The Prisma CLI downloads a native engine that these
 * machines cannot fetch; the wasm build is the same engine, and Prisma Migrate accepts what it writes.
 * The package is a wasm-bindgen "bundler" build that Node cannot import directly, so it is wired by hand.
 */
let instantiated: Promise<void> | undefined;

function instantiate(): Promise<void> {
  instantiated ??= (async () => {
    const require = createRequire(import.meta.url);
    const glueFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(glueFile), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": withUnrefTimers(glue as unknown as WebAssembly.ModuleImports) });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

/**
 * The engine races its PostgreSQL queries against 10-second timers it has no way to cancel (the glue imports
 * setTimeout but not clearTimeout), so every finished migration kept Node alive for ten more seconds. Unref'd,
 * the timers still fire while the engine works (its connections keep the process alive) but hold nothing after.
 */
function withUnrefTimers(imports: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  const wrapped: WebAssembly.ModuleImports = { ...imports };
  for (const [name, value] of Object.entries(imports)) {
    if (name.startsWith("__wbg_setTimeout_") && typeof value === "function") {
      wrapped[name] = (...args: unknown[]) => {
        const timer = (value as (...a: unknown[]) => unknown)(...args);
        (timer as { unref?: () => void } | undefined)?.unref?.();
        return timer;
      };
    }
  }
  return wrapped;
}

export type { SchemaEngine };

export interface OpenEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes the connections it opened; freeing alone leaves SQLite locked. */
  close(): Promise<void>;
}

export async function openSchemaEngine(
  schemaFile: { path: string; content: string },
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<OpenEngine> {
  await instantiate();
  const opened: SqlDriverAdapter[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => remember(opened, await adapterFactory.connect()),
    connectToShadowDb: async () => remember(opened, await adapterFactory.connectToShadowDb()),
  };
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[schemaFile.path, schemaFile.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((a) => a.dispose()));
    },
  };
}

function remember(list: SqlDriverAdapter[], adapter: SqlDriverAdapter): SqlDriverAdapter {
  list.push(adapter);
  return adapter;
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
