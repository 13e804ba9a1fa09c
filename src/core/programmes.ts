/**
 * Programmes that cut across plans: their tasks are marked in the title ("Đề án 06 — …") and their figures
 * carry an aspect of the programme's key in the data (`aspects: [da06]`).
 */
export interface Programme {
  key: string;
  name: string;
  /** What a task's title starts with or contains when it belongs to the programme. */
  titleMark: string;
}

// "Đề án 06 — …" opens the title of a task of the programme; a title that only mentions it ("Kiện toàn Ban Chỉ
// đạo CCHC, CĐS và Đề án 06") is not one.
export const PROGRAMMES: readonly Programme[] = [{ key: "da06", name: "Đề án 06", titleMark: "Đề án 06 —" }];

export function programmeByName(name: string): Programme | undefined {
  return PROGRAMMES.find((p) => p.name === name || p.key === name);
}
