/**
 * "Đơn vị mình", "sở em", "VP mình", "huyện tôi": the asker's own unit. A word for a unit (or "của", "bên")
 * followed by a word for oneself, on folded text.
 */
export const MINE = /\b(?:don vi|dv|dvi|so|huyen|xa|phuong|phong|vp|van phong|co quan|ben|ban|ubnd|tp|thanh pho|thi xa|cong an)\s+(?:minh|toi|em|chung toi|chung em|tui)\b|\b(?:my|our) (?:unit|department)\b/;

/** The words left once those naming the asker's unit are taken out: "số hóa hồ sơ của huyện mình" → "số hóa hồ sơ của". */
export function withoutAskerUnit(words: readonly string[]): string[] {
  return ` ${words.join(" ")} `.replace(new RegExp(MINE.source, "g"), " ").split(" ").filter(Boolean);
}
