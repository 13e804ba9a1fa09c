import { describe, expect, it } from "vitest";
import { createMatcher, prepareMessage, type Entry, type Match } from "../../../src/core/vi/index.js";

// A slice of the demo catalogue (prisma/demo/quang-nam-2023.yaml) with its folding collisions.
const catalogue: Entry<string>[] = [
  { id: "online_dossier_rate", phrases: ["Tỷ lệ hồ sơ trực tuyến", "tỷ lệ giải quyết hồ sơ trực tuyến", "hồ sơ trực tuyến", "HSTT"] },
  { id: "fully_online_rate", phrases: ["Tỷ lệ hồ sơ toàn trình"] },
  { id: "dossier_count", phrases: ["số hồ sơ tiếp nhận"] },
  { id: "eid_accounts_activated", phrases: ["tài khoản định danh điện tử đã kích hoạt", "kích hoạt VNeID"] },
  { id: "eid_accounts_created", phrases: ["tài khoản định danh điện tử", "tài khoản định danh"] },
  { id: "eid_activation_rate", phrases: ["tỷ lệ kích hoạt tài khoản định danh", "tỷ lệ kích hoạt"] },
  { id: "scope:district", phrases: ["cấp huyện"] },
  { id: "scope:commune", phrases: ["cấp xã"] },
  { id: "scope:province", phrases: ["cấp tỉnh", "toàn tỉnh"] },
  { id: "STP", phrases: ["Sở Tư pháp", "STP"] },
  { id: "STC", phrases: ["Sở Tài chính", "STC"] },
  { id: "SNV", phrases: ["Sở Nội vụ", "SNV"] },
  { id: "SNGV", phrases: ["Sở Ngoại vụ"] },
  { id: "SKHCN", phrases: ["Sở Khoa học và Công nghệ", "Sở KH&CN"] },
  { id: "BACTRAMY", phrases: ["Ủy ban nhân dân huyện Bắc Trà My", "UBND huyện Bắc Trà My", "Bắc Trà My"] },
  { id: "NAMTRAMY", phrases: ["Ủy ban nhân dân huyện Nam Trà My", "UBND huyện Nam Trà My", "Nam Trà My"] },
  { id: "HOIAN", phrases: ["Ủy ban nhân dân thành phố Hội An", "TP Hội An", "Hội An"] },
  { id: "CAT", phrases: ["Công an tỉnh Quảng Nam", "Công an tỉnh", "Công an"] },
  { id: "TAMKY", phrases: ["Ủy ban nhân dân thành phố Tam Kỳ", "Tam Kỳ"] },
  { id: "QNM", phrases: ["Ủy ban nhân dân tỉnh Quảng Nam", "tỉnh Quảng Nam", "Quảng Nam"] },
];
const matcher = createMatcher(catalogue);
const ids = (found: readonly Match<string>[]): string[] => found.map((m) => m.id);
const find = (text: string): Match<string>[] => matcher.find(prepareMessage(text));

