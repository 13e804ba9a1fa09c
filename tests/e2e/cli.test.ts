import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_DATA_PATH } from "../../src/db/paths.js";
import { committedMigrationNames } from "../../src/db/migration-files.js";
import { createPostgresDatabase, freshSqlite, tempDir, type TestDatabase } from "../support/databases.js";
import { demoApp, message } from "../support/demo-app.js";
import { cli, npmRun, type ProcessResult } from "../support/processes.js";

/**
 * The commands as a user runs them: separate processes on a new embedded database (DEMO_DATA unset, so the
 * first start loads the demo data and the clock stands at the meeting of 25/7/2023 08:00).
 */
// Each command is a Node process of about 1,5 s CPU; on a busy two-core machine a few side by side take a while.
vi.setConfig({ testTimeout: 60_000 });

let tmp: { dir: string; remove(): void };
let shared: Record<string, string>;
let reference: TestDatabase;
/** The two first starts of the warm-up: the plan-progress question with and without diacritics. */
let warm: { withMarks: ProcessResult; without: ProcessResult };

const ask = (args: string[], env: Record<string, string> = {}, stdin?: string) =>
  cli(["ask", ...args], { env: { ...shared, ...env }, ...(stdin === undefined ? {} : { stdin }) });

/** A failure a user can fix: a non-zero exit (1 unless told), exactly one line on stderr, nothing on stdout. */
function expectOneLineFailure(result: ProcessResult, code = 1): string {
  const stderr = result.stderr.trim();
  expect({ code: result.code, stdout: result.stdout }, result.stderr).toEqual({ code, stdout: "" });
  expect(stderr.length).toBeGreaterThan(0);
  expect(stderr, "stderr must be one line").not.toMatch(/\n/);
  expect(stderr).not.toMatch(/^\s*at |Error: |node:internal/);
  return stderr;
}

/** What the bot replies in-process, on a database seeded from the same file: the CLI must print exactly this. */
async function botReply(text: string): Promise<string> {
  const handled = await (await demoApp(reference.database)).handleMessage(message(text));
  return handled.outbound.map((o) => o.text).join("\n");
}

function expectSuccess(result: ProcessResult): string {
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
  return result.stdout;
}

const counts = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    const tables = ["Unit", "Person", "Plan", "Task", "TaskCooperator", "Metric", "MetricValue", "Membership"];
    return {
      rows: Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n])) as Record<string, number>,
      updatedAt: (db.prepare('SELECT group_concat(updatedAt) AS s FROM (SELECT updatedAt FROM "Task" ORDER BY id)').get() as { s: string }).s,
      lead: (db.prepare(`SELECT u.code AS c FROM "Task" t JOIN "Unit" u ON u.id = t.leadUnitId WHERE t.code = 'CCHC23-07'`).get() as { c: string }).c,
    };
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  tmp = tempDir("nhacviec-e2e-");
  shared = { DATABASE_URL: `file:${path.join(tmp.dir, "shared.db")}` };
  // Warm-up: builds the bundle in dist/ when a source is newer, and makes the shared database (migrated and
  // seeded on first start) so the tests below start from a warm, existing file and may run side by side.
  // Two commands start together on the new file, as a user's bot and an `ask` might: both must answer.
  const [withMarks, without] = await Promise.all([
    ask(["tiến độ kế hoạch CCHC năm 2023"]),
    ask(["tien do ke hoach cchc nam 2023"]),
    freshSqlite({ demo: true }).then((db) => (reference = db)),
  ]);
  warm = { withMarks, without };
  expectSuccess(withMarks);
  expectSuccess(without);
  // CCHC23's 43 tasks and the Chairman's conclusions' 4 (KL23).
  expect(counts(path.join(tmp.dir, "shared.db")).rows.Task).toBe(47);
}, 120_000);

afterAll(async () => {
  await reference?.cleanup();
  tmp?.remove();
});

