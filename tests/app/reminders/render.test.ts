import { describe, expect, it } from "vitest";
import { MAX_MESSAGE_CHARS, orderLines, renderBundle } from "../../../src/app/reminders/render.js";
import { createTranslator } from "../../../src/infra/i18n.js";
import { calendar } from "../../support/reminders.js";

const ctx = { translate: createTranslator(), locale: "vi" as const, calendar };

function lines(count: number, deadline = "2023-07-31") {
  return orderLines(
    Array.from({ length: count }, (_, i) => ({ taskId: i + 1, code: `CCHC23-${String(i + 1).padStart(2, "0")}`, title: `Nhiệm vụ số ${i + 1} ${"x".repeat(80)}`, deadline })),
    "2023-07-26",
    calendar,
  );
}

describe("reminder text", () => {
  it("reads like the issue asks: number, code, title, deadline in Vietnamese form, then how to answer", () => {
    const [part] = renderBundle({ audience: "unit", unitName: "Sở Tư pháp", today: "2023-07-26", catchUp: null, lines: lines(1) }, ctx);
    expect(part!.text.split("\n")).toEqual([
      "Nhắc việc gửi Sở Tư pháp, ngày 26/7/2023",
      "Sắp đến hạn:",
      `1. CCHC23-01 — Nhiệm vụ số 1 ${"x".repeat(80)} — hạn 31/7/2023 — còn 3 ngày làm việc`,
      "Trả lời: xong <số> hoặc xong <mã nhiệm vụ>, kèm số văn bản nếu có.",
    ]);
  });

  it("renders a caught-up bundle as one summary", () => {
    const [part] = renderBundle({ audience: "unit", unitName: "Sở Tư pháp", today: "2023-07-28", catchUp: { count: 5, from: "2023-07-25", to: "2023-07-27" }, lines: lines(2) }, ctx);
    expect(part!.text).toContain("Trong thời gian bot tạm dừng, có 5 nhắc việc chưa gửi (từ 25/7/2023 đến 27/7/2023).");
  });

  it("splits a long bundle into parts that fit a chat message, numbers running on, each ending with how to answer", () => {
    const parts = renderBundle({ audience: "unit", unitName: "Sở Tư pháp", today: "2023-07-26", catchUp: null, lines: lines(40) }, ctx);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      expect(part.text.split("\n").at(-1)).toMatch(/^Trả lời:/);
      expect(part.text.split("\n")[1]).toBe("Sắp đến hạn:");
    }
    expect(parts[1]!.text.split("\n")[0]).toBe(`Nhắc việc gửi Sở Tư pháp, ngày 26/7/2023 (phần 2/${parts.length})`);
    expect(parts.flatMap((p) => p.lines.map((l) => l.number))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});
