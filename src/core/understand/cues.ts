/**
 * Words that signal what a question is about, written folded (no diacritics), matched on whole words of
 * the folded message. Folding is safe here because these cues only choose the kind of question; the
 * figures themselves are chosen by the accent-aware matcher.
 */
export const CUES = {
  greeting: ["xin chao", "chao em", "chao ban", "chao bot", "chao anh", "chao chi", "chao", "hello", "hi", "hey", "alo", "good morning", "kinh chao"],
  thanks: ["cam on", "cam ơn", "thanks", "thank you", "thank", "tks", "thanks em", "ok cam on"],
  help: ["huong dan", "tro giup", "help", "lam duoc gi", "hoi duoc gi", "hoi gi", "biet gi", "chuc nang", "cach dung", "su dung the nao", "what can you do", "how to use", "/help", "/start"],
  planProgress: ["tien do", "progress", "ket qua thuc hien ke hoach", "thuc hien ke hoach", "ke hoach dat", "hoan thanh bao nhieu", "da hoan thanh bao nhieu", "bao nhieu nhiem vu da hoan thanh", "bao nhieu nhiem vu hoan thanh", "ti le hoan thanh", "ty le hoan thanh", "so nhiem vu hoan thanh", "tasks done", "how many tasks", "completion rate", "ke hoach cai cach hanh chinh", "ke hoach"],
  taskWords: ["nhiem vu", "viec", "cong viec", "task", "tasks", "dau viec"],
  listWords: ["nao", "gi", "nhung", "danh sach", "liet ke", "con", "cac", "which", "list", "show", "what", "bao nhieu", "may"],
  overdue: ["qua han", "tre han", "cham tien do", "cham tre", "overdue", "late"],
  done: ["da hoan thanh", "hoan thanh roi", "da xong", "completed", "done", "xong"],
  inProgress: ["dang thuc hien", "dang trien khai", "trong han", "in progress"],
  notStarted: ["chua trien khai", "chua thuc hien", "chua bat dau", "not started"],
  open: ["con", "chua hoan thanh", "chua xong", "con lai", "open", "remaining", "con nhung"],
  dueWeek: ["tuan nay", "this week", "trong tuan"],
  dueMonth: ["thang nay", "this month", "trong thang"],
  due: ["den han", "toi han", "sap den han", "han", "due"],
  gap: ["con thieu", "thieu bao nhieu", "thieu", "de dat", "chi tieu", "muc tieu", "can them", "bao nhieu nua", "con bao nhieu", "target", "short", "to reach", "missing", "con phai"],
  compare: ["cao nhat", "thap nhat", "so sanh", "so voi", "chenh lech", "kem", "hon", "cap nao", "dan dau", "highest", "lowest", "compare", "difference", "gap between", "versus", "vs"],
  highest: ["cao nhat", "dan dau", "tot nhat", "highest", "best"],
  lowest: ["thap nhat", "kem nhat", "yeu nhat", "lowest", "worst"],
  ranking: ["xep hang", "thu hang", "dung thu", "dung hang", "top", "hang may", "thu may", "rank", "ranking", "ranked"],
  english: ["what", "how", "many", "much", "rate", "online", "district", "commune", "province", "level", "progress", "plan", "tasks", "task", "overdue", "which", "the", "is", "of", "show", "ranking", "target", "accounts", "payments", "department", "reform", "administrative", "please", "give", "me", "status", "done", "identity", "electronic", "activated", "dossier", "dossiers", "application", "applications"],
  domain: ["ty le", "ti le", "chi so", "so lieu", "bao nhieu", "ho so", "cai cach", "chuyen doi so", "de an", "tai khoan", "dinh danh", "nhiem vu", "ke hoach", "thu tuc", "dich vu cong", "cap huyen", "cap xa", "so nganh", "tinh", "kpi", "bao cao"],
} as const;

export type CueName = keyof typeof CUES;

/** Indexes the cues once: each lookup is then a few Set probes over the message's word n-grams. */
export function createCueDetector(): (foldedWords: readonly string[]) => Set<CueName> {
  const byPhrase = new Map<string, CueName[]>();
  let longest = 1;
  for (const [name, phrases] of Object.entries(CUES) as Array<[CueName, readonly string[]]>) {
    for (const phrase of phrases) {
      const key = phrase.split(" ").filter(Boolean).join(" ");
      longest = Math.max(longest, key.split(" ").length);
      byPhrase.set(key, [...(byPhrase.get(key) ?? []), name]);
    }
  }
  return (words) => {
    const found = new Set<CueName>();
    for (let i = 0; i < words.length; i++) {
      let gram = "";
      for (let n = 0; n < longest && i + n < words.length; n++) {
        gram = n === 0 ? words[i]! : `${gram} ${words[i + n]}`;
        const names = byPhrase.get(gram);
        if (names) for (const name of names) found.add(name);
      }
    }
    return found;
  };
}
