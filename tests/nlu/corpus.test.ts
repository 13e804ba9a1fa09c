import { describe, expect, it } from "vitest";
import { demoConversation } from "../support/demo-app.js";
import { accuracyByIntent, loadCorpus, scoreCorpus } from "./corpus.js";

/** The bar the issue sets: at least 97% of officials' messages answered exactly right. */
const REQUIRED_ACCURACY = 0.97;

describe("labelled corpus of officials' messages", () => {
  const demo = demoConversation();

  it("has at least 300 messages, about half without diacritics", () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const plain = corpus.filter((e) => e.lang !== "en" && !/[\u00C0-\u1EF9]/.test(e.text)).length;
    expect(plain / corpus.filter((e) => e.lang !== "en").length).toBeGreaterThan(0.4);
  });

  it(`answers at least ${REQUIRED_ACCURACY * 100}% exactly right (intent, slots and the decisive figure)`, async () => {
    const scored = await scoreCorpus(demo.app, loadCorpus());
    const table = accuracyByIntent(scored);
    console.log(table.map((r) => `${r.intent.padEnd(14)} ${String(r.right).padStart(3)}/${String(r.total).padEnd(3)} ${(r.accuracy * 100).toFixed(1)}%`).join("\n"));
    const failures = scored.filter((s) => !s.ok);
    if (failures.length > 0) console.log(failures.map((f) => `✗ ${JSON.stringify(f.entry.text)} [${f.entry.intent}] ${f.why.join("; ")}`).join("\n"));
    const accuracy = scored.filter((s) => s.ok).length / scored.length;
    console.log(`overall ${(accuracy * 100).toFixed(2)}% of ${scored.length}`);
    expect(accuracy).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
  });
});
