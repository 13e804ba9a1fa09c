import { appendFileSync, cpSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/db/paths.js";
import { tempDir } from "../support/databases.js";
import { runProcess } from "../support/processes.js";

/**
 * The build as `npm start` meets it, in a copy of the repository: a stale bundle is type-checked and rebuilt
 * before anything runs, and a type error stops the start with a message instead of running old code.
 */
let tmp: { dir: string; remove(): void };
const inCopy = (...parts: string[]) => path.join(tmp.dir, ...parts);

beforeAll(() => {
  tmp = tempDir("nhacviec-build-");
  for (const item of ["package.json", "tsconfig.json", "tsconfig.src.json", "src", "prisma", "locales"]) {
    cpSync(path.join(REPO_ROOT, item), inCopy(item), { recursive: true, filter: (src) => !src.includes(`${path.sep}dist`) });
  }
  symlinkSync(path.join(REPO_ROOT, "node_modules"), inCopy("node_modules"), "dir");
});
afterAll(() => tmp?.remove());

const run = (args: string[]) =>
  runProcess(process.execPath, [inCopy("src/run.mjs"), ...args], { env: { DATABASE_URL: `file:${inCopy("data", "x.db")}` }, timeoutMs: 180_000 });

describe("npm run build and a start after a change", () => {
  it("builds; a type error in src/ stops the next start with a message; fixed, it runs again", async () => {
    const built = await run(["--build"]);
    expect({ code: built.code, stderr: built.stderr }).toEqual({ code: 0, stderr: "" });
    expect(built.stdout).toContain("built");

    const file = inCopy("src/cli/migrate.ts");
    const original = (await import("node:fs")).readFileSync(file, "utf8");
    appendFileSync(file, '\nexport const broken: number = "not a number";\n');
    const refused = await run(["cli", "migrate"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("type errors in src/");
    expect(refused.stderr).toContain("migrate.ts");
    expect(refused.stdout).toBe("");

    writeFileSync(file, original);
    // A build killed half-way left its lock behind: its process is gone, so the next start takes it over at once.
    mkdirSync(inCopy("dist", ".build-lock"), { recursive: true });
    writeFileSync(inCopy("dist", ".build-lock", "pid"), "999999");
    const ran = await run(["cli", "migrate"]);
    expect({ code: ran.code, stderr: ran.stderr }).toEqual({ code: 0, stderr: "" });
    expect(existsSync(inCopy("dist", ".build-lock"))).toBe(false);
  }, 240_000);
});
