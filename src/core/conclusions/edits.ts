import { fold } from "../vi/index.js";

/**
 * What the secretariat types about the proposed tasks before confirming them: "bỏ 3" (or "bỏ 2, 3"), "sửa hạn
 * 2 thành 15/8", "sửa đơn vị 1 thành Công an tỉnh" (the lead unit). Numbers are those of the list shown.
 */
export type ProposalEdit =
  | { kind: "drop"; numbers: number[] }
  | { kind: "deadline"; number: number; text: string }
  | { kind: "lead"; number: number; text: string };

const NUMBERS = /^\d{1,3}(?:\s*(?:,|và|va|&)\s*\d{1,3})*$/u;

export function parseProposalEdit(text: string): ProposalEdit | undefined {
  const t = text.normalize("NFC").trim().replace(/[.!]+$/u, "");
  const folded = fold(t);
  const drop = /^(?:bo|xoa|loai)\s+(?:(?:nhiem vu|nv|viec|muc|so)\s+)?(.+)$/u.exec(folded);
  if (drop && NUMBERS.test(drop[1]!.trim())) return { kind: "drop", numbers: [...new Set(drop[1]!.match(/\d+/gu)!.map(Number))] };
  // The new value is read from the text as typed (accents kept), after the words that introduce it.
  const edit = /^(?:sua|doi|chinh)\s+(han|thoi han|don vi|don vi chu tri|chu tri)\s+(?:(?:nhiem vu|nv|viec|muc|so)\s+)?(\d{1,3})\s*(?:thanh|la|sang|:|=)\s*/u.exec(folded);
  if (edit) {
    const value = t.slice(edit[0].length).trim();
    if (!value) return undefined;
    const number = Number(edit[2]);
    return edit[1]!.includes("han") ? { kind: "deadline", number, text: value } : { kind: "lead", number, text: value };
  }
  return undefined;
}
