import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DemoFileError, parseDemoFile, parseWithPositions } from "../../src/app/demo-file.js";
import { taskState } from "../../src/core/task-state.js";
import { planProgress } from "../../src/core/plan-progress.js";
import { toTask } from "../../src/db/stores/mappers.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import { createCatalogStore } from "../../src/db/stores/catalog-store.js";
import { DEMO_DATA_PATH } from "../../src/db/paths.js";
import { loadDemoData } from "../../src/composition/runtime.js";
import { freshSqlite, tempDir, type TestDatabase } from "../support/databases.js";
import { rowCounts } from "../support/schema-facts.js";

/** The demo data is the report of 25/7/2023: every figure the bot answers with must be exactly as printed. */
const TODAY = "2023-07-25";
let t: TestDatabase;

beforeAll(async () => {
  t = await freshSqlite({ demo: true });
});
afterAll(async () => {
  await t?.cleanup();
});

const db = () => t.database.db;

describe("the plan: 43 tasks, 14 done, 32,55%", () => {
  it("has the CCHC plan, CCHC23, with 43 tasks of which 14 are done, and the Chairman's conclusions of 25/7/2023 beside it", async () => {
    const plans = await db().plan.findMany({ orderBy: { id: "asc" }, include: { _count: { select: { tasks: true } } } });
    expect(plans.map((p) => [p.code, p.kind, p.programme, p.year, p.active, p.issuedOn, p._count.tasks])).toEqual([
      ["CCHC23", "plan", "cchc", 2023, true, null, 43],
      ["KL23", "conclusion", null, 2023, true, "2023-07-25", 4],
    ]);
    expect(await db().task.count({ where: { status: "done", plan: { code: "CCHC23" } } })).toBe(14);
    // Công an tỉnh leads the VNeID drive toward the top 20; 738.291 accounts by 31/7/2023.
    const conclusions = await db().task.findMany({ where: { plan: { code: "KL23" } }, orderBy: { code: "asc" }, include: { leadUnit: true } });
    expect(conclusions.map((t) => [t.code, t.leadUnit.code, t.deadline])).toEqual([
      ["KL23-01", "VPUB", "2023-12-31"], ["KL23-02", "VPUB", "2023-12-31"], ["KL23-03", "CAT", "2023-12-31"], ["KL23-04", "CAT", "2023-07-31"],
    ]);
    expect(conclusions[2]!.title).toContain("VNeID");
    expect(conclusions[3]!.title).toContain("738.291");
  });

  it("progressCounts on 25/7/2023: done 14, in progress within deadline 8, overdue 6, not started 15", async () => {
    const plan = await db().plan.findUniqueOrThrow({ where: { code: "CCHC23" } });
    const counts = await createTaskStore(db()).progressCounts(plan.id, TODAY);
    expect(counts).toEqual({
      total: 43, done: 14, inProgressOnTime: 8, overdue: 6, notStartedOnTime: 15, awaitingConfirmation: 0,
      // One blocked (CCHC23-22, counted among the overdue), three done late, no extension: as issued is the same.
      blocked: 1, doneLate: 3, doneLateAsIssued: 3, extended: 0, asIssued: { overdue: 6, inProgressOnTime: 8, notStartedOnTime: 15 },
    });
    const progress = planProgress(counts);
    expect(progress.rate).toBe(32.55);
    expect(progress.remaining).toBe(29);
  });

  it("the store's counts agree with taskState applied to every task", async () => {
    const tasks = (await db().task.findMany({ where: { plan: { code: "CCHC23" } } })).map(toTask);
    const tally: Record<string, number> = {};
    for (const task of tasks) {
      const state = taskState(task, TODAY);
      tally[state] = (tally[state] ?? 0) + 1;
    }
    expect((tally.done_on_time ?? 0) + (tally.done_late ?? 0)).toBe(14);
    expect(tally.in_progress_on_time).toBe(8);
    expect(tally.overdue).toBe(6);
    expect(tally.not_started_on_time).toBe(15);
    // CCHC23-04 was finished 12 days late (12/5 for 30/4).
    expect(taskState(toTask(await db().task.findUniqueOrThrow({ where: { code: "CCHC23-04" } })), TODAY)).toBe("done_late");
  });

  it("every done task has a completion date, every open one has none, and progress is 100 only when done", async () => {
    const tasks = await db().task.findMany();
    for (const task of tasks) {
      expect([task.code, task.status === "done"]).toEqual([task.code, task.completedAt !== null]);
      if (task.status === "done") expect(task.progress).toBe(100);
      else expect(task.progress).toBeLessThan(100);
      expect(task.deadline).toMatch(/^2023-\d{2}-\d{2}$/);
    }
    const codes = tasks.map((x) => x.code).sort();
    expect(codes).toEqual([...Array.from({ length: 43 }, (_, i) => `CCHC23-${String(i + 1).padStart(2, "0")}`), "KL23-01", "KL23-02", "KL23-03", "KL23-04"]);
  });

  it("stores a completion date as the end of that working day in Vietnam", async () => {
    const task = await db().task.findUniqueOrThrow({ where: { code: "CCHC23-02" } });
    expect(task.completedAt?.toISOString()).toBe("2023-03-09T10:00:00.000Z"); // 17:00 +07
  });
});