describe.concurrent("npm run ask", () => {
  it("plan progress: 14/43, 32,55%, as of 25/7/2023; stdout is exactly the reply the bot sends; --json wraps it", async () => {
    const json = await ask(["tiến độ kế hoạch CCHC năm 2023", "--json"]);
    const stdout = expectSuccess(warm.withMarks);
    expect(stdout).toContain("14/43");
    expect(stdout).toContain("32,55%");
    expect(stdout).toContain("25/7/2023");
    const expected = await botReply("tiến độ kế hoạch CCHC năm 2023");
    expect(stdout).toBe(`${expected}\n`);

    const line = expectSuccess(json);
    expect(line.trim().split("\n")).toHaveLength(1);
    const parsed = JSON.parse(line) as { intent: string; slots: Record<string, unknown>; query: { subject: string; ask: string }; reply: string };
    expect(Object.keys(parsed).sort()).toEqual(["intent", "locale", "query", "reply", "slots"]);
    expect(parsed.intent).toBe("plan_progress");
    expect(parsed.query).toMatchObject({ subject: "plan", ask: "progress" });
    expect(parsed.slots).toBeTypeOf("object");
    expect(parsed.slots).not.toHaveProperty("intent");
    expect(`${parsed.reply}\n`).toBe(stdout);
  });

  it("--as asks as a person or unit ('đơn vị mình' is theirs); an 'as' on a --jsonl line does the same; an unknown name is refused", async () => {
    const mine = expectSuccess(await ask(["đơn vị mình còn việc gì", "--as", "Núi Thành"]));
    expect(mine).toContain("Ủy ban nhân dân huyện Núi Thành");
    expect(mine).toContain("CCHC23-17");
    expect(mine).not.toContain("CCHC23-15");
    const lines = [
      JSON.stringify({ chat: "a", text: "sở mình chủ trì những việc nào", as: "Sở Tư pháp" }),
      JSON.stringify({ chat: "b", text: "sở mình chủ trì những việc nào" }),
    ].join("\n");
    const out = expectSuccess(await ask(["--jsonl"], {}, `${lines}\n`)).trim().split("\n").map((l) => JSON.parse(l) as { chat: string; reply: string });
    expect(out.find((o) => o.chat === "a")?.reply).toContain("do Sở Tư pháp chủ trì");
    // Without "as", the command line asks as nobody's unit: the bot says so instead of guessing one.
    expect(out.find((o) => o.chat === "b")?.reply).toContain("Chưa xác định được đơn vị của người hỏi");
    expect(expectOneLineFailure(await ask(["đơn vị mình còn việc gì", "--as", "Sở Du lịch"]), 2)).toContain("Sở Du lịch");
  });

  it("plan progress without diacritics gives the same reply", async () => {
    const stdout = expectSuccess(warm.without);
    const expected = await botReply("tiến độ kế hoạch CCHC năm 2023");
    expect(stdout).toBe(`${expected}\n`);
    expect(stdout).toContain("14/43");
    expect(stdout).toContain("32,55%");
  });

  it.each(["tỷ lệ hồ sơ trực tuyến cấp huyện", "ty le ho so truc tuyen cap huyen"])("%s → 18,05% for 1/1–27/6/2023", async (question) => {
    const stdout = expectSuccess(await ask([question]));
    expect(stdout).toContain("18,05%");
    expect(stdout).toContain("1/1–27/6/2023");
    for (const other of ["66,06%", "63,46%", "64%"]) expect(stdout).not.toContain(other);
    const expected = await botReply(question);
    expect(stdout).toBe(`${expected}\n`);
  });

  it("every level of the online-dossier rate, with and without diacritics (one --jsonl run, one chat per question)", async () => {
    const questions: Array<[string, string]> = [
      ["tỷ lệ hồ sơ trực tuyến cấp xã", "66,06%"],
      ["ty le ho so truc tuyen cap xa", "66,06%"],
      ["tỷ lệ hồ sơ trực tuyến sở ngành", "63,46%"],
      ["ty le ho so truc tuyen so nganh", "63,46%"],
      ["tỷ lệ hồ sơ trực tuyến toàn tỉnh", "64%"],
      ["ty le ho so truc tuyen toan tinh", "64%"],
    ];
    // Malformed lines in between are reported on their own line and do not stop the run (exit 1 at the end).
    const stdin = [
      ...questions.map(([text], i) => JSON.stringify({ chat: `q${i}`, text })),
      "not json",
      '{"chat":"x"}',
      JSON.stringify({ chat: "last", text: "tiến độ kế hoạch CCHC năm 2023" }),
    ].join("\n");
    const result = await ask(["--jsonl"], {}, stdin);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line) as { chat: string; text?: string; reply?: string; error?: string });
    expect(lines).toHaveLength(questions.length + 3);
    questions.forEach(([text, figure], i) => {
      expect(lines[i]).toMatchObject({ chat: `q${i}`, text });
      expect(lines[i]!.reply).toContain(figure);
      expect(lines[i]!.reply).toContain("1/1–27/6/2023");
      for (const other of ["18,05%", "66,06%", "63,46%", "64%"].filter((f) => f !== figure)) expect(lines[i]!.reply).not.toContain(other);
    });
    expect(lines[questions.length]).toHaveProperty("error");
    expect(lines[questions.length + 1]).toMatchObject({ chat: "x" });
    expect(lines[questions.length + 1]).toHaveProperty("error");
    expect(lines.at(-1)!.reply).toContain("32,55%");
  });

  it("--jsonl keeps the conversation of each chat apart", async () => {
    const input = [
      { chat: "a", text: "tỷ lệ hồ sơ trực tuyến cấp huyện" },
      { chat: "b", text: "còn cấp xã?" },
      { chat: "a", text: "còn cấp xã?" },
      { chat: "b", text: "tien do ke hoach cchc nam 2023" },
    ];
    const result = await ask(["--jsonl"], {}, input.map((line) => JSON.stringify(line)).join("\n") + "\n");
    const lines = expectSuccess(result).trim().split("\n").map((line) => JSON.parse(line) as { chat: string; text: string; reply: string });
    expect(lines.map((l) => [l.chat, l.text])).toEqual(input.map((l) => [l.chat, l.text]));
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(["chat", "reply", "text"]);
    expect(lines[0]!.reply).toContain("18,05%");
    // Chat b has no earlier question: "còn cấp xã?" alone is not the online-dossier rate.
    expect(lines[1]!.reply).not.toContain("66,06%");
    // Chat a asked about the online-dossier rate: the follow-up answers it for communes.
    expect(lines[2]!.reply).toContain("66,06%");
    expect(lines[3]!.reply).toContain("14/43");
  });

  it("--now moves the moment the bot answers as of", async () => {
    const stdout = expectSuccess(await ask(["tiến độ kế hoạch CCHC năm 2023", "--now", "2023-12-31T08:00:00+07:00"]));
    expect(stdout).toContain("31/12/2023");
    expect(stdout).not.toContain("25/7/2023");
    expect(stdout).toContain("14/43");
  });

  it("NOW does the same", async () => {
    const stdout = expectSuccess(await ask(["tiến độ kế hoạch CCHC năm 2023"], { NOW: "2023-12-31T08:00:00+07:00" }));
    expect(stdout).toContain("31/12/2023");
    expect(stdout).not.toContain("25/7/2023");
  });

  it("on PostgreSQL: the first start migrates and seeds a new database, and the answer is the same", async () => {
    const pg = await createPostgresDatabase();
    try {
      const questions = ["tiến độ kế hoạch CCHC năm 2023", "ty le ho so truc tuyen cap huyen"];
      const onPostgres = await ask(["--jsonl"], { DATABASE_URL: pg.url }, questions.map((text) => JSON.stringify({ chat: "a", text })).join("\n"));
      const replies = expectSuccess(onPostgres).trim().split("\n").map((line) => (JSON.parse(line) as { reply: string }).reply);
      // The same replies as the bot gives on the SQLite reference database.
      const app = await demoApp(reference.database);
      const expected = [];
      for (const text of questions) expected.push((await app.handleMessage(message(text, "a"))).outbound.map((o) => o.text).join("\n"));
      expect(replies).toEqual(expected);
      expect(replies[0]).toContain("32,55%");
      expect(replies[1]).toContain("18,05%");
    } finally {
      await pg.drop();
    }
  });

  it("npm run --silent ask prints the reply and nothing else", async () => {
    const stdout = expectSuccess(await npmRun("ask", ["tỷ lệ hồ sơ trực tuyến cấp huyện"], { env: shared }));
    const expected = await botReply("tỷ lệ hồ sơ trực tuyến cấp huyện");
    expect(stdout).toBe(`${expected}\n`);
    expect(stdout).toContain("18,05%");
  });
});

