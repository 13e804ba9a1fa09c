import type { Scope, TaskArea } from "../model.js";

/** How people name the aggregate levels of a KPI, in Vietnamese and English. */
export const SCOPE_PHRASES: ReadonlyArray<{ id: Exclude<Scope, "unit">; phrases: readonly string[] }> = [
  { id: "province", phrases: ["toàn tỉnh", "cả tỉnh", "chung toàn tỉnh", "của tỉnh", "bình quân toàn tỉnh", "trung bình toàn tỉnh", "tỉnh mình", "province", "province-wide", "overall", "whole province"] },
  { id: "department_level", phrases: ["sở, ngành", "sở ngành", "sn", "các sn", "khối sn", "cấp sn", "sở nghành", "sở, nghành", "các sở ngành", "cấp sở", "các sở", "khối sở", "do sở", "sở, ban, ngành", "sở ban ngành", "cấp tỉnh", "department level", "provincial departments", "departments", "department"] },
  { id: "district_level", phrases: ["cấp huyện", "các huyện", "huyện", "quận huyện", "cấp quận huyện", "thị xã", "huyện, thị xã, thành phố", "cấp huyện, thị xã, thành phố", "district level", "districts", "district"] },
  { id: "commune_level", phrases: ["cấp xã", "các xã", "xã", "xã phường", "xã, phường", "cấp xã phường", "xã, phường, thị trấn", "cấp xã, phường, thị trấn", "commune level", "communes", "commune"] },
];

/** The seven standard areas of a CCHC plan, as officials name them. */
export const AREA_PHRASES: ReadonlyArray<{ id: TaskArea; phrases: readonly string[] }> = [
  { id: "institutions", phrases: ["cải cách thể chế", "thể chế", "văn bản quy phạm pháp luật", "institutional reform", "institutions"] },
  { id: "procedures", phrases: ["cải cách thủ tục hành chính", "thủ tục hành chính", "thủ tục", "một cửa", "administrative procedures", "procedures"] },
  { id: "apparatus", phrases: ["cải cách tổ chức bộ máy", "tổ chức bộ máy", "bộ máy", "sắp xếp đơn vị hành chính", "apparatus"] },
  { id: "civil_service", phrases: ["cải cách chế độ công vụ", "chế độ công vụ", "công vụ", "cán bộ, công chức", "công chức", "civil service"] },
  { id: "public_finance", phrases: ["cải cách tài chính công", "tài chính công", "public finance"] },
  { id: "digital_government", phrases: ["chính quyền điện tử", "chính quyền số", "chuyển đổi số", "xây dựng chính quyền điện tử, chính quyền số", "hiện đại hóa hành chính", "hiện đại hoá hành chính", "e-government", "digital government", "digital transformation"] },
  { id: "direction", phrases: ["công tác chỉ đạo, điều hành", "chỉ đạo, điều hành", "chỉ đạo điều hành", "thông tin, tuyên truyền", "tuyên truyền", "direction", "communication"] },
];

/** Figures people ask for that the data does not hold; naming them must never return a nearby figure. */
export const UNAVAILABLE_METRICS: readonly string[] = [
  "toàn trình",
  "một phần",
  "PAR index",
  "chỉ số cải cách hành chính",
  "SIPAS",
  "chỉ số hài lòng",
  "mức độ hài lòng",
  "PCI",
  "DTI",
  "PAPI",
  "chỉ số chuyển đổi số",
  "số hóa hồ sơ",
  "tỷ lệ số hóa",
  "đúng hạn",
  "trễ hạn hồ sơ",
  "chữ ký số",
  "căn cước",
  "căn cước công dân",
  "gắn chíp",
  // money given to the reform itself: the data holds payments made online, not budgets
  "kinh phí",
  // a share of the population: the data holds accounts and a ranking, not how many people use the app
  "dân số",
  "% dân số",
  "tỷ lệ giải ngân",
  "kế hoạch vốn",
  "hài lòng của người dân",
  "hồ sơ giải quyết trễ hạn",
  "giải quyết trễ hạn",
  "hồ sơ trễ hạn",
  "kinh phí bố trí",
  "ngân sách cho cải cách hành chính",
];
