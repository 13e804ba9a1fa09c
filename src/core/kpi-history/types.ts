import type { LocalDate } from "../local-date.js";

/**
 * What a value is compared with in a question over time (issue #12, item 2): the value before the latest
 * ("tăng hay giảm", "lần trước"), the last value within a window the question names ("so với tháng trước",
 * "so với tuần trước", "so với ngày 18/7"), the value at the start of the latest value's year ("so với đầu
 * năm"), or the value of the same period a year or more before ("cùng kỳ năm 2022", "cùng kỳ năm trước").
 */
export type ChangeReference =
  | { kind: "previous" }
  | { kind: "window"; from: LocalDate; to: LocalDate; text: string }
  | { kind: "year_start" }
  | { kind: "same_period"; year?: number };

/** What is asked of the change: how much ("thêm được bao nhiêu"), which way ("tăng hay giảm"), or at what pace. */
export type ChangeAsk = { kind: "change" } | { kind: "direction" } | { kind: "pace"; per: PacePeriod };

export type PacePeriod = "day" | "week" | "month";
