import type { ChangeAsk, ChangeReference, PacePeriod } from "../kpi-history/types.js";
import { fold } from "../vi/index.js";
import type { Reading } from "./reading.js";
import type { TimeExpression } from "./time-expressions.js";
import type { TimeFilter, Understanding } from "./types.js";

/**
 * Questions over time (issue #12, item 2): a figure asked "so với tháng trước", "so với đầu năm", "so với
 * cùng kỳ năm 2022", "tăng hay giảm", "đã kích hoạt thêm được bao nhiêu", "mỗi tuần tăng bao nhiêu". The
 * figure, its level and its unit are read as for its value; this decides only that its change is asked,
 * against what, and whether as an amount, a direction or a pace. A time named after "so với" is what the
 * figure is compared with, not the period it is asked for.
 */
export function readOverTime(u: Understanding, reading: Reading): Understanding | undefined {
  const padded = reading.whole.padded;
  const pace = paceAsked(padded);
  // "Mỗi ngày cần bao nhiêu", "còn thiếu … để đạt": the pace the target needs, which the gap answers.
  const towardsTarget = NEEDED.test(padded);
  if (u.intent !== "kpi_value" && u.intent !== "ranking" && u.intent !== "kpi_gap") return undefined;
  if (u.intent === "kpi_value" && (u.remaining || u.explain || u.nationAsked)) return undefined;
  const direction = DIRECTION.test(padded);
  const amount = !towardsTarget && AMOUNT.test(padded);
  const reference = referenceOf(reading, direction || amount || pace !== undefined);
  if (!reference && !pace && !direction && !amount) return undefined;
  // "Thêm bao nhiêu" is the gap ahead; "so với 18/7 tăng thêm bao nhiêu", "đã kích hoạt thêm được bao nhiêu",
  // "mỗi ngày tăng bao nhiêu" look back: a change, unless the target's words are there.
  const lookingBack = reference !== undefined || pace !== undefined || direction || (amount && / (?:tang|giam|da|duoc) /.test(padded));
  if (u.intent === "kpi_gap" && (towardsTarget || !lookingBack)) return undefined;
  const ask: ChangeAsk = pace ? { kind: "pace", per: pace } : direction && !amount ? { kind: "direction" } : { kind: "change" };
  const used = reference?.times ?? [];
  // A time that is not the reference ("tháng 7 so với tháng 6"): the latest value is looked for up to its end.
  const own = reading.times.find((t) => !used.includes(t) && t.kind !== "year_end" && t.kind !== "month_end" && t.kind !== "next_days" && t.kind !== "after");
  const period: TimeFilter | undefined = own ? { from: own.window.from, to: own.window.to, text: own.text } : undefined;
  const against = reference?.against ?? { kind: "previous" };
  if (u.intent === "kpi_value") {
    return { intent: "kpi_change", metric: u.metric, scope: u.scope, ...(u.unit ? { unit: u.unit } : {}), ...(period ? { period } : {}), against, ask };
  }
  return { intent: "kpi_change", metric: u.metric, scope: "province", ...(period ? { period } : {}), against, ask };
}

/** Words of a change: "tăng hay giảm", "biến động", "thay đổi thế nào", "up or down". */
const DIRECTION = / (?:tang hay giam|tang hay la giam|tang hoac giam|giam hay tang|tang giam|co tang khong|co giam khong|tang hay khong|giam hay khong|tang chua|bien dong|thay doi (?:the nao|ra sao|nhu the nao|gi|khong)|up or down|gone up|gone down|increased|decreased|risen|fallen) /;
/** An amount of change: "tăng bao nhiêu", "đã kích hoạt thêm được bao nhiêu", "chênh lệch bao nhiêu", "how much more". */
const AMOUNT = / (?:tang|giam|them|tang them|tang len|giam di|giam xuong|tang duoc|giam duoc|them duoc|kich hoat them duoc|kich hoat them)(?: duoc)?(?: (?:khoang|tong cong|tat ca))? (?:bao nhieu|may|bn)|(?:da|duoc) (?:\S+ )?them (?:duoc )?(?:bao nhieu|may|bn)| how much (?:more|less|higher|lower)| how many more /;
/** The pace the target still needs is the gap's answer ("mỗi ngày cần bao nhiêu", "để đạt chỉ tiêu", "kịp"). */
const NEEDED = / (?:can|phai|con thieu|thieu|de dat|de kip|kip|chi tieu|muc tieu|con phai|nua|need|needed|to reach) /;

