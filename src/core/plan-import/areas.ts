/**
 * The area of a task from the heading of its group ("I. CẢI CÁCH THỂ CHẾ" → institutions). The heading itself
 * is kept as written; the area is what questions filter on ("việc về thủ tục hành chính").
 */
import type { TaskArea } from "../model.js";
import type { Programme } from "./plan-meta.js";
import { hasWords, plainWords } from "./words.js";

/** Words of a heading and the area they mean, in order: the first that appears decides. */
const AREA_WORDS: ReadonlyArray<{ area: TaskArea; words: readonly string[] }> = [
  { area: "institutions", words: ["the che", "van ban quy pham phap luat", "vbqppl", "phap che"] },
  { area: "procedures", words: ["thu tuc hanh chinh", "tthc", "mot cua", "dich vu cong", "kiem soat thu tuc"] },
  { area: "apparatus", words: ["to chuc bo may", "bo may", "sap xep don vi hanh chinh", "bien che", "vi tri viec lam"] },
  { area: "civil_service", words: ["cong vu", "cong chuc", "vien chuc", "doi ngu can bo", "can bo cong chuc"] },
  { area: "public_finance", words: ["tai chinh cong", "co che tai chinh", "tu chu tai chinh", "dau tu cong"] },
  {
    area: "digital_government",
    words: ["chinh phu dien tu", "chinh phu so", "chinh quyen dien tu", "chinh quyen so", "chuyen doi so", "hien dai hoa", "ha tang so", "ha tang", "du lieu", "kinh te so", "xa hoi so", "cong nghe thong tin", "de an 06", "dinh danh", "an toan thong tin", "nen tang so", "cds"],
  },
  { area: "direction", words: ["chi dao", "dieu hanh", "tuyen truyen", "kiem tra", "thong tin", "thi dua", "nang cao nhan thuc", "cong tac"] },
];

/** The area a heading names, or undefined when its words name none. */
export function areaOfHeading(heading: string): TaskArea | undefined {
  const words = plainWords(heading);
  return AREA_WORDS.find((entry) => entry.words.some((w) => hasWords(words, w)))?.area;
}

/**
 * Where a task goes when no heading names an area: a digital-transformation or Đề án 06 plan's tasks are
 * digital government; any other plan's go to direction (the heading, if any, is kept as written beside it).
 */
export function defaultArea(programme: Programme | null): TaskArea {
  return programme === "cds" || programme === "da06" ? "digital_government" : "direction";
}
