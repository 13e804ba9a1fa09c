import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/db/paths.js";
import { runProcess } from "../support/processes.js";

/**
 * The disk full under an SQLite database: start-up says so in one line, not with an engine's stack trace. The
 * full disk is real: a 1–8 MB tmpfs mounted in a mount namespace of the child's own (`unshare --mount`, as root;
 * `--user --map-root-user` otherwise), filled with a file, so nothing outside the test sees it.
 */
const UNSHARE = [["--mount"], ["--user", "--map-root-user", "--mount"]].find((flags) => spawnSync("unshare", [...flags, "true"]).status === 0);
const MOUNT = "/tmp/nhacviec-disk-full";
const bot = (args: string) => `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(REPO_ROOT, "src/run.mjs"))} ${args}`;

function onFullDisk(sizeKb: number, script: string) {
  const shell = `mkdir -p ${MOUNT} && mount -t tmpfs -o size=${sizeKb}k tmpfs ${MOUNT} && ${script}`;
  return runProcess("unshare", [...UNSHARE!, "sh", "-c", shell], { env: { DATABASE_URL: `file:${MOUNT}/nhacviec.db`, NOW: "2023-07-25T08:00:00+07:00" }, timeoutMs: 90_000 });
}
const fill = `dd if=/dev/zero of=${MOUNT}/fill bs=4k count=1000000 2>/dev/null;`;

describe.skipIf(!UNSHARE)("the disk full under SQLite", () => {
  it("a first start on a full disk: 'disk full' in one line, exit 1", async () => {
    const { code, stderr } = await onFullDisk(256, `${fill} ${bot("cli migrate")}`);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^Ổ đĩa đầy \/ disk full: cannot write the database .*nhacviec\.db; free some space/);
    console.log(`fault disk full (new database): ${stderr.trim()}`);
  }, 120_000);

  it("the bot started on an existing database after the disk filled up: the same line; with space again it answers", async () => {
    const { code, stdout, stderr } = await onFullDisk(
      8192,
      `${bot("cli migrate")} >/dev/null && ${fill} ${bot("main")} </dev/null; echo "exit $?"; rm ${MOUNT}/fill; ${bot('cli ask "tiến độ kế hoạch CCHC"')}`,
    );
    expect(code).toBe(0);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^Ổ đĩa đầy \/ disk full: cannot write the database/);
    expect(stdout).toContain("exit 1");
    expect(stdout).toContain("32,55%");
    console.log(`fault disk full (existing database, bot start): ${stderr.trim()}`);
  }, 120_000);
});
