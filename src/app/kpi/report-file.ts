/**
 * A report sent as a file for its figures (issue #12, item 3): a .docx or .txt whose caption is "cập nhật số liệu"
 * (anything after it, such as "nguồn: Báo cáo số 45/BC-SNV", is kept with the text). Files without that caption
 * are the plan import's and the conclusions' (issue #11): the caption is what tells them apart.
 */
import { fold } from "../../core/vi/normalize.js";
import type { InboundFile } from "../messages.js";

const CAPTION = /^\s*(?:cap nhat|update)\s+(?:so lieu|figures)\b\s*:?\s*/;
/** A report of a few dozen pages is well under this; a larger file is not downloaded. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;
/** Text read from a report at most: the extraction runs on it whole. */
const MAX_REPORT_CHARS = 200_000;

/** The caption's words after "cập nhật số liệu" (possibly empty), or undefined when the caption is not that. */
export function reportCaption(caption: string): string | undefined {
  const original = caption.normalize("NFC");
  const m = CAPTION.exec(fold(original));
  return m ? original.slice(m[0].length).trim() : undefined;
}

export type ReportText = { ok: true; text: string } | { ok: false; problem: "format" | "too_large" | "unreadable" | "empty" };

/** The text of a report file: a Word document's paragraphs, or a UTF-8 text file's content. */
export async function reportText(file: InboundFile): Promise<ReportText> {
  const isDocx = /\.docx$/i.test(file.name);
  if (!isDocx && !/\.(txt|md)$/i.test(file.name)) return { ok: false, problem: "format" };
  if (file.size !== undefined && file.size > MAX_REPORT_BYTES) return { ok: false, problem: "too_large" };
  let text: string;
  try {
    const bytes = await file.read();
    if (bytes.byteLength > MAX_REPORT_BYTES) return { ok: false, problem: "too_large" };
    if (isDocx) {
      const mammoth = await import("mammoth");
      text = (await (mammoth.default ?? mammoth).extractRawText({ buffer: Buffer.from(bytes) })).value;
    } else {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/u, "");
      if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return { ok: false, problem: "unreadable" };
    }
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  // The text as `npm run kpi -- extract` reads the same file, so both list the same figures.
  const whole = text.trim().slice(0, MAX_REPORT_CHARS);
  return whole.length > 0 ? { ok: true, text: whole } : { ok: false, problem: "empty" };
}