describe("createMatcher: finding catalogue phrases in a question", () => {
  it("finds the metric and the scope in an unaccented question", () => {
    const found = find("ty le ho so truc tuyen cap huyen bao nhieu");
    expect(ids(found)).toEqual(["online_dossier_rate", "scope:district"]);
    expect(found.every((m) => m.score > 0.8 && !m.exactAccents)).toBe(true);
  });

  it("scores an exact accented contiguous phrase 1 and points at it", () => {
    const text = "Tỷ lệ hồ sơ trực tuyến cấp huyện là bao nhiêu?";
    const [metric, scope] = matcher.find(text);
    expect(metric).toMatchObject({ id: "online_dossier_rate", phrase: "Tỷ lệ hồ sơ trực tuyến", score: 1, exactAccents: true });
    expect(text.slice(metric?.start, metric?.end)).toBe("Tỷ lệ hồ sơ trực tuyến");
    expect(scope).toMatchObject({ id: "scope:district", score: 1 });
    expect(text.slice(scope?.start, scope?.end)).toBe("cấp huyện");
  });

  it("gives the same matches for composed and decomposed input", () => {
    const text = "Tỷ lệ hồ sơ trực tuyến của Sở Tư pháp";
    expect(matcher.find(text.normalize("NFD")).map((m) => [m.id, m.score])).toEqual(matcher.find(text).map((m) => [m.id, m.score]));
  });

  it("treats old and new tone placement and y/i spellings as exact", () => {
    expect(find("tỉ lệ hồ sơ trực tuyến")[0]).toMatchObject({ id: "online_dossier_rate", score: 1, exactAccents: true });
    expect(find("thành phố Tam Kì")).toMatchObject([{ id: "TAMKY", exactAccents: true }]);
  });

  it("finds abbreviations once the message is prepared", () => {
    expect(ids(find("tỷ lệ HSTT của ubnd huyen Bac Tra My"))).toEqual(["online_dossier_rate", "BACTRAMY"]);
    expect(ids(find("Sở KH&CN"))).toEqual(["SKHCN"]);
  });

  it("never takes cấp xã for cấp huyện, with or without accents", () => {
    expect(ids(find("tỷ lệ hồ sơ trực tuyến cấp xã"))).toEqual(["online_dossier_rate", "scope:commune"]);
    expect(ids(find("cap xa"))).toEqual(["scope:commune"]);
    expect(ids(find("cấp huyện"))).toEqual(["scope:district"]);
  });

  it("keeps Sở Tư pháp and Sở Tài chính apart, with and without accents", () => {
    expect(ids(find("Sở Tư pháp"))).toEqual(["STP"]);
    expect(ids(find("so tu phap"))).toEqual(["STP"]);
    expect(ids(find("Sở Tài chính"))).toEqual(["STC"]);
    expect(ids(find("so tai chinh"))).toEqual(["STC"]);
    expect(ids(find("tư pháp"))).toEqual(["STP"]);
    expect(ids(find("Sở Nội vụ và Sở Ngoại vụ"))).toEqual(["SNV", "SNGV"]);
  });

  it("keeps Hội An and Công an apart", () => {
    expect(ids(find("Hội An"))).toEqual(["HOIAN"]);
    expect(ids(find("hoi an"))).toEqual(["HOIAN"]);
    expect(ids(find("Công an"))).toEqual(["CAT"]);
    expect(ids(find("cong an tinh"))).toEqual(["CAT"]);
    expect(ids(find("hồ sơ của Hội An tỉnh Quảng Nam"))).toEqual(["HOIAN", "QNM"]);
  });

  it("reports a tie when the user typed only Trà My", () => {
    for (const text of ["Trà My", "tra my", "tỷ lệ của Trà My"]) {
      const tied = find(text).filter((m) => m.id === "BACTRAMY" || m.id === "NAMTRAMY");
      expect(tied.map((m) => m.id).sort()).toEqual(["BACTRAMY", "NAMTRAMY"]);
      expect(tied[0]?.score).toBe(tied[1]?.score);
      expect(matcher.top(prepareMessage(text)).map((m) => m.id).sort()).toEqual(["BACTRAMY", "NAMTRAMY"]);
    }
    expect(ids(find("Nam Trà My"))).toEqual(["NAMTRAMY"]);
  });

  it("tolerates a one-letter typo in longer words", () => {
    expect(find("ty le ho so truc tuyn")[0]).toMatchObject({ id: "online_dossier_rate" });
    expect(find("cap huyn")[0]).toMatchObject({ id: "scope:district" });
    expect(find("cap huyeen")[0]).toMatchObject({ id: "scope:district" }); // extra letter
    expect(find("ty le ho so truc tuyne")[0]).toMatchObject({ id: "online_dossier_rate" }); // swapped letters
    expect(find("cap huyen")[0]?.score).toBeGreaterThan(find("cap huyn")[0]?.score ?? 1);
  });

  it("does not treat a different real word as a typo", () => {
    expect(ids(find("cap truong"))).toEqual([]); // trường, not a typo for huyện or anything else
    expect(ids(find("tỷ lệ hồ sơ trực tiếp"))).toEqual([]); // in person: the opposite of trực tuyến
  });

  it("never merges toàn trình into trực tuyến", () => {
    expect(ids(find("tỷ lệ hồ sơ toàn trình"))).toEqual(["fully_online_rate"]);
    expect(ids(find("ty le ho so toan trinh"))).toEqual(["fully_online_rate"]);
  });

  it("finds a phrase whose words were typed in another order, with a lower score", () => {
    const [m] = find("trực tuyến hồ sơ tỷ lệ");
    expect(m).toMatchObject({ id: "online_dossier_rate", phrase: "Tỷ lệ hồ sơ trực tuyến" });
    expect(m?.score).toBeLessThan(1);
    expect(m?.score).toBeGreaterThan(0.7);
  });

  it("finds a long phrase with one word missing, with a lower score", () => {
    const units = createMatcher([
      { id: "TIENPHUOC", phrases: ["Ủy ban nhân dân huyện Tiên Phước"] },
      { id: "PHUOCSON", phrases: ["Ủy ban nhân dân huyện Phước Sơn"] },
    ]);
    const [m] = units.find(prepareMessage("UBND Tiên Phước"));
    expect(m).toMatchObject({ id: "TIENPHUOC", phrase: "Ủy ban nhân dân huyện Tiên Phước" });
    expect(m?.score).toBeLessThan(0.9);
    expect(ids(units.find(prepareMessage("ubnd huyen phuoc son")))).toEqual(["PHUOCSON"]);
    expect(ids(createMatcher([{ id: "TIENPHUOC", phrases: ["Ủy ban nhân dân huyện Tiên Phước"] }]).find("ủy ban nhân dân huyện Phước Sơn"))).toEqual([]);
    expect(ids(find("Sở Khoa học Công nghệ"))).toEqual(["SKHCN"]); // a function word left out
  });

  it("rejects different diacritics on short phrases but tolerates one on a long exact phrase", () => {
    expect(ids(find("xá"))).toEqual([]);
    // A slip of tone on the second word of a two-word name is read, with a low score.
    const [slip] = find("cấp xá");
    expect(slip).toMatchObject({ id: "scope:commune", exactAccents: false });
    expect(slip?.score).toBeLessThan(0.7);
    const [m] = find("sở hồ sơ tiếp nhận");
    expect(m).toMatchObject({ id: "dossier_count", exactAccents: false });
    expect(m?.score).toBeLessThan(0.9);
  });

  it("prefers the longer reading when scores differ only by diacritics the catalogue lacks", () => {
    expect(ids(find("ty le kich hoat tai khoan dinh danh"))).toEqual(["eid_activation_rate"]);
    expect(ids(find("tài khoản định danh điện tử đã kích hoạt"))).toEqual(["eid_accounts_activated"]);
  });

  it("returns nothing for unrelated text and empty input", () => {
    expect(find("chào anh, hôm nay trời đẹp")).toEqual([]);
    expect(matcher.find("")).toEqual([]);
    expect(matcher.best("")).toBeUndefined();
  });

  it("best returns the highest-scoring match", () => {
    expect(matcher.best(prepareMessage("cấp huyện, ty le ho so truc tuyen"))).toMatchObject({ id: "scope:district", score: 1 });
  });

  it("handles a 10.000-character message", () => {
    const found = find("tỷ lệ hồ sơ trực tuyến cấp huyện ".repeat(350));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m.end <= 2000)).toBe(true);
  });
});
