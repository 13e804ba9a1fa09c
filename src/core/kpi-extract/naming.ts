import type { Figure } from "./figures.js";

/**
 * The words of the text that name a figure no metric holds: the last clause before it, without its verb,
 * and the noun after it ("Tỷ lệ hồ sơ trực tuyến toàn trình", "tiếp nhận … hồ sơ thủ tục hành chính").
 */
export function nameOf(text: string, leftStart: number, figure: Figure, rightEnd: number): string {
  const clauses = text.slice(leftStart, figure.start).split(/[,;:()]/).map((c) => c.trim()).filter((c) => c.length > 0);
  let left = clauses.at(-1) ?? "";
  if (left.split(" ").length < 3 && clauses.length > 1) left = `${clauses.at(-2)} ${left}`;
  left = left
    .replace(/^(?:trong đó|trong do|và|va|với|voi|còn|con)\s+/i, "")
    .replace(/\s+(?:đạt tỷ lệ|dat ty le|đạt|dat|là|la|chiếm|chiem|có|co|với|voi|chỉ đạt|chi dat|mới đạt|moi dat|hơn|hon|trên|tren|gần|gan|khoảng|khoang|ít nhất|tối thiểu|tăng|giảm|tang|giam)$/i, "")
    .trim();
  const right = figure.noun ? text.slice(figure.end, rightEnd).trim() : "";
  const name = [left, right].filter((p) => p.length > 0).join(" … ");
  return (name.length > 0 ? name : text.slice(figure.start, figure.end)).slice(0, 120);
}
