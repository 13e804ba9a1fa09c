import { describe, expect, it } from "vitest";
import { bestTitleMatches, titleMatchShare, titleWords } from "../../src/core/title-match.js";

const tasks = [
  { code: "07", title: "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành" },
  { code: "08", title: "Triển khai thi hành Luật Thực hiện dân chủ ở cơ sở năm 2022 trên địa bàn tỉnh" },
  { code: "24", title: "Thực hiện tinh giản biên chế năm 2023 theo Nghị định số 29/2023/NĐ-CP" },
  { code: "25", title: "Giao biên chế công chức và số lượng người làm việc năm 2023 cho các cơ quan, đơn vị" },
  { code: "01", title: "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2023" },
  { code: "43", title: "Nâng tỷ lệ hồ sơ thủ tục hành chính cấp huyện tiếp nhận trực tuyến trên địa bàn thành phố Tam Kỳ" },
];
const codes = (words: string[]) => bestTitleMatches(words, tasks).map((t) => t.code);

/** A task named by words of its title, as officials type them: folded, with slips and initials. */
describe("finding a task by words of its title", () => {
  it("reads titles folded, with their abbreviations expanded as messages are", () => {
    expect(titleWords("Rà soát văn bản do HĐND ban hành")).toEqual(["ra", "soat", "van", "ban", "do", "hoi", "dong", "nhan", "dan", "ban", "hanh"]);
  });

  it("takes initials for a run of title words and a one-letter slip for a word", () => {
    expect(titleMatchShare(["vbqppl"], titleWords(tasks[0]!.title))).toBe(1);
    expect(titleMatchShare(["phap", "luat"], titleWords(tasks[0]!.title))).toBe(1);
    expect(titleMatchShare(["thuc", "hienn"], titleWords(tasks[1]!.title))).toBeCloseTo(0.95);
  });

  it("names the one task that holds the words, prefers exact words and words side by side, and names none below the share", () => {
    expect(codes(["ra", "soat", "he", "thong", "hoa", "vbqppl"])).toEqual(["07"]);
    expect(codes(["luat", "dan", "chu", "co", "so"])).toEqual(["08"]);
    expect(codes(["tinh", "gian", "bien", "che"])).toEqual(["24"]);
    expect(codes(["bien", "che"])).toEqual(["24", "25"]);
    expect(codes(["bai", "tho", "mua", "thu"])).toEqual([]);
    // "tuyên truyền … ban hành bằng": 43 holds "tuyến", "bàn", "hành" apart and a slip ("truyen" for "tuyen");
    // 01 holds "tuyên truyền" and "ban hành" side by side, and is the task named.
    expect(titleMatchShare(["tuyen", "truyen", "ban", "hanh", "bang"], titleWords(tasks[5]!.title))).toBeGreaterThanOrEqual(0.75);
    expect(codes(["tuyen", "truyen", "ban", "hanh", "bang"])).toEqual(["01"]);
  });

  it("names no task by slips alone: a short syllable is one slip from many others", () => {
    const conclusion = titleWords("Tăng tỷ lệ giải quyết hồ sơ thủ tục hành chính trực tuyến, chủ động, tích cực để bứt phá trong chuyển đổi số");
    // "giao" is one slip from "giải", "thong" from "trong": "giao thông" is not in this title.
    expect(titleMatchShare(["giao", "thong"], conclusion)).toBe(0);
    expect(titleMatchShare(["giao"], conclusion)).toBe(0);
    // "tiền" is one slip from "tiếp": four letters are too few to slip ("số tiền thanh toán trực tuyến" ≠ 43).
    expect(codes(["so", "tien", "thanh", "toan", "truc", "tuyen"])).toEqual([]);
    // With one word as typed, a slip in the other still counts.
    expect(titleMatchShare(["giai", "quyett"], conclusion)).toBeCloseTo(0.95);
  });
});
