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
      'Trả lời tin này: đã xong thì gửi "xong 1", kèm số văn bản nếu có; đang làm thì "tiến độ 1 đạt 70%".',
    ]);
  });

  it("offers the answers that fit an overdue task, with the message's own numbers, in plain words", () => {
    const [part] = renderBundle({ audience: "unit", unitName: "Sở Tư pháp", today: "2023-08-10", catchUp: null, lines: orderLines([{ taskId: 1, code: "CCHC23-09", title: "Xây dựng văn bản", deadline: "2023-07-31" }], "2023-08-10", calendar) }, ctx);
    const footer = part!.text.split("\n").at(-1)!;
    expect(footer).toBe('Trả lời tin này: đã xong thì gửi "xong 1 VB số 123/UBND" (không có văn bản: "xong 1 không có văn bản"); đang làm thì "tiến độ 1 đạt 70%"; cần thêm thời gian thì "xin gia hạn 1 đến 9/9/2023 vì …"; gặp khó khăn thì "vướng 1 do …".');
    expect(footer).not.toMatch(/[<>‹›]/);
  });

  it("tells the head it is an escalation and why; the secretariat where to look", () => {
    const overdue = orderLines([{ taskId: 1, code: "CCHC23-09", title: "Xây dựng văn bản", deadline: "2023-07-31" }], "2023-08-10", calendar);
    const [head] = renderBundle({ audience: "unit_head", unitName: "Sở Tư pháp", today: "2023-08-10", catchUp: null, lines: overdue }, ctx);
    expect(head!.text.split("\n")[0]).toBe("Kính gửi thủ trưởng Sở Tư pháp: tin báo cáo vượt cấp (ngày 10/8/2023). Các nhiệm vụ dưới đây đã quá hạn từ 8 ngày làm việc trở lên; đơn vị đã được nhắc nhưng chưa báo hoàn thành, chưa xin gia hạn và chưa báo vướng mắc, nên bot báo để thủ trưởng chỉ đạo.");
    const [counted] = renderBundle({ audience: "unit_head", unitName: "Sở Tư pháp", today: "2023-08-10", catchUp: null, lines: overdue, reminded: 4 }, ctx);
    expect(counted!.text.split("\n")[0]).toContain("đơn vị đã được nhắc 4 lần nhưng chưa báo hoàn thành");
    const [secretariat] = renderBundle({ audience: "secretariat", unitName: "Sở Tư pháp", today: "2023-08-10", catchUp: null, lines: overdue }, ctx);
    expect(secretariat!.text.split("\n").at(-1)).toBe('Xem chi tiết: gửi mã nhiệm vụ, ví dụ "CCHC23-09"; xem việc chờ xử lý: /choduyet.');
  });

  it("tells only the secretariat about reminders caught up after downtime, never the unit", () => {
    const catchUp = { count: 5, from: "2023-07-25", to: "2023-07-27" } as const;
    const [unit] = renderBundle({ audience: "unit", unitName: "Sở Tư pháp", today: "2023-07-28", catchUp, lines: lines(2) }, ctx);
    expect(unit!.text).not.toContain("tạm dừng");
    expect(unit!.text.split("\n")[0]).toBe("Nhắc việc gửi Sở Tư pháp, ngày 28/7/2023");
    const [secretariat] = renderBundle({ audience: "secretariat", unitName: "Sở Tư pháp", today: "2023-07-28", catchUp, lines: lines(2) }, ctx);
    expect(secretariat!.text).toContain("Trong thời gian bot tạm dừng, có 5 nhắc việc chưa gửi (từ 25/7/2023 đến 27/7/2023).");
  });

  it("splits a long bundle into parts that fit a chat message, numbers running on, each ending with how to answer", () => {
    const parts = renderBundle({ audience: "unit", unitName: "Sở Tư pháp", today: "2023-07-26", catchUp: null, lines: lines(40) }, ctx);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      expect(part.text.split("\n").at(-1)).toMatch(/^Trả lời tin này:/);
      expect(part.text.split("\n")[1]).toBe("Sắp đến hạn:");
    }
    expect(parts[1]!.text.split("\n")[0]).toBe(`Nhắc việc gửi Sở Tư pháp, ngày 26/7/2023 (phần 2/${parts.length})`);
    expect(parts.flatMap((p) => p.lines.map((l) => l.number))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});
