import { describe, expect, it } from "vitest";
import { boundedMemo, lastInputMemo } from "../../src/core/memo.js";

describe("memos of pure string functions", () => {
  it("computes a key once, and forgets everything when the limit is reached", () => {
    const calls: string[] = [];
    const upper = boundedMemo((s) => (calls.push(s), s.toUpperCase()), 2);
    expect([upper("a"), upper("b"), upper("a")]).toEqual(["A", "B", "A"]);
    expect(calls).toEqual(["a", "b"]);
    upper("c"); // the third key: the memo is emptied before it is kept
    upper("a");
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });

  it("remembers the last input only", () => {
    let calls = 0;
    const length = lastInputMemo((s) => (calls++, s.length));
    expect([length("abc"), length("abc"), length("de"), length("abc")]).toEqual([3, 3, 2, 3]);
    expect(calls).toBe(3);
  });
});
