import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { isLocalDate } from "../core/local-date.js";

/**
 * The human-editable demo data (prisma/demo/*.yaml): parsed and checked before anything is written, so a
 * broken row is reported with its line and field and the database is left as it was.
 */
const localDate = z.string().refine(isLocalDate, "cần ngày dạng YYYY-MM-DD / expected a YYYY-MM-DD date");
const yamlDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), localDate);
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, "cần số thập phân trong dấu nháy, ví dụ \"63.46\" / expected a quoted decimal");
const code = z.string().regex(/^[A-Z0-9][A-Z0-9_-]*$/, "mã chỉ gồm chữ in hoa, số, - và _ / code: uppercase letters, digits, - and _");

const unit = z.object({
  code,
  name: z.string().min(1),
  short: z.array(z.string().min(1)).default([]),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(["province", "provincial_office", "department", "district", "commune", "police", "other"]),
  parent: code.optional(),
  validFrom: yamlDate.optional(),
  validTo: yamlDate.optional(),
  successor: code.optional(),
});

const person = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  title: z.string().optional(),
  role: z.enum(["leader", "secretariat", "unit_officer", "admin"]),
  units: z.array(code).min(1),
  head: z.boolean().default(false),
  fictional: z.boolean().default(false),
});

const task = z
  .object({
    code,
    title: z.string().min(1),
    area: z.enum(["institutions", "procedures", "apparatus", "civil_service", "public_finance", "digital_government", "direction"]),
    lead: code,
    cooperating: z.array(code).default([]),
    deadline: yamlDate,
    status: z.enum(["done", "in_progress", "not_started", "blocked", "pending_confirmation"]),
    completedAt: yamlDate.optional(),
    progress: z.number().int().min(0).max(100).default(0),
    evidence: z.string().optional(),
    notes: z.string().optional(),
  })
  .superRefine((t, ctx) => {
    if (t.status === "done" && !t.completedAt) ctx.addIssue({ code: "custom", path: ["completedAt"], message: "nhiệm vụ đã hoàn thành cần completedAt / a done task needs completedAt" });
    if (t.status !== "done" && t.completedAt) ctx.addIssue({ code: "custom", path: ["completedAt"], message: "chỉ nhiệm vụ đã hoàn thành mới có completedAt / only done tasks have completedAt" });
  });

const plan = z.object({
  code,
  name: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  source: z.string().min(1),
  secretariat: code,
  requiresConfirmation: z.boolean().default(false),
  tasks: z.array(task),
});

const metricValue = z
  .object({
    scope: z.enum(["province", "department_level", "district_level", "commune_level", "unit"]),
    unit: code.optional(),
    value: decimal,
    qualifier: z.enum(["exact", "more_than", "less_than", "about"]).default("exact"),
    denominator: decimal.optional(),
    target: decimal.optional(),
    targetDate: yamlDate.optional(),
    periodFrom: yamlDate.optional(),
    periodTo: yamlDate.optional(),
    asOf: yamlDate.optional(),
    source: z.string().min(1),
    note: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.asOf && !(v.periodFrom && v.periodTo)) ctx.addIssue({ code: "custom", path: ["asOf"], message: "cần asOf hoặc periodFrom và periodTo / needs asOf or a period" });
    if ((v.scope === "unit") !== (v.unit !== undefined)) ctx.addIssue({ code: "custom", path: ["unit"], message: "scope unit cần mã đơn vị và chỉ scope unit / unit goes with scope unit" });
  });

const metric = z.object({
  key: z.string().regex(/^[a-z0-9_]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  measure: z.enum(["percent", "count", "vnd", "rank"]),
  unit: z.string().optional(),
  definition: z.string().min(1),
  values: z.array(metricValue),
});

const demoFile = z.object({
  asOf: z.string().optional(),
  sources: z.record(z.string(), z.object({ title: z.string().min(1), short: z.string().min(1) })),
  units: z.array(unit).min(1),
  people: z.array(person).default([]),
  plans: z.array(plan).default([]),
  metrics: z.array(metric).default([]),
});

export type DemoData = z.infer<typeof demoFile>;

export class DemoFileError extends Error {}

export function parseDemoFile(text: string, fileName: string): DemoData {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = err.linePos?.[0]?.line;
    throw new DemoFileError(`${fileName}${line ? `:${line}` : ""}: YAML không hợp lệ / invalid YAML: ${err.message.split("\n")[0]}`);
  }
  const result = demoFile.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DemoFileError(`${fileName}${lineOf(doc, lineCounter, issue.path)}: ${describePath(doc, issue.path)}: ${issue.message}`);
  }
  checkReferences(result.data, (path, message) => {
    throw new DemoFileError(`${fileName}${lineOf(doc, lineCounter, path)}: ${describePath(doc, path)}: ${message}`);
  });
  return result.data;
}

type Path = ReadonlyArray<PropertyKey>;

function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: Path): string {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return `:${counter.linePos(node.range[0]).line}`;
  }
  return "";
}

/** "plans[0].tasks[12] (CCHC23-13).deadline": the row's code makes the error findable in the file. */
function describePath(doc: ReturnType<typeof parseDocument>, path: Path): string {
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
