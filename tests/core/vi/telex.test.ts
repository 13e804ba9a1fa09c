import { describe, expect, it } from "vitest";
import { repairTelex, repairTelexText } from "../../../src/core/vi/index.js";

describe("repairTelex", () => {
  it.each([
    ["tyr", "tỷ"],
    ["leej", "lệ"],
    ["hoof", "hồ"],
    ["sow", "sơ"],
    ["xax", "xã"],
    ["huyeenj", "huyện"],
    ["truwcj", "trực"],
    ["tuyeens", "tuyến"],
    ["caaps", "cấp"],
    ["cuar", "của"],
    ["dduwowngf", "đường"],
    ["nhwngx", "những"],
    ["vieejt", "việt"],
    ["quys", "quý"],
    ["giaf", "già"],
  ])("Telex %s → %s", (typed, expected) => {
    expect(repairTelex(typed)).toBe(expected);
  });

  it.each([
    ["le65", "lệ"],
    ["ho62", "hồ"],
    ["ba1o", "báo"],
    ["d9u7o7ng2", "đường"],
  ])("VNI %s → %s", (typed, expected) => {
    expect(repairTelex(typed)).toBe(expected);
  });

  it.each(["hs", "cds", "ubnd", "dvc", "tthc", "dddt", "tk", "bn", "ntn", "ko", "dc", "ho", "so", "tuyen", "xoong", "vneid", "online",
    "dossier", "test", "max", "bus", "cchc23", "da06", "t7", "quy1", "so7", "ty3", "2023", "hồ", "Sở",
    "of", "is", "this", "how", "does", "yes"])(
    "leaves %s alone",
    (word) => {
      expect(repairTelex(word)).toBe(word);
    },
  );

  it("keeps the case of the word", () => {
    expect(repairTelex("Tyr")).toBe("Tỷ");
    expect(repairTelex("HUYEENJ")).toBe("HUYỆN");
  });
});

describe("repairTelexText", () => {
  it("repairs the leftovers and keeps everything else", () => {
    expect(repairTelexText("tyr leej hoof sow truwcj tuyeens cấp huyện, HS ok?")).toBe("tỷ lệ hồ sơ trực tuyến cấp huyện, HS ok?");
  });

  it("leaves an English question alone", () => {
    const text = "what is the online dossier rate of this district now";
    expect(repairTelexText(text)).toBe(text);
  });

  it("returns unaccented Vietnamese unchanged", () => {
    const text = "ty le ho so truc tuyen cap huyen bao nhieu";
    expect(repairTelexText(text)).toBe(text);
  });
});
