#!/usr/bin/env node
// Scores the bot on a file of questions written by someone who never saw the code or the corpus, through
// `npm run --silent ask -- --jsonl` on a throwaway database with the demo data (as of 25/7/2023 08:00).
// The same format and rules as ../shared/eval/score-questions.mjs, plus an optional "as" per question (who
// asks: a person or unit as in the console's /as), which questions such as "đơn vị mình còn việc gì" need.
//
//   node bench/score-questions.mjs <file.jsonl> [--show-fails N] [--json]
//
// A reply is right when it contains every expect_all, one of expect_any (if any) and no forbid; a reply
// containing a forbid is wrong: it states a figure that answers another question.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export function scoreQuestions(file) {
  const items = readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const lines = [];
  for (const item of items) {
    const turns = Array.isArray(item.q) ? item.q : [item.q];
    for (const text of turns) lines.push(JSON.stringify({ chat: item.id, text, ...(item.as ? { as: item.as } : {}) }));
  }
  const tmp = mkdtempSync(join(tmpdir(), "nlu-blind-"));
  const run = spawnSync("npm", ["run", "--silent", "ask", "--", "--jsonl"], {
    cwd: root, env: { ...process.env, DATABASE_URL: `file:${join(tmp, "eval.db")}` }, input: `${lines.join("\n")}\n`, encoding: "utf8", timeout: 300_000, maxBuffer: 64 << 20,
  });
  rmSync(tmp, { recursive: true, force: true });
  if (run.status !== 0 && !run.stdout) throw new Error(`ask --jsonl failed (exit ${run.status}): ${(run.stderr || "").trim().split("\n").slice(-1)[0] ?? ""}`);
  const last = new Map();
  for (const line of run.stdout.split("\n")) {
    if (!line.trim()) continue;
    try {
      const out = JSON.parse(line);
      if (typeof out.chat === "string") last.set(out.chat.replace(/:.*$/, ""), String(out.reply ?? out.error ?? ""));
    } catch { /* not a reply line */ }
  }
  const norm = (s) => s.normalize("NFC").toLowerCase();
  const byKind = {};
  const fails = [];
  let right = 0;
  let wrong = 0;
  for (const item of items) {
    const reply = norm(last.get(item.id) ?? "");
    const forbidden = reply.length > 0 && item.forbid.some((f) => reply.includes(norm(f)));
    const ok = reply.length > 0 && !forbidden
      && item.expect_all.every((e) => reply.includes(norm(e)))
      && (item.expect_any.length === 0 || item.expect_any.some((e) => reply.includes(norm(e))));
    if (forbidden) wrong++;
    byKind[item.kind] ??= [0, 0];
    byKind[item.kind][1]++;
    if (ok) { right++; byKind[item.kind][0]++; } else fails.push({ id: item.id, kind: item.kind, wrong: forbidden, q: item.q, as: item.as, reply: last.get(item.id) ?? "(none)" });
  }
  return { total: items.length, right, wrong, byKind, fails };
}

function summary(file, result) {
  const kinds = Object.entries(result.byKind).map(([kind, [r, n]]) => `${kind} ${r}/${n}`).join(", ");
  const pct = (n) => (100 * n / result.total).toFixed(1).replace(".", ",");
  return `${file}: ${result.right}/${result.total} right (${pct(result.right)}%), ${result.wrong} wrong (${pct(result.wrong)}%); ${kinds}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const flag = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const files = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1] === "--show-fails"));
  const show = Number(flag("--show-fails") ?? 0);
  for (const file of files) {
    const result = scoreQuestions(file);
    for (const f of result.fails.slice(0, show)) console.log(JSON.stringify(f));
    console.log(summary(file, result));
  }
}

export { summary };
