import { fold } from "../vi/normalize.js";
import type { KpiCommand } from "./types.js";

/**
 * Recognises a KPI command by its shape: "cập nhật" + a figure ("cập nhật tỷ lệ hồ sơ trực tuyến cấp huyện đạt
 * 20,5% tính đến 15/7"), the answers to the bot's "đúng không?" ("đồng ý", "hủy"), and the secretariat's decision
 * on a unit's figure ("duyệt số liệu 12", "từ chối số liệu 12 vì …"). Whether an update names a known metric is
 * decided after, by the extraction: "cập nhật tiến độ 3 đạt 70%" is then left to the task commands.
 */
const UPDATE = /^\s*(?:cap nhat|update)(?:\s+so lieu)?\s*:?\s+(?=\S)/;
const ACCEPT = /^\s*(?:dong y|dong y ghi nhan|dung|dung roi|ghi nhan|ok|yes|agree|confirm)\s*[.!]?\s*$/;
const CANCEL = /^\s*(?:huy|huy bo|khong|khong dung|bo qua|sai|cancel|no)\s*[.!]?\s*$/;
const DECIDE = /^\s*(duyet|xac nhan|tu choi|approve|reject)\s+so lieu\s+(?:so\s+)?#?(\d{1,9})\b\s*(?:(?:vi|ly do|because)\s*:?\s*)?(.*)$/s;

export function parseKpiCommand(text: string): KpiCommand | undefined {
  const folded = fold(text.normalize("NFC"));
  const update = UPDATE.exec(folded);
  if (update && /\d/.test(folded)) return { kind: "update", body: text.normalize("NFC").trim().slice(update[0].length) };
  if (ACCEPT.test(folded)) return { kind: "accept" };
  if (CANCEL.test(folded)) return { kind: "cancel" };
  const decide = DECIDE.exec(folded);
  if (decide) {
    const id = Number(decide[2]);
    if (decide[1] === "tu choi" || decide[1] === "reject") {
      // The reason as typed, with its diacritics: the same length from the end of the original text.
      const reasonLength = decide[3]!.trim().length;
      const original = text.normalize("NFC").trim();
      return { kind: "reject", id, reason: reasonLength > 0 ? original.slice(original.length - reasonLength) : null };
    }
    return { kind: "approve", id };
  }
  return undefined;
}
