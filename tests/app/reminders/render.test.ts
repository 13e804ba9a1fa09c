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

  it("with one plan named, names it once under the header of every part, not under each section", () => {
    const plan = { code: "KL23", name: "Kết luận của Chủ tịch UBND tỉnh tại phiên họp Ban Chỉ đạo ngày 25/7/2023" };
    const parts = renderBundle({ audience: "unit", unitName: "Công an tỉnh", today: "2023-07-26", catchUp: null, lines: lines(40).map((l) => ({ ...l, plan })) }, ctx);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      const text = part.text.split("\n");
      expect(part.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      expect(text.slice(1, 3)).toEqual(["Theo Kết luận của Chủ tịch UBND tỉnh tại phiên họp Ban Chỉ đạo ngày 25/7/2023 (KL23):", "Sắp đến hạn:"]);
      expect(text.filter((l) => l.startsWith("Theo "))).toHaveLength(1);
    }
  });

  it("with two plans, groups each section's tasks by plan under the plan's name, again at the top of every part", () => {
    const plans = [{ code: "CCHC23", name: "Kế hoạch cải cách hành chính năm 2023" }, { code: "KL23", name: `Kết luận của Chủ tịch UBND tỉnh ${"y".repeat(120)}` }];
    // Tasks of the two plans interleaved, some overdue: each plan's come together within each section.
    const mixed = orderLines(
      Array.from({ length: 40 }, (_, i) => ({ taskId: i + 1, code: `T-${i + 1}`, title: `Nhiệm vụ số ${i + 1} ${"x".repeat(40)}`, deadline: i % 5 === 0 ? "2023-07-20" : "2023-07-31", plan: plans[i % 2]! })),
      "2023-07-26",
      calendar,
    );
    const parts = renderBundle({ audience: "unit", unitName: "Sở Tư pháp", today: "2023-07-26", catchUp: null, lines: mixed }, ctx);
    expect(parts.length).toBeGreaterThan(1);
    const cchc = "Theo Kế hoạch cải cách hành chính năm 2023 (CCHC23):";
    const long = /^Theo Kết luận của Chủ tịch UBND tỉnh y+… \(KL23\):$/;
    for (const part of parts) {
      const text = part.text.split("\n");
      expect(part.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      expect(text[1]).toMatch(/^(Đã quá hạn|Sắp đến hạn):$/);
      expect(text[2]).toMatch(/^Theo .+\((CCHC23|KL23)\):$/);
    }
    // The plan named between the section and the first of its tasks; each plan's overdue tasks together.
    const first = parts[0]!.text.split("\n");
    expect(first.slice(1, 4)).toEqual(["Đã quá hạn:", cchc, expect.stringMatching(/^1\. T-1 — /)]);
    expect(first.indexOf("Sắp đến hạn:")).toBe(first.findIndex((l) => long.test(l)) + 5);
    // Every task under its own plan's name: the nearest plan line above it in its part.
    for (const part of parts) {
      const text = part.text.split("\n");
      for (const line of part.lines) {
        const at = text.findIndex((l) => l.startsWith(`${line.number}. ${line.code} — `));
        const heading = text.slice(0, at).findLast((l) => l.startsWith("Theo "));
        expect(heading).toContain(`(${line.plan!.code}):`);
      }
    }
    const all = parts.flatMap((p) => p.text.split("\n"));
    expect(all.filter((l) => l === "Đã quá hạn:")).toHaveLength(1);
    // The numbers still run 1, 2, 3 down the message, and each number is the task shown with it.
    expect(parts.flatMap((p) => p.lines.map((l) => l.number))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    for (const line of mixed) expect(all).toContainEqual(expect.stringMatching(new RegExp(`^${line.number}\\. ${line.code} — `)));
  });
});
