import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { MAX_FREE_TEXT, parseTaskCommand, type TaskCommand } from "../../../src/core/commands/index.js";

const TODAY = "2023-07-25";
const implicit = { kind: "implicit" } as const;
const item = (number: number) => ({ kind: "item", number }) as const;
const code = (c: string) => ({ kind: "code", code: c }) as const;
const on = (date: string, text: string) => ({ ok: true, date, text }) as const;

/** A command without its locale (per member of the union). */
type Expected = TaskCommand extends infer C ? (C extends TaskCommand ? Omit<C, "locale"> & { locale?: "vi" | "en" } : never) : never;

/** Typed text → the command, or undefined (a question, left to question answering). Locale is "vi" unless given. */
const TABLE: Array<[string, Expected | undefined]> = [
  // --- done ---
  ["xong", { kind: "done", target: implicit }],
  ["xong 3", { kind: "done", target: item(3) }],
  ["xong CCHC23-07", { kind: "done", target: code("CCHC23-07") }],
  ["đã hoàn thành CCHC23-07", { kind: "done", target: code("CCHC23-07") }],
  ["hoàn thành rồi, VB số 123/SNV-CCHC ngày 20/7", { kind: "done", target: implicit, evidence: "VB số 123/SNV-CCHC ngày 20/7" }],
  ["done 2", { kind: "done", target: item(2), locale: "en" }],
  ["Xong rồi ạ", { kind: "done", target: implicit }],
  ["dạ em xong rồi nhé 🙏", { kind: "done", target: implicit }],
  ["xong nha em", { kind: "done", target: implicit }],
  ["da hoan thanh cchc 23-7", { kind: "done", target: code("CCHC23-07") }],
  ["ĐÃ HOÀN THÀNH CCHC23-07", { kind: "done", target: code("CCHC23-07") }],
  ["CCHC23-07 đã hoàn thành", { kind: "done", target: code("CCHC23-07") }],
  ["nhiệm vụ 3 xong rồi", { kind: "done", target: item(3) }],
  ["nv3 xong", { kind: "done", target: item(3) }],
  ["xong số 2", { kind: "done", target: item(2) }],
  ["xog 3", { kind: "done", target: item(3) }],
  ["hoafn thafnh 3", { kind: "done", target: item(3) }],
  ["hoàn thành  CCHC23-07", { kind: "done", target: code("CCHC23-07") }],
  ["xong 3 VB số 45/QĐ-UBND", { kind: "done", target: item(3), evidence: "VB số 45/QĐ-UBND" }],
  ["đã hoàn thành CCHC23-07 theo Báo cáo số 95/BC-STP ngày 20/6/2023", { kind: "done", target: code("CCHC23-07"), evidence: "theo Báo cáo số 95/BC-STP ngày 20/6/2023" }],
  ["xong. Minh chứng: Quyết định 486/QĐ-UBND", { kind: "done", target: implicit, evidence: "Quyết định 486/QĐ-UBND" }],
  ["xong 20/7", { kind: "done", target: implicit, evidence: "20/7" }],
  ["xong, VB 123 cho CCHC23-09", { kind: "done", target: code("CCHC23-09"), evidence: "VB 123 cho CCHC23-09" }],
  ["/xong 2", { kind: "done", target: item(2) }],
  ["@nhacviec_bot xong 2", { kind: "done", target: item(2) }],
  ["xong 100%", { kind: "done", target: implicit }],
  ["xong 1, 3", { kind: "incomplete", action: "done", problem: "several_targets" }],
  ["xong 1 và 3", { kind: "incomplete", action: "done", problem: "several_targets" }],
  ["xong CCHC23-07 CCHC23-08", { kind: "incomplete", action: "done", problem: "several_targets" }],
  // --- progress ---
  ["đạt 70%", { kind: "progress", target: implicit, percent: 70 }],
  ["tiến độ 3 đạt 70%", { kind: "progress", target: item(3), percent: 70 }],
  ["cập nhật CCHC23-07 70%", { kind: "progress", target: code("CCHC23-07"), percent: 70 }],
  ["tien do cchc23-07 dat 70 phan tram", { kind: "progress", target: code("CCHC23-07"), percent: 70 }],
  ["hoàn thành 70% khối lượng", { kind: "progress", target: implicit, percent: 70, note: "khối lượng" }],
  ["CCHC23-07 đạt 45,5%", { kind: "progress", target: code("CCHC23-07"), percent: 45 }],
  ["progress 3 70%", { kind: "progress", target: item(3), percent: 70, locale: "en" }],
  ["tiến độ 1 đạt 130%", { kind: "incomplete", action: "progress", problem: "percent_out_of_range" }],
  // --- extension ---
  ["xin gia hạn CCHC23-07 đến 15/8 vì chờ ý kiến Bộ", { kind: "extend", target: code("CCHC23-07"), deadline: on("2023-08-15", "15/8"), reason: "chờ ý kiến Bộ" }],
  ["gia hạn 2 đến 30/9/2023, lý do chờ phân bổ kinh phí", { kind: "extend", target: item(2), deadline: on("2023-09-30", "30/9/2023"), reason: "chờ phân bổ kinh phí" }],
  ["xin gia han cchc23-7 den ngay 15 thang 8 vi cho y kien", { kind: "extend", target: code("CCHC23-07"), deadline: on("2023-08-15", "15 thang 8"), reason: "cho y kien" }],
  ["xin gia hạn CCHC23-07 vì chờ ý kiến Bộ, đến 15/8", { kind: "extend", target: code("CCHC23-07"), deadline: on("2023-08-15", "15/8"), reason: "chờ ý kiến Bộ" }],
  ["đề nghị gia hạn đến cuối tháng 9 do thiếu nhân lực", { kind: "extend", target: implicit, deadline: on("2023-09-30", "cuối tháng 9"), reason: "thiếu nhân lực" }],
  ["gia hạn 1 đến 05.09.23 vì chờ", { kind: "extend", target: item(1), deadline: on("2023-09-05", "05.09.23"), reason: "chờ" }],
  ["extend 2 to 30/9/2023 because the ministry has not answered", { kind: "extend", target: item(2), deadline: on("2023-09-30", "30/9/2023"), reason: "the ministry has not answered", locale: "en" }],
  ["xin gia hạn đến 20/7 vì chờ", { kind: "extend", target: implicit, deadline: { ok: false, problem: "not_after_today", text: "20/7", date: "2023-07-20" }, reason: "chờ" }],
  ["xin gia hạn đến 25/7 vì chờ", { kind: "extend", target: implicit, deadline: { ok: false, problem: "not_after_today", text: "25/7", date: "2023-07-25" }, reason: "chờ" }],
  ["xin gia hạn đến 31/2 vì chờ", { kind: "extend", target: implicit, deadline: { ok: false, problem: "invalid", text: "31/2" }, reason: "chờ" }],
  ["xin gia hạn 3 đến 12/13/2023 vì chờ", { kind: "extend", target: item(3), deadline: { ok: false, problem: "invalid", text: "12/13/2023" }, reason: "chờ" }],
  ["gia hạn thêm 15 ngày", { kind: "incomplete", action: "extend", problem: "date_missing" }],
  ["xin gia hạn CCHC23-07 đến 15/8", { kind: "incomplete", action: "extend", problem: "reason_missing" }],
  // --- not done, blocked ---
  ["chưa xong 3 vì thiếu kinh phí", { kind: "not_done", target: item(3), reason: "thiếu kinh phí" }],
  ["chua xong", { kind: "not_done", target: implicit }],
  ["CCHC23-07 chưa hoàn thành do chờ góp ý của các sở", { kind: "not_done", target: code("CCHC23-07"), reason: "chờ góp ý của các sở" }],
  ["vướng thủ tục đấu thầu", { kind: "blocked", target: implicit, reason: "thủ tục đấu thầu" }],
  ["đang vướng mắc 2: chưa có hướng dẫn của Bộ", { kind: "blocked", target: item(2), reason: "chưa có hướng dẫn của Bộ" }],
  ["blocked 2 waiting for the ministry", { kind: "blocked", target: item(2), reason: "waiting for the ministry", locale: "en" }],
  ["vướng", { kind: "incomplete", action: "blocked", problem: "reason_missing" }],
  // --- undo ---
  ["hoàn tác", { kind: "undo" }],
  ["hủy thao tác", { kind: "undo" }],
  ["huỷ thao tác vừa rồi", { kind: "undo" }],
  ["nhầm rồi, hoàn tác giúp em nhé", { kind: "undo" }],
  ["undo", { kind: "undo", locale: "en" }],
  // --- the secretariat's decisions ---
  ["duyệt gia hạn 5", { kind: "approve_extension", ref: { kind: "request", id: 5 } }],
  ["duyệt gia hạn yêu cầu số 12", { kind: "approve_extension", ref: { kind: "request", id: 12 } }],
  ["duyet gia han CCHC23-07", { kind: "approve_extension", ref: code("CCHC23-07") }],
  ["duyệt gia hạn", { kind: "approve_extension", ref: implicit }],
  ["đồng ý gia hạn 5 đến 31/8", { kind: "approve_extension", ref: { kind: "request", id: 5 }, deadline: on("2023-08-31", "31/8") }],
  ["từ chối gia hạn 5 lý do chưa đủ căn cứ", { kind: "refuse_extension", ref: { kind: "request", id: 5 }, reason: "chưa đủ căn cứ" }],
  // A refusal without a reason is asked for again: the unit must learn why.
  ["từ chối gia hạn CCHC23-07", { kind: "incomplete", action: "refuse_extension", problem: "reason_missing" }],
  ["xác nhận CCHC23-07", { kind: "confirm", target: code("CCHC23-07") }],
  ["xác nhận CCHC23-07 đã hoàn thành", { kind: "confirm", target: code("CCHC23-07") }],
  ["xac nhan", { kind: "confirm", target: implicit }],
  ["confirm CCHC23-07", { kind: "confirm", target: code("CCHC23-07"), locale: "en" }],
  ["trả lại CCHC23-07 vì thiếu minh chứng", { kind: "return", target: code("CCHC23-07"), reason: "thiếu minh chứng" }],
  ["trả lại: thiếu minh chứng", { kind: "return", target: implicit, reason: "thiếu minh chứng" }],
  ["trả lại CCHC23-07", { kind: "incomplete", action: "return", problem: "reason_missing" }],
  // --- questions and other talk: not commands ---
  ["những nhiệm vụ nào đã hoàn thành", undefined],
  ["tiến độ kế hoạch CCHC", undefined],
  ["CCHC23-07", undefined],
  ["bao nhiêu nhiệm vụ xong", undefined],
  ["xong chưa?", undefined],
  ["xong chưa em", undefined],
  ["CCHC23-07 xong chưa em", undefined],
  // "chưa" right after the report's word ends a clause: a question, whatever follows it.
  ["CCHC23-15 hoàn thành chưa vậy, update giùm tình trạng", undefined],
  ["CCHC23-15 xong chưa, báo lại giúp", undefined],
  ["CCHC23-15 đạt chưa. cập nhật giúp", undefined],
  ["cchc23-41 da xong chua", undefined],
  ["đã hoàn thành được mấy nhiệm vụ", undefined],
  ["hoàn thành kế hoạch", undefined],
  ["tiến độ CCHC23-07", undefined],
  ["tiến độ 3 đạt bao nhiêu %", undefined],
  ["tỷ lệ hồ sơ trực tuyến đạt 63%", undefined],
  ["gia hạn đến bao giờ", undefined],
  ["CCHC23-07 gia hạn đến ngày nào", undefined],
  ["duyệt gia hạn cho Sở Tư pháp", undefined],
  ["xác nhận giúp số liệu tỷ lệ hồ sơ", undefined],
  ["trả lại hồ sơ cho dân", undefined],
  ["hủy nhiệm vụ 3", undefined],
  ["vùng sâu vùng xa", undefined],
  ["Sở Tài chính còn bao nhiêu việc chưa xong", undefined],
  ["nv đã xong của Sở Nội vụ", undefined],
  ["ok", undefined],
  ["cảm ơn", undefined],
  ["🙏👍", undefined],
  ["", undefined],
];

