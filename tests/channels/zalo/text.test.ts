import { describe, expect, it } from "vitest";
import { splitText, ZALO_TEXT_LIMIT } from "../../../src/channels/zalo/text.js";

describe("splitText", () => {
  it("keeps a short text whole", () => {
    expect(splitText("xin chào")).toEqual(["xin chào"]);
    expect(splitText("")).toEqual([]);
  });

  it("splits 2.500 characters of words into two parts of at most 2.000, at a space, losing no word", () => {
    const words = Array.from({ length: 500 }, (_, i) => `việc${i % 10}`);
    const text = words.join(" ").slice(0, 2500);
    const parts = splitText(text);
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
    expect(parts.join(" ")).toBe(text);
    expect(text.slice(parts[0]!.length, parts[0]!.length + 1)).toBe(" ");
  });

  it("prefers a line break in the second half of a part", () => {
    const text = `${"a ".repeat(700)}\n${"b ".repeat(700)}`;
    const parts = splitText(text, 2000);
    expect(parts[0]!.endsWith("a")).toBe(true);
    expect(parts[1]!.startsWith("b")).toBe(true);
  });

  it("never breaks a surrogate pair, even in a word longer than a part", () => {
    const text = "😀".repeat(1500); // 3.000 UTF-16 units, no space
    const parts = splitText(text);
    expect(parts.join("")).toBe(text);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
      expect(part).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
    const odd = `x${"😀".repeat(1500)}`;
    for (const part of splitText(odd)) expect(part).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it("cuts an overlong word hard only when it must", () => {
    const parts = splitText(`ngắn ${"x".repeat(4100)}`, 2000);
    expect(parts[0]).toBe("ngắn");
    expect(parts.slice(1).map((p) => p.length)).toEqual([2000, 2000, 100]);
  });
});
