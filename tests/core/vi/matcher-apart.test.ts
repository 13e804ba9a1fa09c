import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDemoFile } from "../../../src/app/demo-file.js";
import { createMatcher, prepareMessage } from "../../../src/core/vi/index.js";
import { DEMO_DATA_PATH } from "../../../src/db/paths.js";
import { loadCorpus } from "../../nlu/corpus.js";

/**
 * Metric names live in one matcher asked for each metric's own best match (one search instead of one per
 * metric). It must answer exactly what one matcher per metric answers, typos included: a word of one metric's
 * name can be a typo for a word of another's ("activation" for "activations").
 */
const metrics = parseDemoFile(readFileSync(DEMO_DATA_PATH, "utf8"), DEMO_DATA_PATH).metrics;
const entries = metrics.map((m) => ({ id: m.key, phrases: [m.name, ...(m.nameEn ? [m.nameEn] : []), ...(m.aliases ?? [])] }));

function sameAsAlone(catalogue: typeof entries, texts: readonly string[]): void {
  const together = createMatcher(catalogue, { entriesApart: true });
  const alone = catalogue.map((entry) => createMatcher([entry]));
  for (const raw of texts) {
    const text = prepareMessage(raw);
    const expected = alone.map((m) => m.best(text)).filter((m) => m !== undefined);
    expect(together.bestOfEach(text), raw).toEqual(expected);
  }
}

describe("bestOfEach over the metric names", () => {
  it("gives, for every corpus message, what a matcher per metric gives", () => {
    const texts = loadCorpus().map((e) => e.text);
    expect(texts.length).toBeGreaterThan(300);
    sameAsAlone(entries, texts);
  });

  it("reads a word of one name as a typo for another name's word, as that name's own matcher would", () => {
    const catalogue = [
      { id: "processed", phrases: ["dossiers processed online"] },
      { id: "count", phrases: ["dossier count"] },
    ];
    const texts = ["how many dossier processed online", "dossiers count", "gap to the eID activation target", "eID activation rate vs target"];
    sameAsAlone(catalogue, texts);
    // "dossiers" is a word of the first name and, one letter off, of the second.
    expect(createMatcher(catalogue, { entriesApart: true }).bestOfEach("dossiers count").map((m) => [m.id, m.score])).toEqual([["count", 0.875]]);
    expect(createMatcher(catalogue).find("dossiers count")).toEqual([]);
    sameAsAlone(entries, texts);
  });

  it("never reads a word of a name as a typo within that same name", () => {
    const together = createMatcher([{ id: "a", phrases: ["online payments online payment"] }], { entriesApart: true });
    const alone = createMatcher([{ id: "a", phrases: ["online payments online payment"] }]);
    for (const text of ["online payment online payment", "online payments online payments"]) {
      expect(together.bestOfEach(text)).toEqual([alone.best(text)].filter((m) => m !== undefined));
    }
  });
});
