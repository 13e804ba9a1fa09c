import { describe, expect, it } from "vitest";
import { proposeTasks, readNoticeDate } from "../../../src/core/conclusions/index.js";
import { answers, demoUnits, exact, loadCases, score, type Score } from "./corpus.js";

/**
 * The conclusion texts of tests/fixtures/conclusions, written with their expected tasks before the proposer.
 * Precision: proposals that answer an expected task; recall: expected tasks answered; exact: answered with
 * the same units (in order), deadline and flags. Floors are the levels reached; held-out texts were scored
 * once, after tuning on the others stopped (figures in the report and below).
 */
const FLOORS = {
  tuned: { precision: 1, recall: 1, exact: 1 },
  // Scored once, blind, after tuning stopped: 15 expected, 15 proposed, 15 found, 13 exact (86,7%). The two
  // misses were unaccented names ("So Y te" read as the alias "Y tế"; "Cong an tinh" ending at "Công an"); both
  // were fixed afterwards (15/15), so this set is no longer blind.
  "held-out": { precision: 1, recall: 1, exact: 1 },
} as const;

function figures(s: Score) {
  return { precision: s.found / Math.max(1, s.proposed), recall: s.found / Math.max(1, s.expected), exact: s.exact / Math.max(1, s.expected) };
}

for (const set of ["tuned", "held-out"] as const) {
  describe(`conclusion texts (${set})`, () => {
    const cases = loadCases(set);

    it("reads each text's date", () => {
      for (const c of cases) expect(readNoticeDate(c.text), c.name).toBe(c.noticeDate);
    });

    it(`stays above its floors (precision, recall, exact units and deadline)`, () => {
      const s = score(cases);
      const f = figures(s);
      const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
      console.log(
        `conclusions ${set}: ${cases.length} texts, ${s.expected} expected, ${s.proposed} proposed, ${s.found} found, ${s.exact} exact — ` +
          `precision ${pct(f.precision)}, recall ${pct(f.recall)}, exact ${pct(f.exact)}${s.misses.length ? `\n  ${s.misses.join("\n  ")}` : ""}`,
      );
      expect(f.precision).toBeGreaterThanOrEqual(FLOORS[set].precision);
      expect(f.recall).toBeGreaterThanOrEqual(FLOORS[set].recall);
      expect(f.exact).toBeGreaterThanOrEqual(FLOORS[set].exact);
    });

    if (set === "tuned") {
      for (const c of cases) {
        it(`${c.name}: every expected task, with its units, deadline and key phrase`, () => {
          const proposals = proposeTasks(c.text, c.noticeDate, demoUnits);
          for (const e of c.expected) {
            const p = proposals.find((x) => answers(x, e));
            expect(p, `no proposal with "${e.title}"`).toBeDefined();
            expect(exact(p!, e), `${e.title}: ${JSON.stringify(p!.units.map((u) => u.name))} ${p!.deadline}`).toBe(true);
          }
          expect(proposals).toHaveLength(c.expected.length);
        });
      }
    }
  });
}