describe("parseTaskCommand", () => {
  for (const [text, expected] of TABLE) {
    it(`${JSON.stringify(text)} → ${expected ? expected.kind : "not a command"}`, () => {
      const parsed = parseTaskCommand(text, TODAY);
      if (expected === undefined) expect(parsed).toBeUndefined();
      else expect(parsed).toEqual({ locale: "vi", ...expected });
    });
  }

  it("reads the same command typed decomposed (NFD), as the Windows Vietnamese keyboard sends it", () => {
    expect(parseTaskCommand("đã hoàn thành CCHC23-07".normalize("NFD"), TODAY)).toEqual({ kind: "done", target: code("CCHC23-07"), locale: "vi" });
    expect(parseTaskCommand("chưa xong 3 vì thiếu kinh phí".normalize("NFD"), TODAY)).toMatchObject({ kind: "not_done", reason: "thiếu kinh phí" });
  });

  it("resolves a date without a year in today's year, and a two-digit year in this century", () => {
    expect(parseTaskCommand("gia hạn 1 đến 15/1 vì chờ", "2023-12-20")).toMatchObject({ deadline: { ok: false, problem: "not_after_today", date: "2023-01-15" } });
    expect(parseTaskCommand("gia hạn 1 đến 15/1/24 vì chờ", "2023-12-20")).toMatchObject({ deadline: { ok: true, date: "2024-01-15" } });
    expect(parseTaskCommand("gia hạn 1 đến 29/2/2024 vì chờ", "2023-12-20")).toMatchObject({ deadline: { ok: true, date: "2024-02-29" } });
    expect(parseTaskCommand("gia hạn 1 đến 29/2/2023 vì chờ", "2023-01-20")).toMatchObject({ deadline: { ok: false, problem: "invalid" } });
  });

  it(`caps evidence and reasons at ${MAX_FREE_TEXT} characters`, () => {
    const long = `VB số 1 ${"x".repeat(5_000)}`;
    const done = parseTaskCommand(`xong 3, ${long}`, TODAY);
    expect(done).toMatchObject({ kind: "done", target: item(3) });
    const evidence = (done as { evidence: string }).evidence;
    expect(evidence.length).toBeLessThanOrEqual(MAX_FREE_TEXT);
    expect(evidence.startsWith("VB số 1 xxx")).toBe(true);
    const blocked = parseTaskCommand(`vướng 3 vì ${"thiếu kinh phí ".repeat(300)}`, TODAY) as { reason: string };
    expect(blocked.reason.length).toBeLessThanOrEqual(MAX_FREE_TEXT);
  });

  it("reads none of the labelled questions of the NLU corpus as a command", () => {
    const corpus = parse(readFileSync(path.join(import.meta.dirname, "../../fixtures/nlu-corpus.yaml"), "utf8")) as Array<{ text: string }>;
    expect(corpus.length).toBeGreaterThan(300);
    const swallowed = corpus.filter((e) => parseTaskCommand(e.text, TODAY) !== undefined).map((e) => e.text);
    expect(swallowed).toEqual([]);
  });

  it("stays fast on a long paste", () => {
    const text = `xong 3, ${"VB số 1/QĐ, ngày 20/7; ".repeat(200)}`;
    const started = performance.now();
    for (let i = 0; i < 20; i++) parseTaskCommand(text, TODAY);
    expect((performance.now() - started) / 20).toBeLessThan(20);
  });
});
