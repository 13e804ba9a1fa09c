/**
 * Vietnam's provinces and centrally run cities, by the names people use (before and after the 2025 merger),
 * so that a question about another province is recognised as such even when typed without accents or
 * capitals: "ty le ho so truc tuyen cua ha noi" must not be answered with this province's 64%. The bot holds
 * the figures of its own province only; the province in office and the units of the catalogue are matched
 * first (a unit named in the data, such as Đà Nẵng, keeps its own answer).
 */
import { createMatcher, type Match, type Matcher } from "../vi/index.js";

const PROVINCES: ReadonlyArray<readonly string[]> = [
  // The country as a whole: "số tài khoản kích hoạt của cả nước" is not this province's figure either.
  ["cả nước", "toàn quốc", "nationwide", "the whole country"],
  ["Hà Nội", "Hanoi", "Ha Noi"],
  ["Thành phố Hồ Chí Minh", "Hồ Chí Minh", "TP HCM", "TPHCM", "HCM", "Sài Gòn", "Saigon", "Ho Chi Minh City"],
  ["Hải Phòng", "Hai Phong"],
  ["Đà Nẵng", "Da Nang"],
  ["Cần Thơ", "Can Tho"],
  ["Thừa Thiên Huế", "Huế", "Thừa Thiên - Huế", "TT Huế", "Hue"],
  ["An Giang"],
  ["Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu", "Vũng Tàu", "BRVT"],
  ["Bắc Giang"],
  ["Bắc Kạn", "Bắc Cạn"],
  ["Bạc Liêu"],
  ["Bắc Ninh"],
  ["Bến Tre"],
  ["Bình Định"],
  ["Bình Dương"],
  ["Bình Phước"],
  ["Bình Thuận"],
  ["Cà Mau"],
  ["Cao Bằng"],
  ["Đắk Lắk", "Đắc Lắc", "Dak Lak"],
  ["Đắk Nông", "Đắc Nông", "Dak Nong"],
  ["Điện Biên"],
  ["Đồng Nai"],
  ["Đồng Tháp"],
  ["Gia Lai"],
  ["Hà Giang"],
  ["Hà Nam"],
  ["Hà Tĩnh"],
  ["Hải Dương"],
  ["Hậu Giang"],
  ["Hòa Bình", "Hoà Bình"],
  ["Hưng Yên"],
  ["Khánh Hòa", "Khánh Hoà"],
  ["Kiên Giang"],
  ["Kon Tum"],
  ["Lai Châu"],
  ["Lâm Đồng"],
  ["Lạng Sơn"],
  ["Lào Cai"],
  ["Long An"],
  ["Nam Định"],
  ["Nghệ An"],
  ["Ninh Bình"],
  ["Ninh Thuận"],
  ["Phú Thọ"],
  ["Phú Yên"],
  ["Quảng Bình"],
  ["Quảng Nam"],
  ["Quảng Ngãi"],
  ["Quảng Ninh"],
  ["Quảng Trị"],
  ["Sóc Trăng"],
  ["Sơn La"],
  ["Tây Ninh"],
  ["Thái Bình"],
  ["Thái Nguyên"],
  ["Thanh Hóa", "Thanh Hoá"],
  ["Tiền Giang"],
  ["Trà Vinh"],
  ["Tuyên Quang"],
  ["Vĩnh Long"],
  ["Vĩnh Phúc"],
  ["Yên Bái"],
];

export type PlaceMatcher = Matcher<string>;

/** Exact names only (accents may be missing): a typo of a place name is too close to ordinary words. */
export function createPlaceMatcher(): PlaceMatcher {
  return createMatcher(
    PROVINCES.map((names) => ({ id: names[0]!, phrases: [...names] })),
    { minScore: 0.9 },
  );
}

/**
 * Other provinces named in a prepared message: matches that no name of the catalogue (the province in office,
 * its units, levels, areas, figures, dates) already covers, and that are not the province in office itself.
 */
export function otherProvinces(
  matcher: PlaceMatcher,
  text: string,
  covered: ReadonlyArray<{ start: number; end: number }>,
  isOurs: (name: string) => boolean,
): Match<string>[] {
  return matcher.find(text).filter((m) => !isOurs(m.id) && !covered.some((c) => m.start < c.end && c.start < m.end));
}