describe("units", () => {
  it("has the 18 district-level units of Quảng Nam in 2023", async () => {
    const districts = await db().unit.findMany({ where: { kind: "district" }, orderBy: { code: "asc" } });
    expect(districts.map((u) => u.code)).toEqual(
      [
        "BACTRAMY", "DAILOC", "DIENBAN", "DONGGIANG", "DUYXUYEN", "HIEPDUC", "HOIAN", "NAMGIANG", "NAMTRAMY",
        "NONGSON", "NUITHANH", "PHUNINH", "PHUOCSON", "QUESON", "TAMKY", "TAYGIANG", "THANGBINH", "TIENPHUOC",
      ].sort(),
    );
    const province = await db().unit.findUniqueOrThrow({ where: { code: "QNM" } });
    for (const d of districts) expect(d.parentId).toBe(province.id);
  });

  it("links successors (QNM → DNG from 1/7/2025)", async () => {
    const qnm = await db().unit.findUniqueOrThrow({ where: { code: "QNM" }, include: { successor: true } });
    expect([qnm.validTo, qnm.successor?.code, qnm.successor?.validFrom]).toEqual(["2025-06-30", "DNG", "2025-07-01"]);
  });
});

describe("every KPI figure of the report, exactly as printed", () => {
  const values = async (key: string) => {
    const metric = await db().metric.findUniqueOrThrow({ where: { key }, include: { values: { orderBy: { id: "asc" } } } });
    return metric.values.map((v) => ({
      scope: v.scope,
      value: v.value,
      qualifier: v.qualifier,
      denominator: v.denominator,
      target: v.target,
      targetDate: v.targetDate,
      periodFrom: v.periodFrom,
      periodTo: v.periodTo,
      asOf: v.asOf,
    }));
  };
  const H1 = { periodFrom: "2023-01-01", periodTo: "2023-06-27", asOf: null };
  const none = { qualifier: "exact", denominator: null, target: null, targetDate: null };

  it("online dossier rate by level: 64 / 63.46 / 18.05 / 66.06 for 1/1–27/6/2023", async () => {
    expect(await values("online_dossier_rate")).toEqual([
      { scope: "province", value: "64", ...none, ...H1 },
      { scope: "department_level", value: "63.46", ...none, ...H1 },
      { scope: "district_level", value: "18.05", ...none, ...H1 },
      { scope: "commune_level", value: "66.06", ...none, ...H1 },
    ]);
  });

  it("online payments: 3048, and more than 859 billion đồng", async () => {
    expect(await values("online_payment_count")).toEqual([{ scope: "province", value: "3048", ...none, ...H1 }]);
    expect(await values("online_payment_amount")).toEqual([{ scope: "province", value: "859000000000", ...none, qualifier: "more_than", ...H1 }]);
  });

  it("8 of 10 connections required by the Government Office", async () => {
    expect(await values("vpcp_connections")).toEqual([
      { scope: "province", value: "8", ...none, denominator: "10", periodFrom: null, periodTo: null, asOf: "2023-07-25" },
    ]);
  });

  it("electronic identity as of 18/7/2023: 718738 profiles, 633404 accounts, 447246 activated of 738291 by 31/7, 60.58%", async () => {
    const asOf = { periodFrom: null, periodTo: null, asOf: "2023-07-18" };
    expect(await values("identity_profiles_created")).toEqual([{ scope: "province", value: "718738", ...none, ...asOf }]);
    expect(await values("eid_accounts_created")).toEqual([{ scope: "province", value: "633404", ...none, ...asOf }]);
    expect(await values("eid_accounts_activated")).toEqual([
      { scope: "province", value: "447246", ...none, target: "738291", targetDate: "2023-07-31", ...asOf },
    ]);
    // The rate is measured against the target itself: reaching the target is 100% by 31/7.
    expect(await values("eid_activation_rate")).toEqual([{ scope: "province", value: "60.58", ...none, target: "100", targetDate: "2023-07-31", ...asOf }]);
  });

  it("VNeID ranking 28 of 63, target 20 by 31/12/2023", async () => {
    expect(await values("vneid_ranking")).toEqual([
      { scope: "province", value: "28", ...none, denominator: "63", target: "20", targetDate: "2023-12-31", periodFrom: null, periodTo: null, asOf: "2023-07-25" },
    ]);
  });

  it("the catalog the bot answers from carries the same figures and names their source", async () => {
    const catalog = await createCatalogStore(db()).loadCatalog();
    const rate = catalog.metrics.find((m) => m.key === "online_dossier_rate")!;
    const rateValues = catalog.metricValues.filter((v) => v.metricId === rate.id);
    expect(rateValues.map((v) => [v.scope, v.value])).toEqual([
      ["province", "64"],
      ["department_level", "63.46"],
      ["district_level", "18.05"],
      ["commune_level", "66.06"],
    ]);
    expect(new Set(rateValues.map((v) => v.sourceTitle))).toEqual(new Set(["Báo cáo của Sở Nội vụ"]));
    expect(rate.aliases).toContain("tỷ lệ hồ sơ trực tuyến");
  });
});

