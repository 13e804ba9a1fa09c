import { foldPhrase, type FoldedText } from "./words.js";

/**
 * Words that signal what kind of question a message is, matched on whole folded words. Folding is safe
 * here because cues only choose the kind of question; which figure is given is decided by the
 * accent-aware matcher on metric, level and unit names.
 */
export const CUES = {
  greeting: ["xin chào", "chào em", "chào bạn", "chào bot", "chào anh", "chào chị", "chào", "hello", "hi", "hey", "alo", "good morning", "good afternoon", "kính chào"],
  thanks: ["cảm ơn", "cám ơn", "thanks", "thank you", "thank", "tks", "thanks em"],
  help: ["hướng dẫn", "trợ giúp", "help", "làm được gì", "làm được những gì", "hỏi được gì", "hỏi được những gì", "hỏi gì", "giúp gì", "giúp được gì", "biết gì", "chức năng", "cách dùng", "sử dụng thế nào", "what can you do", "how to use", "/help"],
  planProgress: ["tiến độ", "tới đâu", "đến đâu", "tổng quan", "số hoàn thành", "progress", "progressing", "on track", "tình hình thực hiện", "tình hình triển khai", "kết quả thực hiện", "tỷ lệ hoàn thành", "tỉ lệ hoàn thành", "completion rate", "status of", "how far along"],
  planMention: ["kế hoạch", "kh", "cải cách hành chính", "plan", "administrative reform", "reform plan"],
  countWords: ["bao nhiêu", "mấy", "how many", "what percentage", "percentage", "phần trăm", "tổng số", "trên tổng", "được bao nhiêu", "đạt bao nhiêu"],
  taskWords: ["nhiệm vụ", "việc", "công việc", "task", "tasks", "đầu việc"],
  listWords: ["nào", "gì", "những", "danh sách", "liệt kê", "các", "which", "list", "show", "what"],
  overdue: ["quá hạn", "trễ hạn", "chậm tiến độ", "chậm trễ", "trễ", "overdue", "late"],
  notDone: ["chưa xong", "chưa hoàn thành", "chưa làm xong", "chưa làm", "not done", "unfinished", "not finished"],
  done: ["đã hoàn thành", "hoàn thành rồi", "hoàn thành", "đã xong", "xong", "completed", "done", "finished"],
  inProgress: ["đang thực hiện", "đang triển khai", "trong hạn", "in progress"],
  notStarted: ["chưa triển khai", "chưa thực hiện", "chưa bắt đầu", "not started"],
  dueWeek: ["tuần này", "this week", "trong tuần"],
  dueMonth: ["tháng này", "this month", "trong tháng"],
  gap: ["thêm", "còn thiếu", "thiếu bao nhiêu", "thiếu", "còn hụt", "hụt", "để đạt", "chỉ tiêu", "mục tiêu", "cần thêm", "bao nhiêu nữa", "còn bao nhiêu", "mỗi ngày", "để kịp", "kịp", "target", "short", "to reach", "missing", "how far", "need to hit"],
  percent: ["tỷ lệ", "tỉ lệ", "phần trăm", "rate", "percent", "percentage"],
  compare: ["cao nhất", "thấp nhất", "so sánh", "so với", "chênh lệch", "chênh", "kém", "hơn", "cấp nào", "dẫn đầu", "kéo lùi", "từng cấp", "các cấp", "mỗi cấp", "theo cấp", "highest", "lowest", "compare", "difference", "versus", "vs", "each level"],
  highest: ["cao nhất", "dẫn đầu", "tốt nhất", "highest", "best"],
  lowest: ["thấp nhất", "kém nhất", "yếu nhất", "kéo lùi", "lowest", "worst"],
  ranking: ["xếp hạng", "thứ hạng", "đứng thứ", "xếp thứ", "đứng hạng", "top", "hạng mấy", "thứ mấy", "thứ bao nhiêu", "rank", "ranking", "ranked"],
  detail: ["chi tiết", "nhiệm vụ đó", "nv đó", "việc đó", "cái đó", "details"],
  vague: ["cái đó", "sao rồi", "cập nhật", "thế nào", "ra sao", "số liệu", "báo cáo"],
  howMuch: ["bao nhiêu", "how much", "how many"],
  howIs: ["thế nào", "ra sao", "sao rồi", "tình hình", "how is", "how are"],
  domain: ["tỷ lệ", "tỉ lệ", "chỉ số", "số liệu", "hồ sơ", "cải cách", "chuyển đổi số", "đề án", "tài khoản", "định danh", "nhiệm vụ", "kế hoạch", "thủ tục", "dịch vụ công", "cấp huyện", "cấp xã", "sở ngành", "kpi", "báo cáo", "vneid", "cchc"],
} as const;

export type CueName = keyof typeof CUES;

/** Every cue phrase by its folded words, so detection is a few map lookups per word of the message. */
const BY_PHRASE = new Map<string, CueName[]>();
let LONGEST = 1;
for (const [name, phrases] of Object.entries(CUES) as Array<[CueName, readonly string[]]>) {
  for (const phrase of phrases) {
    const key = foldPhrase(phrase);
    if (!key) continue;
    LONGEST = Math.max(LONGEST, key.split(" ").length);
    BY_PHRASE.set(key, [...(BY_PHRASE.get(key) ?? []), name]);
  }
}

export function detectCues(text: FoldedText): Set<CueName> {
  const found = new Set<CueName>();
  const words = text.words;
  for (let i = 0; i < words.length; i++) {
    let gram = "";
    for (let n = 0; n < LONGEST && i + n < words.length; n++) {
      gram = n === 0 ? words[i]! : `${gram} ${words[i + n]}`;
      const names = BY_PHRASE.get(gram);
      if (names) for (const name of names) found.add(name);
    }
  }
  return found;
}
