/**
 * What a file is, from its first bytes rather than its name: a file called plan.xlsx may be a Word document,
 * a CSV text, a picture, or a workbook locked with a password (an encrypted Office file is not a zip at all
 * but an OLE container holding an "EncryptionInfo" stream). Said before any library is asked to parse it.
 */
import { problem, type Problem } from "../../core/plan-import/index.js";

export type ImportFormat = "xlsx" | "csv" | "docx";

/** Larger files are refused before they are read: a plan's table is a few hundred kilobytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type Content =
  | "xlsx"
  | "docx"
  | "zip"
  | "encrypted-office"
  | "legacy-office"
  | "pdf"
  | "image"
  | "text"
  | "binary"
  | "empty";

export function formatOfName(name: string): ImportFormat | "xls" | "doc" | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === "xlsx" || ext === "xlsm") return "xlsx";
  if (ext === "csv" || ext === "txt") return "csv";
  if (ext === "docx") return "docx";
  if (ext === "xls") return "xls";
  if (ext === "doc") return "doc";
  return undefined;
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function contentOf(bytes: Uint8Array): Content {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Entry names are stored uncompressed in the zip's headers: enough to tell a workbook from a document.
    if (contains(bytes, "xl/workbook.xml")) return "xlsx";
    if (contains(bytes, "word/document.xml")) return "docx";
    return "zip";
  }
  if (startsWith(bytes, CFB)) return containsUtf16(bytes, "EncryptionInfo") ? "encrypted-office" : "legacy-office";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "image";
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return "binary";
  return "text";
}

/** The problem with a file before parsing it, if any: its size, its content against its name. `size` is known before reading. */
export function checkFile(name: string, size: number, bytes: Uint8Array): { format: ImportFormat } | { problem: Problem } {
  const declared = formatOfName(name);
  if (size > MAX_IMPORT_BYTES) return { problem: problem("file-too-large", { name, size, limit: MAX_IMPORT_BYTES }) };
  if (declared === undefined) return { problem: problem("unsupported-format", { name }) };
  if (declared === "xls" || declared === "doc") return { problem: problem("legacy-format", { name, format: declared }) };
  const content = contentOf(bytes);
  if (content === "empty") return { problem: problem("file-empty", { name }) };
  if (content === "encrypted-office") return { problem: problem("password-protected", { name }) };
  if (content === "legacy-office") return { problem: problem("legacy-format", { name, format: declared === "docx" ? "doc" : "xls" }) };
  const expected = declared === "csv" ? "text" : declared;
  // A zip whose entries were not seen (a truncated file, whose directory is gone) is left to its reader to judge.
  if (content === "zip" && declared !== "csv") return { format: declared };
  if (content !== expected) return { problem: problem("wrong-format", { name, format: declared, actual: content }) };
  return { format: declared };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, ascii: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ascii, 0, "latin1");
}

/** Stream names in an OLE container are UTF-16LE. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, "utf16le");
}