/** "Mỗi tuần tăng bao nhiêu", "bình quân mỗi ngày kích hoạt thêm", "tốc độ tăng": the pace of change, per day, week or month. */
function paceAsked(padded: string): PacePeriod | undefined {
  const m =
    / (?:moi|mot|1|hang|binh quan|trung binh|binh quan moi|trung binh moi) (ngay|tuan|thang) (?:\S+ ){0,4}?(?:tang|giam|them|duoc)(?: |$)/.exec(padded) ??
    / (?:tang|giam|them|duoc)(?: \S+){0,4}? (?:moi|mot|1|mot|hang|binh quan|trung binh|binh quan moi|trung binh moi) (ngay|tuan|thang) /.exec(padded) ??
    / (?:a|per|each) (day|week|month) /.exec(padded);
  if (m) return PER[m[1]!];
  return / toc do (?:tang|giam|kich hoat)| (?:how fast|pace of) /.test(padded) ? "week" : undefined;
}

/** A window open to the past: any value up to its end. */
const EARLIEST = "0001-01-01";

const PER: Record<string, PacePeriod> = { ngay: "day", tuan: "week", thang: "month", day: "day", week: "week", month: "month" };

interface Reference {
  against: ChangeReference;
  /** The time expressions the reference took ("tháng trước" in "so với tháng trước"). */
  times: TimeExpression[];
}

/** What the latest value is compared with, and the time expressions that said it. */
function referenceOf(reading: Reading, changeAsked: boolean): Reference | undefined {
  const padded = reading.whole.padded;
  const before = (t: TimeExpression) => fold(reading.text.slice(Math.max(0, t.start - 16), t.start)).replace(/[^a-z0-9]+/g, " ").trimEnd();
  // "Cùng kỳ năm 2022", "cùng kỳ năm trước", "same period last year".
  const samePeriod = / (?:cung ky|cung ki|same period)(?: (?:nam|of|in|last))?(?: (truoc|ngoai|year|(20\d\d)))? /.exec(padded);
  if (samePeriod) {
    const year = samePeriod[2] ? Number(samePeriod[2]) : undefined;
    const times = reading.times.filter((t) => / (?:cung ky|cung ki|same period)(?: nam| of| in)?$/.test(` ${before(t)}`) || (year !== undefined && t.text.includes(String(year))));
    return { against: { kind: "same_period", ...(year !== undefined ? { year } : {}) }, times };
  }
  // "So với đầu năm"; "từ đầu năm đến nay tăng bao nhiêu" (without a word of change, "từ đầu năm" is the period
  // a figure covers: "số lượt thanh toán từ đầu năm đến nay").
  const since = changeAsked ? "so voi|tu|since" : "so voi";
  if (new RegExp(` (?:${since}) (?:dau nam|the (?:start|beginning) of the year) `).test(padded)) {
    return { against: { kind: "year_start" }, times: reading.times.filter((t) => /dau nam|start of the year|beginning of the year/.test(fold(t.text)) || /(?:dau|start of the|beginning of the)$/.test(before(t))) };
  }
  // "So với lần trước", "so với kỳ trước", "trước đó", "the previous figure".
  if (/ (?:so voi|so vs|compared (?:to|with)|than) (?:lan|ky|ki|dot|so lieu|lan cap nhat|bao cao) (?:truoc|truoc do|gan nhat) | truoc do | (?:previous|last) (?:figure|report|update) /.test(padded)) {
    return { against: { kind: "previous" }, times: [] };
  }
  // "So với tháng trước", "so với tuần trước", "so với ngày 18/7", "compared with last month".
  const compared = reading.times.find((t) => /(?:^| )(?:so voi|so vs|so|compared to|compared with|vs|versus|than)$/.test(before(t)));
  if (compared) return { against: { kind: "window", from: compared.window.from, to: compared.window.to, text: compared.text }, times: [compared] };
  // "Từ 18/7 đến nay tăng bao nhiêu": the last value as of the day the span starts.
  const from = changeAsked ? reading.times.find((t) => /(?:^| )(?:tu|since|from)$/.test(before(t)) && / (?:den nay|toi nay|den gio|toi gio|den hom nay|until now|to date) /.test(padded)) : undefined;
  if (from) return { against: { kind: "window", from: EARLIEST, to: from.window.from, text: from.text }, times: [from] };
  return undefined;
}
