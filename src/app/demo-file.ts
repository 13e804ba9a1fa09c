import { createRequire } from "node:module";
import { CORE_SCHEMA, load } from "js-yaml";
import * as v from "valibot";
import type { LineCounter as YamlLineCounter, parseDocument as YamlParseDocument } from "yaml";
import { isLocalDate } from "../core/local-date.js";

/**
 * The human-editable demo data (prisma/demo/*.yaml): parsed and checked before anything is written, so a
 * broken row is reported with its line and field and the database is left as it was.
 */
const localDate = v.pipe(v.string(), v.check(isLocalDate, "cần ngày dạng YYYY-MM-DD / expected a YYYY-MM-DD date"));
const decimal = v.pipe(v.string(), v.regex(/^-?\d+(\.\d+)?$/, 'cần số thập phân trong dấu nháy, ví dụ "63.46" / expected a quoted decimal'));
const code = v.pipe(v.string(), v.regex(/^[A-Z0-9][A-Z0-9_-]*$/, "mã chỉ gồm chữ in hoa, số, - và _ / code: uppercase letters, digits, - and _"));
const text = v.pipe(v.string(), v.minLength(1, "không được để trống / must not be empty"));
const texts = v.optional(v.array(text), []);

const unit = v.object({
  code,
  name: text,
  short: texts,
  aliases: texts,
  kind: v.picklist(["province", "provincial_office", "department", "district", "commune", "police", "other"]),
  parent: v.optional(code),
  validFrom: v.optional(localDate),
  validTo: v.optional(localDate),
  successor: v.optional(code),
});

const person = v.object({
  key: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, "khóa chỉ gồm chữ thường, số và - / key: lowercase letters, digits and -")),
  name: text,
  title: v.optional(text),
  role: v.picklist(["leader", "secretariat", "unit_officer", "admin"]),
  units: v.pipe(v.array(code), v.minLength(1, "cần ít nhất một đơn vị / at least one unit")),
  head: v.optional(v.boolean(), false),
  fictional: v.optional(v.boolean(), false),
});

const task = v.pipe(
  v.object({
    code,
    title: text,
    area: v.picklist(["institutions", "procedures", "apparatus", "civil_service", "public_finance", "digital_government", "direction"]),
    lead: code,
    cooperating: v.optional(v.array(code), []),
    deadline: localDate,
    status: v.picklist(["done", "in_progress", "not_started", "blocked", "pending_confirmation"]),
    completedAt: v.optional(localDate),
    progress: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)), 0),
    evidence: v.optional(text),
    notes: v.optional(text),
  }),
  v.forward(
    v.check((t) => (t.status === "done") === (t.completedAt !== undefined), "completedAt có khi và chỉ khi nhiệm vụ đã hoàn thành / completedAt goes with status done"),
    ["completedAt"],
  ),
);

const plan = v.object({
  code,
  name: text,
  /** A plan's task list, or a meeting's conclusions made tasks (as a pasted conclusion notice makes them). */
  kind: v.optional(v.picklist(["plan", "conclusion"]), "plan"),
  /** CCHC, CĐS or Đề án 06: the programme a plan serves, by which questions name it ("kế hoạch CCHC"). */
  programme: v.optional(v.picklist(["cchc", "cds", "da06"])),
  /** The day the plan, or the conclusion notice, was issued (the meeting held). */
  issuedOn: v.optional(localDate),
  active: v.optional(v.boolean(), true),
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
  source: text,
  secretariat: code,
  requiresConfirmation: v.optional(v.boolean(), false),
  tasks: v.array(task),
});

const metricValue = v.pipe(
  v.object({
    scope: v.picklist(["province", "department_level", "district_level", "commune_level", "unit"]),
    unit: v.optional(code),
    value: decimal,
    qualifier: v.optional(v.picklist(["exact", "more_than", "less_than", "about"]), "exact"),
    denominator: v.optional(decimal),
    target: v.optional(decimal),
    targetDate: v.optional(localDate),
    periodFrom: v.optional(localDate),
    periodTo: v.optional(localDate),
    asOf: v.optional(localDate),
    source: text,
    note: v.optional(text),
  }),
  v.forward(
    v.check((x) => x.asOf !== undefined || (x.periodFrom !== undefined && x.periodTo !== undefined), "cần asOf hoặc periodFrom và periodTo / needs asOf or a period"),
    ["asOf"],
  ),
  v.forward(v.check((x) => (x.scope === "unit") === (x.unit !== undefined), "scope unit đi cùng mã đơn vị / unit goes with scope unit"), ["unit"]),
);

const metric = v.object({
  key: v.pipe(v.string(), v.regex(/^[a-z0-9_]+$/, "khóa chỉ gồm chữ thường, số và _ / key: lowercase letters, digits and _")),
  name: text,
  nameEn: v.optional(text),
  aliases: texts,
  excludes: texts,
  requires: texts,
  measure: v.picklist(["percent", "count", "vnd", "rank"]),
  direction: v.picklist(["higher", "lower"]),
  aspects: texts,
  unit: v.optional(text),
  definition: text,
  values: v.array(metricValue),
});

const demoFile = v.object({
  asOf: v.optional(v.string()),
  sources: v.record(v.string(), v.object({ title: text, short: text })),
  units: v.pipe(v.array(unit), v.minLength(1, "cần ít nhất một đơn vị / at least one unit")),
  people: v.optional(v.array(person), []),
  plans: v.optional(v.array(plan), []),
  metrics: v.optional(v.array(metric), []),
});

