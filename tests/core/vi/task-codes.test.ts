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
});
