import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The core is plain TypeScript over plain data: no Node modules, no npm packages, no database, no clock.
 * The environment is read in one place, src/config.ts.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const SRC = path.join(ROOT, "src");
const CORE = path.join(SRC, "core");
/** Prisma writes its generated client; it is not the project's code. */
const GENERATED = path.join(SRC, "db", "generated");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === GENERATED ? [] : sourceFiles(full);
    return /\.(ts|mts|cts|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier of a file: static imports, `export … from`, `import type`, dynamic import() and require(). */
function moduleSpecifiers(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** The TypeScript file an ESM specifier such as "./rates.js" points at. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, ".ts"), base.replace(/\.mjs$/, ".mts"), `${base}.ts`, path.join(base, "index.ts")];
  return candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith(path.sep));
}

const rel = (file: string) => path.relative(ROOT, file);

describe("src/core depends on nothing outside src/core", () => {
  const files = sourceFiles(CORE);

  it("finds the core's files and their imports (the parser sees every import form)", () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((f) => f.endsWith(path.join("core", "format.ts")))).toBe(true);
    const probe = [
      'import a from "./a.js";',
      'import type { B } from "../b.js";',
      'export { c } from "./c.js";',
      'export * from "node:fs";',
      'const d = await import("pg");',
      'import "./side-effect.js";',
    ].join("\n");
    const found = ts.preProcessFile(probe, true, true).importedFiles.map((f) => f.fileName);
    expect(found.sort()).toEqual(["../b.js", "./a.js", "./c.js", "./side-effect.js", "node:fs", "pg"].sort());
  });

  it("imports only relative paths that stay inside src/core and exist", () => {
    const offending: string[] = [];
    for (const file of files) {
      for (const specifier of moduleSpecifiers(file)) {
        if (!specifier.startsWith("./") && !specifier.startsWith("../")) {
          offending.push(`${rel(file)} imports "${specifier}" (not a relative path: node:* and npm packages stay out of the core)`);
          continue;
        }
        const target = path.resolve(path.dirname(file), specifier);
        if (target !== CORE && !target.startsWith(CORE + path.sep)) {
          offending.push(`${rel(file)} imports "${specifier}", outside src/core`);
          continue;
        }
        if (!resolveRelative(file, specifier)) offending.push(`${rel(file)} imports "${specifier}", which does not exist`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("uses no Node globals (process, Buffer, require) and never reads the system clock", () => {
    const offending: string[] = [];
    for (const file of files) {
      const text = stripComments(readFileSync(file, "utf8"));
      for (const [pattern, what] of [
        [/\bprocess\./, "process"],
        [/\bBuffer\./, "Buffer"],
        [/\brequire\(/, "require"],
        [/\bDate\.now\(/, "Date.now()"],
        [/\bnew Date\(\s*\)/, "new Date()"],
      ] as const) {
        if (pattern.test(text)) offending.push(`${rel(file)} uses ${what}`);
      }
    }
    expect(offending).toEqual([]);
  });
});

describe("the environment is read in src/config.ts only", () => {
  it("no other file under src mentions process.env", () => {
    const readers = sourceFiles(SRC)
      .filter((file) => /\bprocess\s*\.\s*env\b|\bprocess\s*\[\s*["']env["']\s*\]/.test(stripComments(readFileSync(file, "utf8"))))
      .map(rel);
    expect(readers).toEqual([path.join("src", "config.ts")]);
  });
});

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
}