export type DemoData = v.InferOutput<typeof demoFile>;

export class DemoFileError extends Error {
  override name = "DemoFileError";
}

/**
 * Read at every first start (npm start on a new database). A good file is read with js-yaml, three times
 * faster than the yaml package and loaded in a quarter of the time (cold start: ~150 ms less); only a file
 * that fails is read again with yaml, whose document keeps the positions an error message needs. Both read
 * YAML 1.2's core schema: "2023-07-25" stays a string, as the checks expect.
 */
export function parseDemoFile(text: string, fileName: string): DemoData {
  let quick: unknown;
  try {
    quick = load(text, { schema: CORE_SCHEMA, filename: fileName });
  } catch {
    return parseWithPositions(text, fileName);
  }
  const result = v.safeParse(demoFile, quick);
  if (!result.success) return parseWithPositions(text, fileName);
  try {
    checkReferences(result.output, () => {
      throw new Error("a reference does not resolve");
    });
  } catch {
    return parseWithPositions(text, fileName);
  }
  return result.output;
}

type Yaml = { LineCounter: typeof YamlLineCounter; parseDocument: typeof YamlParseDocument };
const require = createRequire(import.meta.url);

/** The slow reading, for a file with a problem: throws a DemoFileError with the line, the row and the field. */
export function parseWithPositions(text: string, fileName: string): DemoData {
  const { LineCounter, parseDocument } = require("yaml") as Yaml;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = err.linePos?.[0]?.line;
    throw new DemoFileError(`${fileName}${line ? `:${line}` : ""}: YAML không hợp lệ / invalid YAML: ${err.message.split("\n")[0]}`);
  }
  const result = v.safeParse(demoFile, doc.toJS());
  if (!result.success) {
    const issue = result.issues[0];
    const path = (issue.path ?? []).map((item) => item.key as PropertyKey);
    // A missing field is reported by valibot as 'Invalid key: Expected "title" but received undefined'.
    const missing = issue.type === "object" && issue.received === "undefined";
    const message = missing ? `thiếu trường bắt buộc / missing required field` : issue.message;
    throw new DemoFileError(`${fileName}${lineOf(doc, lineCounter, path)}: ${describePath(doc, path)}: ${message}`);
  }
  checkReferences(result.output, (path, message) => {
    throw new DemoFileError(`${fileName}${lineOf(doc, lineCounter, path)}: ${describePath(doc, path)}: ${message}`);
  });
  return result.output;
}

type Path = ReadonlyArray<PropertyKey>;

function lineOf(doc: ReturnType<typeof YamlParseDocument>, counter: YamlLineCounter, path: Path): string {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return `:${counter.linePos(node.range[0]).line}`;
  }
  return "";
}

/** "plans[0].tasks[12] (CCHC23-13).deadline": the row's code makes the error findable in the file. */
function describePath(doc: ReturnType<typeof YamlParseDocument>, path: Path): string {
  let out = "";
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (typeof key === "number") {
      const row = doc.getIn([...path.slice(0, i + 1), "code"] as unknown[]) ?? doc.getIn([...path.slice(0, i + 1), "key"] as unknown[]);
      out += `[${key}]${typeof row === "string" ? ` (${row})` : ""}`;
    } else {
      out += `${out ? "." : ""}${String(key)}`;
    }
  }
  return out || "(gốc)";
}

function checkReferences(data: DemoData, fail: (path: Path, message: string) => never): void {
  const units = new Set<string>();
  data.units.forEach((u, i) => {
    if (units.has(u.code)) fail(["units", i, "code"], `mã đơn vị trùng / duplicate unit code ${u.code}`);
    units.add(u.code);
  });
  const known = (c: string) => units.has(c);
  const unknown = (c: string) => `không có đơn vị mã ${c} / unknown unit ${c}`;
  data.units.forEach((u, i) => {
    if (u.parent && !known(u.parent)) fail(["units", i, "parent"], unknown(u.parent));
    if (u.successor && !known(u.successor)) fail(["units", i, "successor"], unknown(u.successor));
  });
  data.people.forEach((p, i) => p.units.forEach((c, j) => known(c) || fail(["people", i, "units", j], unknown(c))));
  const taskCodes = new Set<string>();
  data.plans.forEach((plan, pi) => {
    if (!known(plan.secretariat)) fail(["plans", pi, "secretariat"], unknown(plan.secretariat));
    plan.tasks.forEach((t, ti) => {
      if (taskCodes.has(t.code)) fail(["plans", pi, "tasks", ti, "code"], `mã nhiệm vụ trùng / duplicate task code ${t.code}`);
      taskCodes.add(t.code);
      if (!known(t.lead)) fail(["plans", pi, "tasks", ti, "lead"], unknown(t.lead));
      t.cooperating.forEach((c, ci) => known(c) || fail(["plans", pi, "tasks", ti, "cooperating", ci], unknown(c)));
    });
  });
  data.metrics.forEach((m, mi) =>
    m.values.forEach((v, vi) => {
      if (!(v.source in data.sources)) fail(["metrics", mi, "values", vi, "source"], `không có nguồn ${v.source} trong sources / unknown source`);
      if (v.unit && !known(v.unit)) fail(["metrics", mi, "values", vi, "unit"], unknown(v.unit));
    }),
  );
}
