import { describe, expect, it } from "vitest";
import { matchKey, wordKeys } from "../../../src/core/vi/index.js";

describe("matchKey", () => {
  it.each([
    ["hoà", "hòa"],
    ["thuý", "thúy"],
    ["uỷ", "ủy"],
    ["tỷ", "tỉ"],
    ["kỳ", "kì"],
    ["lý", "lí"],
    ["quý", "quí"],
    ["Mỹ", "mĩ"],
  ])("%s and %s compare equal", (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it("compares numbers without leading zeros", () => {
    expect(matchKey("06")).toBe(matchKey("6"));
    expect(matchKey("0")).toBe("0");
    expect(matchKey("60")).not.toBe(matchKey("6"));
  });

  it("is the same for composed and decomposed words", () => {
    expect(matchKey("huyện".normalize("NFD"))).toBe(matchKey("huyện"));
  });

  it.each([
    ["sở", "số"],
    ["hội", "hồi"],
    ["thuý", "thúi"],
    ["tỷ", "ty"],
  ])("%s and %s stay different", (a, b) => {
    expect(matchKey(a)).not.toBe(matchKey(b));
  });

  it("folds to the same key when diacritics differ", () => {
    expect(wordKeys("sở").fold).toBe(wordKeys("số").fold);
    expect(wordKeys("tỷ").fold).toBe(wordKeys("ti").fold);
    expect(wordKeys("ho").marked).toBe(false);
    expect(wordKeys("hồ").marked).toBe(true);
  });
});
