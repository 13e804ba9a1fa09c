import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { App } from "../../src/app/handle-message.js";
import type { Understanding } from "../../src/core/understand/types.js";
import { REPO_ROOT } from "../../src/db/paths.js";
import { message } from "../support/demo-app.js";

/** The labelled corpus of officials' messages (tests/fixtures/nlu-corpus.yaml) and how one is scored. */
export interface CorpusEntry {
  text: string;
  intent: string;
  slots?: Record<string, unknown>;
  figure?: string;
  chat?: string;
  lang?: "en";
}

export interface Scored {
  entry: CorpusEntry;
  actual: Understanding;
  reply: string;
  ok: boolean;
  why: string[];
}

export function loadCorpus(): CorpusEntry[] {
  return parse(readFileSync(path.join(REPO_ROOT, "tests/fixtures/nlu-corpus.yaml"), "utf8")) as CorpusEntry[];
}

/**
 * Slots that only say how an answer is worded, not which figure it gives: a period that the figure covers
 * ("6 tháng đầu năm"), the remainder of a total shown beside it, the words searched as typed.
 */
const INCIDENTAL = new Set(["plan", "name", "options", "period", "remaining", "titleText", "titleAll", "nationAsked"]);

/** "week" and "month" in the corpus are this week and this month of the demo day (Tuesday 25/7/2023). */
const DUE_WINDOWS: Record<string, { from: string; to: string }> = {
  week: { from: "2023-07-24", to: "2023-07-30" },
  month: { from: "2023-07-01", to: "2023-07-31" },
};

export async function scoreCorpus(app: App, corpus: readonly CorpusEntry[]): Promise<Scored[]> {
  const scored: Scored[] = [];
  for (const [i, entry] of corpus.entries()) {
    const handled = await app.handleMessage(message(entry.text, entry.chat ?? `single-${i}`));
    const reply = handled.outbound.map((o) => o.text).join("\n");
    const actual = handled.understood.understanding;
    const why: string[] = [];
    if (actual.intent !== entry.intent) why.push(`intent ${actual.intent}`);
    const { intent: _intent, ...actualSlots } = actual as Understanding & Record<string, unknown>;
    const expected = entry.slots ?? {};
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actualSlots)])) {
      if (INCIDENTAL.has(key) && !(key in expected)) continue;
      const actualSlot = (actualSlots as Record<string, unknown>)[key];
      if (key === "due" && typeof expected[key] === "string" && actualSlot && typeof actualSlot === "object") {
        const window = DUE_WINDOWS[expected[key] as string];
        const got = actualSlot as { from: string; to: string };
        if (window && window.from === got.from && window.to === got.to) continue;
      }
      if (!sameSlot(expected[key], actualSlot)) {
        why.push(`${key}: expected ${JSON.stringify(expected[key])}, got ${JSON.stringify((actualSlots as Record<string, unknown>)[key])}`);
      }
    }
    if (entry.figure !== undefined && !reply.includes(entry.figure)) why.push(`figure ${entry.figure} missing`);
    // "Đề án 06" is a name, not a figure.
    if (entry.intent === "out_of_domain" && /\d/.test(reply.replace(/(Đề án|Project) 06/g, ""))) why.push("a figure in an out-of-domain reply");
    if ((entry.lang === "en") !== (handled.understood.locale === "en")) why.push(`locale ${handled.understood.locale}`);
    scored.push({ entry, actual, reply, ok: why.length === 0, why });
  }
  return scored;
}

function sameSlot(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join() === [...b].sort().join();
  return a === b;
}

export function accuracyByIntent(scored: readonly Scored[]): Array<{ intent: string; total: number; right: number; accuracy: number }> {
  const groups = new Map<string, Scored[]>();
  for (const s of scored) groups.set(s.entry.intent, [...(groups.get(s.entry.intent) ?? []), s]);
  return [...groups.entries()]
    .map(([intent, list]) => ({ intent, total: list.length, right: list.filter((s) => s.ok).length, accuracy: list.filter((s) => s.ok).length / list.length }))
    .sort((a, b) => a.intent.localeCompare(b.intent));
}
