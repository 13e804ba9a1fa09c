import { createMatcher, fold, type Matcher } from "../vi/index.js";

/**
 * What a figure is about, beyond its name: money or a number of payments, accounts or activated accounts,
 * a rate, a rank. A metric declares its aspects in the data (`aspects:`); a question that names an aspect
 * the metric lacks is not about that metric ("thanh toán trực tuyến được mấy tỷ" asks for money, not for the
 * number of payments; "tài khoản VNeID đã tạo" asks for accounts, not for the VNeID ranking).
 *
 * Only aspects that tell figures apart are listed; words that every figure of a family shares ("trực
 * tuyến", "hồ sơ") decide nothing and are left to the name matcher.
 */
export const ASPECT_PHRASES = {
  money: ["tiền", "số tiền", "tổng tiền", "tỷ đồng", "tỉ đồng", "mấy tỷ", "mấy tỉ", "bao nhiêu tỷ", "bao nhiêu tỉ", "nhiêu tỷ", "bn tỷ", "nghìn tỷ", "triệu đồng", "triệu", "đồng", "giá trị", "vnđ", "vnd", "amount", "money", "value", "billion"],
  transactions: ["lượt", "số lượt", "giao dịch", "transactions", "times"],
  payments: ["thanh toán", "nộp phí", "nộp tiền", "phí, lệ phí", "lệ phí", "payment", "payments", "paid"],
  accounts: ["tài khoản", "tk", "account", "accounts"],
  activated: ["kích hoạt", "active", "activated", "activation", "activations"],
  created: ["tạo lập", "đã tạo", "được tạo", "tạo được", "tạo", "cấp được", "đã cấp", "được cấp", "cấp tài khoản", "created", "issued"],
  profiles: ["hồ sơ định danh", "hồ sơ đề nghị", "tạo lập", "profiles", "profile"],
  percent: ["tỷ lệ", "tỉ lệ", "phần trăm", "rate", "percent", "percentage"],
  rank: ["xếp hạng", "thứ hạng", "đứng thứ", "xếp thứ", "hạng mấy", "hạng", "top", "rank", "ranking", "ranked"],
  installed: ["cài đặt", "cài", "install", "installed", "installation"],
  connections: ["kết nối", "tích hợp", "liên thông", "hệ thống", "connections", "connection", "integrations", "systems"],
  da06: ["đề án 06", "đa06", "đa 06", "đề án 6", "project 06"],
  vneid: ["vneid", "định danh", "định danh điện tử", "đdđt", "ddđt", "eid", "identity"],
  dossiers: ["hồ sơ trực tuyến", "nộp hồ sơ", "hồ sơ nộp", "hstt", "dossier", "dossiers", "applications"],
} as const;

export type Aspect = keyof typeof ASPECT_PHRASES;

/**
 * Words that fold to an aspect word without being one: "tiến độ" and "Tiên Phước" are not "tiền", "tỷ lệ"
 * is not "tỷ". Listed as entries of their own, so the matcher's best match at that place is the decoy.
 */
const LOOK_ALIKES = ["lần lượt", "thứ tự", "xếp thứ tự", "cái", "mấy cái", "cái gì", "cái nào", "tiến độ", "tiến hành", "tiên tiến", "Tiên Phước", "đồng bộ", "đồng thời", "cộng đồng", "Đông Giang", "hoạt động", "tạo điều kiện", "đào tạo", "cấp huyện", "cấp xã", "cấp tỉnh", "cấp sở"];

const ASPECTS: Matcher<Aspect | "none"> = createMatcher(
  [
    ...(Object.entries(ASPECT_PHRASES) as Array<[Aspect, readonly string[]]>).map(([id, phrases]) => ({ id, phrases })),
    { id: "none" as const, phrases: LOOK_ALIKES },
  ],
  { minScore: 0.85 },
);

/**
 * "Tính cả chưa kích hoạt", "không kể đã kích hoạt": a qualifier that names an aspect in order to set it
 * aside; the words after it do not choose the figure. Found on the folded text, which keeps positions.
 */
const SETTING_ASIDE = "(?:tinh ca|ke ca|bao gom ca|bao gom|gom ca|chua tinh|khong tinh|khong ke|chua ke|chua noi|khong noi|chua xet|khong xet|khong phai|ko phai|k phai|not the|including|excluding)";
const SET_ASIDE = new RegExp(`(?<![a-z])${SETTING_ASIDE}(?:\\s+[a-z0-9]+){1,3}`, "g");
/** "(ko phải số đã kích hoạt)": the same qualifier in parentheses sets aside everything up to the closing one. */
const SET_ASIDE_IN_PARENTHESES = new RegExp(`\\(${SETTING_ASIDE}[^)]*\\)`, "g");

export interface Span {
  start: number;
  end: number;
}

export interface AspectReading {
  /** The aspects the message names, each with where. */
  aspects: Map<Aspect, Span[]>;
  /** Qualifiers that set an aspect aside ("tính cả chưa kích hoạt"): their words choose nothing. */
  setAside: Span[];
}

/** The aspects a prepared message names. */
export function readAspects(text: string): AspectReading {
  const folded = fold(text);
  const setAside: Span[] = [];
  if (folded.length === text.length) {
    for (const m of folded.matchAll(SET_ASIDE)) setAside.push({ start: m.index, end: m.index + m[0].length });
    for (const m of folded.matchAll(SET_ASIDE_IN_PARENTHESES)) setAside.push({ start: m.index, end: m.index + m[0].length });
  }
  const aspects = new Map<Aspect, Span[]>();
  const matches = ASPECTS.find(text);
  // Where a look-alike ties with an aspect word ("cai": cái or cài?), the place says nothing.
  const decoys = matches.filter((m) => m.id === "none");
  for (const match of matches) {
    if (match.id === "none" || setAside.some((s) => s.start <= match.start && match.end <= s.end)) continue;
    if (decoys.some((d) => d.start === match.start && d.end === match.end)) continue;
    aspects.set(match.id, [...(aspects.get(match.id) ?? []), { start: match.start, end: match.end }]);
  }
  // "Xếp hạng tỷ lệ … các cấp từ cao xuống thấp": ordering levels, not a rank among provinces.
  if (aspects.has("rank") && /\b(cac cap|tung cap|cap nao|tu cao|tu thap|cao nhat|thap nhat)\b/.test(folded)) aspects.delete("rank");
  // "%" is not a word the matcher sees: it asks for a percentage all the same ("đạt bao nhiêu %").
  for (const m of text.matchAll(/(?<!\d\s?)%/g)) aspects.set("percent", [...(aspects.get("percent") ?? []), { start: m.index, end: m.index + 1 }]);
  return { aspects, setAside };
}

/**
 * Whether a metric may answer a question naming these aspects: every aspect asked must be one the metric
 * has. A percent metric needs no percent word ("hồ sơ trực tuyến cấp huyện" is a rate all the same).
 */
export function fitsAspects(metricAspects: ReadonlySet<string>, asked: Iterable<Aspect>): boolean {
  // A metric that declares no aspects (data from before they existed) is not checked.
  if (metricAspects.size === 0) return true;
  for (const aspect of asked) if (!metricAspects.has(aspect)) return false;
  return true;
}