describe("seeding is idempotent", () => {
  it("seeding again changes no row: same counts, same updatedAt, same ids", async () => {
    const snapshot = async () => ({
      counts: await rowCounts(t.database),
      tasks: await db().task.findMany({ orderBy: { id: "asc" }, select: { id: true, code: true, updatedAt: true } }),
      units: await db().unit.findMany({ orderBy: { id: "asc" }, select: { id: true, code: true, parentId: true, successorId: true } }),
      values: await db().metricValue.findMany({ orderBy: { id: "asc" }, select: { id: true, value: true } }),
      memberships: await db().membership.findMany({ orderBy: [{ personId: "asc" }, { unitId: "asc" }] }),
    });
    const before = await snapshot();
    await new Promise((resolve) => setTimeout(resolve, 5)); // an update would now get a later updatedAt
    const summary = await loadDemoData(t.database);
    expect(summary.tasks).toBe(47);
    expect(await snapshot()).toEqual(before);
  });

  it("an edited file updates only what changed, matched on codes", async () => {
    const tmp = tempDir();
    try {
      const edited = readFileSync(DEMO_DATA_PATH, "utf8").replace(/(- code: CCHC23-10\n(?:\s+\w+:.*\n)*?\s+status:) not_started/, "$1 in_progress");
      expect(edited).not.toBe(readFileSync(DEMO_DATA_PATH, "utf8"));
      const file = path.join(tmp.dir, "edited.yaml");
      writeFileSync(file, edited);
      const before = await db().task.findMany({ orderBy: { id: "asc" }, select: { id: true, code: true, updatedAt: true, status: true } });
      await loadDemoData(t.database, file);
      const after = await db().task.findMany({ orderBy: { id: "asc" }, select: { id: true, code: true, updatedAt: true, status: true } });
      const changed = after.filter((row, i) => row.updatedAt.getTime() !== before[i]!.updatedAt.getTime()).map((r) => [r.code, r.status]);
      expect(changed).toEqual([["CCHC23-10", "in_progress"]]);
      expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
      // And back: the committed file restores it.
      await loadDemoData(t.database);
      expect((await db().task.findUniqueOrThrow({ where: { code: "CCHC23-10" } })).status).toBe("not_started");
    } finally {
      tmp.remove();
    }
  });
});

