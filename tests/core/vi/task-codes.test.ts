import { describe, expect, it } from "vitest";
import { createTaskCodeFinder, extractTaskCodes } from "../../../src/core/vi/index.js";

describe("extractTaskCodes", () => {
  it("recognises codes however they are typed", () => {
    expect(extractTaskCodes("CCHC23-07")).toEqual(["CCHC23-07"]);
    expect(extractTaskCodes("nv cchc23 07 sao rồi")).toEqual(["CCHC23-07"]);
    expect(extractTaskCodes("cchc 23-7 xong chưa")).toEqual(["CCHC23-07"]);
    expect(extractTaskCodes("Cchc-23-41")).toEqual(["CCHC23-41"]);
    expect(extractTaskCodes("CĐS 23-1 và cds23-02")).toEqual(["CDS23-01", "CDS23-02"]);
  });

  it("lists each code once, in order", () => {
    expect(extractTaskCodes("CCHC23-08, cchc 23 7, CCHC23-07")).toEqual(["CCHC23-08", "CCHC23-07"]);
  });

  it("does not read dates or longer numbers as codes", () => {
    expect(extractTaskCodes("báo cáo cchc 25/7")).toEqual([]);
    expect(extractTaskCodes("cchc 23-7-2023")).toEqual([]);
    expect(extractTaskCodes("cchc 2023")).toEqual([]);
    expect(extractTaskCodes("xcchc23-07")).toEqual([]);
  });

  it("accepts other plan prefixes", () => {
    expect(createTaskCodeFinder(["ĐA06"]).extract("da06 23-5")).toEqual(["DA0623-05"]);
  });

  it("reads the codes of the plans held, as the bot codes their tasks and as they are typed", () => {
    const finder = createTaskCodeFinder(["CCHC", "KL"], ["CCHC23", "CCHC23-2", "DA06-24", "KL23"]);
    // A plan imported for Đề án 06, and a plan whose code was taken once already (core/plan-import/codes.ts).
    expect(finder.extract("DA06-24-03 ai chủ trì")).toEqual(["DA06-24-03"]);
    expect(finder.extract("da06 24 3 xong chưa")).toEqual(["DA06-24-03"]);
    expect(finder.extract("CCHC23-2-01 và cchc23-21")).toEqual(["CCHC23-2-01", "CCHC23-21"]);
    expect(finder.extract("cchc23 20")).toEqual(["CCHC23-20"]);
    // No separator before a two-digit number, for a plan held only: "cchc2322" is CCHC23-22.
    expect(finder.extract("cchc2322 sao rồi")).toEqual(["CCHC23-22"]);
    expect(finder.extract("KL2303")).toEqual(["KL23-03"]);
    expect(createTaskCodeFinder(["CCHC"]).extract("cchc2322")).toEqual([]);
    // Years and dates stay what they are.
    expect(finder.extract("kế hoạch cchc 2023")).toEqual([]);
    expect(finder.extract("cchc23 2023")).toEqual([]);
    expect(finder.extract("kết luận KL23 ngày 25/7")).toEqual([]);
    expect(finder.extract("cchc23 25/7")).toEqual([]);
  });

  it("finds a plan's code named alone, not one followed by a task's number", () => {
    const finder = createTaskCodeFinder(["CCHC", "KL"], ["CCHC23", "KL23"]);
    expect(finder.plans("KL23 việc nào giao công an tỉnh").map((h) => h.code)).toEqual(["KL23"]);
    expect(finder.plans("ke hoach cchc 23 con bao nhieu viec").map((h) => h.code)).toEqual(["CCHC23"]);
    expect(finder.plans("KL23-03 ai chủ trì")).toEqual([]);
    expect(finder.plans("kl230")).toEqual([]);
  });
});
