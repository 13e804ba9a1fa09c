import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDemoFile } from "../../../src/app/demo-file.js";
import { proposeTasks, readNoticeDate, type KnownUnit, type ProposedTask } from "../../../src/core/conclusions/index.js";
import { fold } from "../../../src/core/vi/index.js";
import { DEMO_DATA_PATH, REPO_ROOT } from "../../../src/db/paths.js";

/** The conclusion texts of tests/fixtures/conclusions, their expected tasks, and how the proposer scores on them. */
export interface Expected {
  units: string[];
  deadline: string | null;
  title: string;
  unknown?: string[];
}
export interface Case {
  name: string;
  text: string;
  noticeDate: string;
  expected: Expected[];
}

const ROOT = path.join(REPO_ROOT, "tests/fixtures/conclusions");

export function loadCases(set: "tuned" | "held-out"): Case[] {
  const dir = path.join(ROOT, set);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const [meta, ...lines] = readFileSync(path.join(dir, f.replace(/\.txt$/, ".expected.jsonl")), "utf8").split("\n").filter((l) => l.trim());
      return {
        name: f.replace(/\.txt$/, ""),
        text: readFileSync(path.join(dir, f), "utf8"),
        noticeDate: (JSON.parse(meta!) as { noticeDate: string }).noticeDate,
        expected: lines.map((l) => JSON.parse(l) as Expected),
      };
    });
}

export const demoUnits: KnownUnit[] = parseDemoFile(readFileSync(DEMO_DATA_PATH, "utf8"), DEMO_DATA_PATH).units.map((u) => ({
  code: u.code,
  name: u.name,
  shortNames: u.short ?? [],
  aliases: u.aliases ?? [],
  kind: u.kind,
  validFrom: u.validFrom ?? null,
  validTo: u.validTo ?? null,
}));

const key = (s: string) => fold(s).replace(/[^a-z0-9]+/g, " ").trim();

/** A proposal answers an expected task when its title holds the expected key phrase. */
export function answers(p: ProposedTask, e: Expected): boolean {
  return key(p.title).includes(key(e.title));
}
/** Units (in order), deadline and the unknown names flagged all as expected. */
export function exact(p: ProposedTask, e: Expected): boolean {
  const units = p.units.map((u) => key(u.name));
  const unknown = p.units.filter((u) => u.kind === "unknown").map((u) => key(u.name));
  return (
    JSON.stringify(units) === JSON.stringify(e.units.map(key)) &&
    p.deadline === e.deadline &&
    JSON.stringify(unknown) === JSON.stringify((e.unknown ?? []).map(key))
  );
}

export interface Score {
  proposed: number;
  expected: number;
  found: number;
  exact: number;
  misses: string[];
}

export function score(cases: readonly Case[]): Score {
  const s: Score = { proposed: 0, expected: 0, found: 0, exact: 0, misses: [] };
  for (const c of cases) {
    const date = readNoticeDate(c.text) ?? c.noticeDate;
    const proposals = proposeTasks(c.text, date, demoUnits);
    s.proposed += proposals.length;
    s.expected += c.expected.length;
    const used = new Set<number>();
    for (const e of c.expected) {
      const i = proposals.findIndex((p, j) => !used.has(j) && answers(p, e));
      if (i < 0) {
        s.misses.push(`${c.name}: missing "${e.title}"`);
        continue;
      }
      used.add(i);
      s.found++;
      const p = proposals[i]!;
      if (exact(p, e)) s.exact++;
      else s.misses.push(`${c.name}: "${e.title}" got ${JSON.stringify({ units: p.units.map((u) => `${u.kind}:${u.name}`), deadline: p.deadline })} want ${JSON.stringify({ units: e.units, deadline: e.deadline, unknown: e.unknown })}`);
    }
    proposals.forEach((p, j) => {
      if (!used.has(j)) s.misses.push(`${c.name}: extra "${p.title}" ${JSON.stringify(p.units.map((u) => u.name))} ${p.deadline}`);
    });
  }
  return s;
}