describe("a broken demo file names the file, the line, the row and the field, and writes nothing", () => {
  const original = readFileSync(DEMO_DATA_PATH, "utf8");
  const lines = original.split("\n");
  /** The line number (1-based) of `field:` within the task block that starts with `- code: <code>`. */
  const lineOfField = (code: string, field: string) => {
    const start = lines.findIndex((l) => l.trim() === `- code: ${code}`);
    expect(start).toBeGreaterThanOrEqual(0);
    const offset = lines.slice(start).findIndex((l) => l.trim().startsWith(`${field}:`));
    expect(offset).toBeGreaterThan(0);
    return start + offset + 1;
  };
  const withLine = (lineNumber: number, replace: (line: string) => string | null) =>
    lines.flatMap((line, i) => (i + 1 === lineNumber ? (replace(line) === null ? [] : [replace(line)!]) : [line])).join("\n");

  const cases = [
    {
      name: "an impossible deadline",
      text: () => withLine(lineOfField("CCHC23-07", "deadline"), (l) => l.replace(/deadline: .*/, "deadline: 2023-13-45")),
      line: () => lineOfField("CCHC23-07", "deadline"),
      field: "(CCHC23-07).deadline",
      reason: /YYYY-MM-DD/,
    },
    {
      name: "an unknown lead unit",
      text: () => withLine(lineOfField("CCHC23-07", "lead"), (l) => l.replace(/lead: .*/, "lead: NOPE")),
      line: () => lineOfField("CCHC23-07", "lead"),
      field: "(CCHC23-07).lead",
      reason: /NOPE/,
    },
    {
      name: "a missing title",
      text: () => withLine(lineOfField("CCHC23-07", "title"), () => null),
      line: () => lineOfField("CCHC23-07", "title") - 1, // the row's first line: the field is not there
      field: "(CCHC23-07).title",
      reason: /missing/,
    },
    {
      name: "a done task without its completion date",
      text: () => withLine(lineOfField("CCHC23-07", "completedAt"), () => null),
      line: () => lines.findIndex((l) => l.trim() === "- code: CCHC23-07") + 1,
      field: "(CCHC23-07).completedAt",
      reason: /completedAt/,
    },
    {
      name: "a KPI value that is not a quoted decimal",
      text: () => original.replace('value: "18.05"', 'value: "18,05"'),
      line: () => lines.findIndex((l) => l.includes('value: "18.05"')) + 1,
      field: "(online_dossier_rate).values[2].value",
      reason: /decimal/,
    },
    {
      name: "invalid YAML",
      text: () => withLine(lineOfField("CCHC23-07", "deadline"), (l) => l.replace(/deadline: .*/, "deadline: [2023-06-30")),
      line: () => lineOfField("CCHC23-07", "deadline"),
      field: "",
      reason: /YAML/,
    },
  ];

  it.each(cases)("$name", ({ text, line, field, reason }) => {
    let error: unknown;
    try {
      parseDemoFile(text(), "prisma/demo/broken.yaml");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DemoFileError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n/);
    // "prisma/demo/broken.yaml:<line>: …" — the YAML parser may point one line further, at the token it choked on.
    const at = /^prisma\/demo\/broken\.yaml:(\d+): /.exec(message);
    expect(at, message).not.toBeNull();
    if (field) {
      expect(Number(at![1])).toBe(line());
      expect(message).toContain(field);
    } else {
      expect(Math.abs(Number(at![1]) - line())).toBeLessThanOrEqual(1);
    }
    expect(message).toMatch(reason);
  });

  it("loading a broken file into a seeded database changes nothing", async () => {
    const tmp = tempDir();
    try {
      const file = path.join(tmp.dir, "broken.yaml");
      writeFileSync(file, cases[1]!.text());
      const before = await rowCounts(t.database);
      const stamps = await db().task.findMany({ orderBy: { id: "asc" }, select: { code: true, updatedAt: true, leadUnitId: true } });
      const error = await loadDemoData(t.database, file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DemoFileError);
      expect((error as Error).message).toMatch(/broken\.yaml:\d+: .*\(CCHC23-07\)\.lead/);
      expect(await rowCounts(t.database)).toEqual(before);
      expect(await db().task.findMany({ orderBy: { id: "asc" }, select: { code: true, updatedAt: true, leadUnitId: true } })).toEqual(stamps);
    } finally {
      tmp.remove();
    }
  });

  it("the quick reading of a good file gives exactly what the reading with positions gives", () => {
    const quick = parseDemoFile(original, "demo.yaml");
    expect(quick).toEqual(parseWithPositions(original, "demo.yaml"));
    expect(quick.plans[0]!.tasks[0]!.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("a file that cannot be read is a DemoFileError too", async () => {
    const error = await loadDemoData(t.database, "/nonexistent/demo.yaml").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DemoFileError);
    expect((error as Error).message).toMatch(/^\/nonexistent\/demo\.yaml: .*ENOENT/);
  });

  it("a database error in the middle of seeding rolls everything back", async () => {
    const fresh = await freshSqlite();
    try {
      // Refused by the database, not by the file check: a duplicate metric key fails the metrics insert,
      // after units, people, the plan and its tasks were written in the same transaction.
      const data = parseDemoFile(original, "demo.yaml");
      data.metrics.push({ ...data.metrics[0]! });
      const { seedDemoData } = await import("../../src/db/seed.js");
      await expect(seedDemoData(fresh.database.db, data)).rejects.toThrow();
      const counts = await rowCounts(fresh.database);
      expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual([]);
    } finally {
      await fresh.cleanup();
    }
  });
});

describe("first start of the bot on a new embedded database", () => {
  const start = async (env: Record<string, string>) => {
    const { loadConfig } = await import("../../src/config.js");
    const { startRuntime } = await import("../../src/composition/runtime.js");
    const { createLogger } = await import("../../src/infra/logger.js");
    return startRuntime(loadConfig(env), createLogger("silent"));
  };

  it("creates the file, loads the demo data and runs as of the meeting (25/7/2023 08:00) when NOW is not set", async () => {
    const tmp = tempDir();
    try {
      const file = path.join(tmp.dir, "data", "nhacviec.db");
      const runtime = await start({ DATABASE_URL: `file:${file}` });
      try {
        expect(runtime.seeded).toMatchObject({ tasks: 47 });
        expect(runtime.demoClock).toBe(true);
        expect(Math.abs(runtime.clock.now().getTime() - new Date("2023-07-25T08:00:00+07:00").getTime())).toBeLessThan(60_000);
        expect(await runtime.database.db.task.count()).toBe(47);
      } finally {
        await runtime.close();
      }
      // The second start finds the data and loads nothing.
      const again = await start({ DATABASE_URL: `file:${file}`, NOW: "2023-12-31T08:00:00+07:00" });
      try {
        expect(again.seeded).toBeUndefined();
        expect(again.demoClock).toBe(false);
        expect(again.clock.now().toISOString().slice(0, 16)).toBe("2023-12-31T01:00");
      } finally {
        await again.close();
      }
    } finally {
      tmp.remove();
    }
  });

  it("DEMO_DATA=0 starts empty, on the system clock", async () => {
    const tmp = tempDir();
    try {
      const runtime = await start({ DATABASE_URL: `file:${path.join(tmp.dir, "x.db")}`, DEMO_DATA: "0" });
      try {
        expect(runtime.seeded).toBeUndefined();
        expect(runtime.demoClock).toBe(false);
        expect(await runtime.database.db.task.count()).toBe(0);
        expect(Math.abs(runtime.clock.now().getTime() - Date.now())).toBeLessThan(60_000);
      } finally {
        await runtime.close();
      }
    } finally {
      tmp.remove();
    }
  });
});
