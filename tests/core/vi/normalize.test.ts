import { describe, expect, it } from "vitest";
import { fold, MAX_INPUT_LENGTH, normalizeInput, tokenize, tokens } from "../../../src/core/vi/index.js";

const composed = "Tỷ lệ hồ sơ trực tuyến cấp huyện của Đà Nẵng";
const decomposed = composed.normalize("NFD");

describe("normalizeInput", () => {
  it("gives the same text for composed and decomposed input", () => {
    expect(decomposed).not.toBe(composed);
    expect(normalizeInput(decomposed)).toBe(composed);
    expect(normalizeInput(composed)).toBe(composed);
  });

  it("removes emoji, skin tones, flags, variation selectors and keycaps", () => {
    expect(normalizeInput("Tỷ lệ 👍🏽 hồ sơ ❤️ 🇻🇳 nhé 1️⃣")).toBe("Tỷ lệ hồ sơ nhé 1");
    expect(normalizeInput("ok👨‍👩‍👧thanks")).toBe("ok thanks");
  });

  it("turns control characters and newlines into spaces and drops invisible ones", () => {
    expect(normalizeInput("cấp\u0000huyện\n\ttỷ\r\nlệ")).toBe("cấp huyện tỷ lệ");
    expect(normalizeInput("\uFEFFhồ\u00ADsơ\u200Btrực\u200Dtuyến")).toBe("hồsơ trựctuyến");
  });

  it("collapses and trims whitespace, including no-break spaces", () => {
    expect(normalizeInput("  tỷ \u00A0 lệ\u2003 ")).toBe("tỷ lệ");
  });

  it("reads the legacy eth as đ", () => {
    expect(normalizeInput("Ðà Nẵng ðược")).toBe("Đà Nẵng được");
  });

  it("caps a 10.000-character message cheaply, at a word boundary", () => {
    const long = "tỷ lệ hồ sơ trực tuyến ".repeat(500);
    expect(long.length).toBeGreaterThan(10_000);
    const out = normalizeInput(long);
    expect(out.length).toBeLessThanOrEqual(MAX_INPUT_LENGTH);
    expect(out.length).toBeGreaterThan(MAX_INPUT_LENGTH - 50);
    expect(out.endsWith(" ")).toBe(false);
    expect(normalizeInput("a".repeat(10_000)).length).toBe(MAX_INPUT_LENGTH);
  });

  it("never leaves half a surrogate pair when cutting", () => {
    const out = normalizeInput("𝐀".repeat(3000));
    const last = out.charCodeAt(out.length - 1);
    expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
  });
});

describe("fold", () => {
  it("removes tones and letter marks and maps đ to d", () => {
    expect(fold("Đà Nẵng ĐỀ ÁN")).toBe("da nang de an");
    expect(fold("đường Ưu tiên Ơn")).toBe("duong uu tien on");
  });

  it("gives the same result for composed and decomposed input", () => {
    expect(fold(decomposed)).toBe(fold(composed));
    expect(fold(decomposed)).toBe("ty le ho so truc tuyen cap huyen cua da nang");
  });

  it("does not unify y and i (that is the match key's job)", () => {
    expect(fold("tỷ")).toBe("ty");
    expect(fold("tỉ")).toBe("ti");
  });
});

describe("tokens", () => {
  it("splits on anything but letters and digits, lowercased and accented", () => {
    expect(tokens("Tỷ lệ HS-TT, ccHC23-07!")).toEqual(["tỷ", "lệ", "hs", "tt", "cchc23", "07"]);
  });

  it("keeps decomposed words whole and reports positions in the given text", () => {
    const t = tokenize(decomposed);
    expect(t.map((x) => x.text)).toEqual(tokens(composed));
    const first = t[0];
    expect(first && decomposed.slice(first.start, first.end)).toBe("Tỷ".normalize("NFD"));
  });
});