describe.concurrent("bad input: one clear line, non-zero exit, nothing half-written", () => {
  it.each([[[""]], [[]]])("an empty question %j", async (args) => {
    const stderr = expectOneLineFailure(await ask(args), 2);
    expect(stderr).toMatch(/empty question/);
  });

  it("DATABASE_URL=mysql://x names DATABASE_URL", async () => {
    const stderr = expectOneLineFailure(await ask(["tiến độ"], { DATABASE_URL: "mysql://x" }));
    expect(stderr).toContain("DATABASE_URL");
  });

  it("a wrong LOG_LEVEL names it and never prints the token set beside it", async () => {
    const token = "7034567890:AAH-e2e-secret-token";
    const stderr = expectOneLineFailure(await ask(["tiến độ"], { LOG_LEVEL: "verbose", TELEGRAM_BOT_TOKEN: token }));
    expect(stderr).toContain("LOG_LEVEL");
    expect(stderr).not.toContain(token);
  });

  it("NOW=yesterday names NOW", async () => {
    expect(expectOneLineFailure(await ask(["tiến độ"], { NOW: "yesterday" }))).toContain("NOW");
  });

  it("a data folder that cannot be created", async () => {
    const blocker = path.join(tmp.dir, "a-regular-file");
    writeFileSync(blocker, "not a folder");
    const stderr = expectOneLineFailure(await ask(["tiến độ kế hoạch CCHC năm 2023"], { DATABASE_URL: `file:${blocker}/sub/x.db` }));
    expect(stderr).toMatch(/data folder is not writable/);
    expect(stderr).toContain(path.join(blocker, "sub"));
    expect(readFileSync(blocker, "utf8")).toBe("not a folder");
  });

  it("an unreachable PostgreSQL", async () => {
    const stderr = expectOneLineFailure(await ask(["tiến độ kế hoạch CCHC năm 2023"], { DATABASE_URL: "postgresql://postgres:pw-e2e@127.0.0.1:1/x" }));
    expect(stderr).toContain("PostgreSQL");
    expect(stderr).toContain("127.0.0.1:1");
    expect(stderr).not.toContain("pw-e2e");
  });

  it("a broken demo file: the row and the field, and the database unchanged", async () => {
    const file = path.join(tmp.dir, "seeded.db");
    const env = { DATABASE_URL: `file:${file}` };
    const good = await cli(["seed", "--demo"], { env });
    expect(expectSuccess(good)).toMatch(/47 tasks/);
    const before = counts(file);
    expect(before.rows.Task).toBe(47);

    const broken = path.join(tmp.dir, "broken.yaml");
    writeFileSync(broken, readFileSync(DEMO_DATA_PATH, "utf8").replace(/(- code: CCHC23-07\n(?:\s+\w+:.*\n)*?\s+lead:) STP/, "$1 NOPE"));
    expect(readFileSync(broken, "utf8")).toContain("lead: NOPE");
    const stderr = expectOneLineFailure(await npmRun("seed", ["--demo", "--file", broken], { env }));
    expect(stderr).toContain(broken);
    expect(stderr).toMatch(/broken\.yaml:\d+: /);
    expect(stderr).toContain("(CCHC23-07).lead");
    expect(stderr).toContain("NOPE");
    expect(counts(file)).toEqual(before);
    expect(before.lead).toBe("STP");
  });

  it("a broken demo file does not even create a new database", async () => {
    const broken = path.join(tmp.dir, "broken-deadline.yaml");
    writeFileSync(broken, readFileSync(DEMO_DATA_PATH, "utf8").replace(/(- code: CCHC23-07\n(?:\s+\w+:.*\n)*?\s+deadline:) \S+/, "$1 2023-13-45"));
    const folder = path.join(tmp.dir, "never-created");
    const stderr = expectOneLineFailure(await cli(["seed", "--demo", "--file", broken], { env: { DATABASE_URL: `file:${folder}/x.db` } }));
    expect(stderr).toContain("(CCHC23-07).deadline");
    expect(existsSync(folder)).toBe(false);
  });
});

describe("npm run db:migrate", () => {
  it("applies the committed migrations to a new file, then reports it up to date", async () => {
    const env = { DATABASE_URL: `file:${path.join(tmp.dir, "migrate", "x.db")}` };
    const first = expectSuccess(await npmRun("db:migrate", [], { env }));
    const names = await committedMigrationNames("sqlite");
    expect(first.trim()).toBe(`applied: ${names.join(", ")}`);
    expect(expectSuccess(await cli(["migrate"], { env })).trim()).toBe("up to date");
    expect(readdirSync(path.join(tmp.dir, "migrate"))).toContain("x.db");
  });
});
