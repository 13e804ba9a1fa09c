import { withinOneEdit } from "../vi/edit-distance.js";
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
  planProgress: ["tên đầy đủ", "tên kế hoạch", "tên gọi", "thường trực", "cơ quan thường trực", "đơn vị thường trực", "secretariat", "tiến độ", "tới đâu", "đến đâu", "tổng quan", "số hoàn thành", "progress", "progressing", "on track", "tình hình thực hiện", "tình hình triển khai", "kết quả thực hiện", "tỷ lệ hoàn thành", "tỉ lệ hoàn thành", "completion rate", "status of", "how far along", "tham mưu", "nào ban hành", "ai ban hành", "nào theo dõi", "ai theo dõi", "đầu mối theo dõi", "làm đầu mối", "theo dõi kế hoạch", "who issued", "ai đôn đốc", "nào đôn đốc", "theo dõi đôn đốc", "đôn đốc việc thực hiện", "đôn đốc thực hiện", "theo dõi việc thực hiện", "theo dõi thực hiện"],
  // A meeting's conclusions are a plan too ("kết luận", the Chairman's instructions: "CT tỉnh giao", "lãnh đạo tỉnh chỉ đạo").
  planMention: ["kế hoạch", "kh", "cải cách hành chính", "cchc", "plan", "administrative reform", "reform plan", "kế hoạch cchc", "kết luận", "thông báo kết luận", "ct tỉnh", "ct ubnd", "ct ubnd tỉnh", "chủ tịch chỉ đạo", "chủ tịch giao", "chủ tịch tỉnh chỉ đạo", "chủ tịch tỉnh giao", "chủ tịch ubnd tỉnh chỉ đạo", "chủ tịch ubnd tỉnh giao", "chỉ đạo của chủ tịch", "lãnh đạo tỉnh chỉ đạo", "lãnh đạo tỉnh giao", "ý kiến chỉ đạo",
    // ("tỉnh", "UBND tỉnh" are taken as the province before cues are read: "CT tỉnh giao" is read "ct giao".)
    "ct giao", "ct chỉ đạo", "ct đã giao", "ct đã chỉ đạo", "lãnh đạo chỉ đạo", "lãnh đạo giao", "lãnh đạo đã chỉ đạo", "lãnh đạo đã giao"],
  countWords: ["bao nhiêu", "bn", "mấy", "how many", "what percentage", "percentage", "phần trăm", "tổng số", "trên tổng", "được bao nhiêu", "đạt bao nhiêu", "số lượng", "số nhiệm vụ", "số việc", "đếm", "count", "number of"],
  taskWords: ["nhiệm vụ", "nv", "việc", "công việc", "task", "tasks", "đầu việc", "nhiệm vụ cchc", "việc gì", "làm gì", "làm những gì", "phải làm gì", "cần làm gì", "phải làm những gì"],
  allTasks: ["tổng số", "tổng cộng", "tất cả", "toàn bộ", "tổng", "cả thảy", "in total", "total", "all"],
  blocked: ["vướng", "vướng mắc", "bị vướng", "khó khăn", "bị tắc", "tắc nghẽn", "đang tắc", "bế tắc", "tạm dừng", "bị dừng", "tạm ngưng", "đình trệ", "tạm hoãn", "blocked", "stuck", "on hold"],
  doneLate: ["hoàn thành trễ", "hoàn thành chậm", "xong trễ", "xong muộn", "trễ hạn mới xong", "hoàn thành muộn", "done late", "completed late", "late completion"],
  doneOnTime: ["đúng hạn", "hoàn thành đúng hạn", "xong đúng hạn", "on time"],
  dueSoon: ["sắp đến hạn", "sắp hết hạn", "sắp tới hạn", "gần đến hạn", "gần hết hạn", "sắp tới", "due soon", "upcoming", "coming up"],
  // "Việc nào gấp nhất": the one whose deadline comes next.
  // ("Nhiệm vụ nào đang chậm cần chỉ đạo gấp" asks for the late ones: "gấp" alone is how, not which.)
  urgent: ["gấp nhất", "khẩn nhất", "cấp bách nhất", "cần làm gấp", "cần làm ngay", "phải làm gấp", "phải làm ngay", "most urgent"],
  dueWord: ["hạn", "hạn cuối", "hết hạn", "đến hạn", "tới hạn", "có hạn", "thời hạn", "hạn chót", "deadline", "due", "phải xong", "phải hoàn thành"],
  cooperating: ["phối hợp", "cùng làm", "tham gia", "cooperating", "cooperate", "co-lead", "supporting"],
  lead: ["chủ trì", "được giao chủ trì", "giao chủ trì", "giao ai", "giao cho ai", "ai được giao", "giao cho đơn vị nào", "giao đơn vị nào", "được phân công", "phụ trách", "đầu mối", "chịu trách nhiệm chính", "chịu trách nhiệm", "responsible", "lead", "leads", "led", "led by", "in charge"],
  mine: ["đơn vị mình", "đơn vị tôi", "đơn vị em", "đơn vị chúng tôi", "đơn vị của tôi", "đơn vị của mình", "đơn vị của em", "sở mình", "sở em", "sở tôi", "huyện mình", "huyện em", "huyện tôi", "xã mình", "bên mình", "bên em", "bên tôi", "chúng tôi", "chúng em", "của mình", "của tôi", "của em", "my unit", "our unit", "my tasks", "our tasks", "cơ quan mình", "cơ quan tôi", "cơ quan em", "ubnd huyện mình", "thành phố mình", "tp mình", "thị xã mình"],
  units: ["đơn vị", "các đơn vị", "cơ quan", "địa phương", "sở nào", "huyện nào", "units", "unit", "departments", "agencies"],
  slowest: ["chậm nhất", "trễ nhất", "nhiều nhất", "kém nhất", "yếu nhất", "tệ nhất", "chậm", "behind", "slowest", "worst", "most overdue", "lagging"],
  briefing: ["tóm tắt", "tóm lược", "báo cáo nhanh", "báo cáo tóm tắt", "tổng hợp tình hình", "tình hình chung", "chuẩn bị họp", "chuẩn bị cuộc họp", "trước cuộc họp", "trước khi họp", "vấn đề cần chỉ đạo", "cần chỉ đạo", "điểm tin", "briefing", "brief me", "summary", "summarise", "summarize", "/baocao", "báo cáo tổng hợp", "tổng quan tình hình", "bức tranh chung"],
  who: ["ai", "đơn vị nào", "cơ quan nào", "who", "which unit"],
  when: ["khi nào", "bao giờ", "lúc nào", "ngày nào", "ngày mấy", "hôm nào", "hạn khi nào", "hạn bao giờ", "bao lâu", "bao lâu rồi", "when", "by when"],
  notActivated: ["chưa kích hoạt", "chưa active", "chưa được kích hoạt", "not activated", "not yet activated", "inactive"],
  withoutAccount: ["chưa có tài khoản", "chưa được cấp tài khoản", "chưa cấp tài khoản", "chưa thành tài khoản", "without an account", "without accounts"],
  continuation: ["còn", "thế còn", "vậy còn", "trong đó", "thế", "vậy", "so với", "với", "và", "còn về", "what about", "how about", "and"],
  programme: ["đề án 06", "đa06", "đa 06", "đề án 6", "project 06"],
  listWords: ["nào", "gì", "những", "danh sách", "liệt kê", "các", "which", "list", "show", "what", "kể tên", "cụ thể", "là những", "gồm", "gồm những", "ds", "liệt kê giúp"],
  mustFinish: ["phải xong", "phải hoàn thành", "hạn hoàn thành", "hạn xong", "cần hoàn thành", "cần xong", "phải làm xong", "phải nộp", "cần làm xong", "must be done", "must finish"],
  remaining: ["còn mấy", "còn bao nhiêu", "còn lại", "chưa xong", "remaining", "left"],
  evidence: ["văn bản nào", "văn bản gì", "văn bản số mấy", "căn cứ", "minh chứng", "số văn bản", "quyết định nào", "quyết định số", "văn bản số", "evidence", "which document"],
  refine: ["trong đó", "trong số đó", "trong số này", "cái nào", "việc nào trong đó", "của những việc đó", "of those", "which of them", "among them"],
  perEach: ["trung bình mỗi", "bình quân mỗi", "trung bình một", "bình quân một", "mỗi lượt", "average", "per payment", "on average"],
  status: ["trạng thái", "tình trạng", "đang ở đâu", "triển khai chưa", "đã triển khai chưa", "làm chưa", "bắt đầu chưa", "công bố chưa", "ban hành chưa", "phê duyệt chưa", "status"],
  topic: ["liên quan đến", "liên quan tới", "liên quan với", "liên quan", "về việc", "về vấn đề", "nhiệm vụ về", "việc về", "nv về", "nào về", "nào liên quan", "việc gì về", "nhiệm vụ gì về", "nv gì về", "công việc gì về", "about"],
  including: ["tính cả", "kể cả", "bao gồm cả", "gồm cả", "including"],
  definition: ["tính như thế nào", "được tính như thế nào", "tính thế nào", "cách tính", "được tính", "định nghĩa", "nghĩa là gì", "hiểu thế nào", "how is it calculated", "definition"],
  dataOf: ["số liệu", "các số liệu", "những số liệu", "tóm tắt", "tổng hợp", "summary of", "summarise", "summarize", "data on", "figures on"],
  nearlyDone: ["gần xong", "sắp xong", "gần hoàn thành", "sắp hoàn thành", "nearly done", "almost done"],
  notes: ["ghi chú", "ghi chú gì", "có ghi chú", "lưu ý gì", "note", "notes"],
  why: ["vướng gì", "vướng mắc gì", "khó khăn gì", "sao bị chậm", "sao chậm", "tại sao chậm", "vì sao chậm", "sao lại chậm", "sao trễ", "vì sao trễ", "sao chưa làm", "sao chưa xong", "sao chưa triển khai", "sao lại dừng", "sao dừng", "sao bị dừng", "sao tạm dừng", "vì sao dừng", "tại sao dừng", "sao lại vậy", "vì sao", "tại sao", "lý do", "lí do", "nguyên nhân", "sao vậy", "why", "reason"],
  overdue: ["quá hạn", "trễ hạn", "chậm so với hạn", "trễ so với hạn", "muộn so với hạn", "chậm hạn", "chậm tiến độ", "chậm trễ", "đang chậm", "bị chậm", "đang bị chậm", "trễ", "overdue", "late"],
  notDone: ["chưa xong", "chưa hoàn thành", "chưa làm xong", "dở dang", "làm dở", "đang làm dở", "còn dở", "còn dở", "tồn đọng", "còn tồn", "not done", "unfinished", "not finished", "open", "pending"],
  done: ["đã hoàn thành", "hoàn thành rồi", "hoàn thành", "đã xong", "xong", "completed", "done", "finished"],
  inProgress: ["đang thực hiện", "đang triển khai", "đang làm", "trong hạn", "còn hạn", "còn trong hạn", "chưa quá hạn", "không quá hạn", "chưa trễ hạn", "in progress"],
  notOverdue: ["chưa đến hạn", "chưa tới hạn", "chưa quá hạn", "không quá hạn", "chưa trễ", "chưa trễ hạn", "không trễ", "còn hạn", "còn trong hạn", "not overdue"],
  notStarted: ["chưa triển khai", "chưa thực hiện", "chưa bắt đầu", "chưa làm", "chưa khởi động", "not started"],
  dueWeek: ["tuần này", "this week", "trong tuần"],
  dueMonth: ["tháng này", "this month", "trong tháng"],
  gap: ["phải đạt", "cần đạt", "thêm bao nhiêu", "còn thiếu", "thiếu bao nhiêu", "thiếu", "còn hụt", "hụt", "để đạt", "chỉ tiêu", "mục tiêu", "cần thêm", "bao nhiêu nữa", "còn bao nhiêu", "mỗi ngày", "để kịp", "kịp", "target", "short", "to reach", "missing", "how far", "need to hit"],
  percent: ["tỷ lệ", "tỉ lệ", "tl", "phần trăm", "rate", "percent", "percentage", "what share", "share of"],
  shortfall: ["còn thiếu", "thiếu bao nhiêu", "thiếu", "còn hụt", "hụt", "cần thêm", "bao nhiêu nữa", "còn bao nhiêu", "mỗi ngày", "để kịp", "kịp", "còn cách", "cách top", "mấy bậc", "bao nhiêu bậc", "còn mấy ngày", "còn bao nhiêu ngày", "mấy ngày nữa", "bao nhiêu ngày nữa", "days left", "short", "missing", "how far", "to go", "left to"],
  compare: ["cao nhất", "thấp nhất", "so sánh", "chênh lệch", "chênh", "cấp nào", "bên nào", "dẫn đầu", "kéo lùi", "từng cấp", "các cấp", "mỗi cấp", "theo cấp", "chia theo cấp", "theo từng cấp", "từ cao xuống thấp", "từ cao đến thấp", "từ thấp đến cao", "xếp thứ tự", "sắp xếp", "highest", "lowest", "compare", "difference", "versus", "vs", "each level", "by level"],
  /** "So với", "hơn", "kém": a comparison only when two levels are in play. */
  compareWeak: ["so với", "so vs", "hơn", "kém", "thấp hơn", "cao hơn"],
  combined: ["tính gộp", "gộp", "gộp chung", "gộp cả", "tính chung", "bình quân chung", "chung cả tỉnh", "combined", "overall"],
  highest: ["cao nhất", "dẫn đầu", "tốt nhất", "highest", "best"],
  lowest: ["thấp nhất", "kém nhất", "yếu nhất", "kéo lùi", "lowest", "worst"],
  ranking: ["xếp hạng", "thứ hạng", "bxh", "bảng xếp hạng", "đứng thứ", "xếp thứ", "đứng hạng", "top", "hạng mấy", "thứ mấy", "thứ bao nhiêu", "rank", "ranking", "ranked"],
  detail: ["chi tiết", "nhiệm vụ đó", "nv đó", "việc đó", "cái đó", "details"],
  vague: ["cái đó", "sao rồi", "cập nhật", "thế nào", "ra sao", "số liệu", "báo cáo"],
  howMuch: ["bao nhiêu", "how much", "how many"],
  howIs: ["thế nào", "như thế nào", "ra sao", "sao rồi", "tình hình", "how is", "how are"],
  domain: ["tỷ lệ", "tỉ lệ", "chỉ số", "chỉ tiêu", "số liệu", "hồ sơ", "cải cách", "chuyển đổi số", "đề án", "tài khoản", "định danh", "nhiệm vụ", "kế hoạch", "thủ tục", "dịch vụ công", "cấp huyện", "cấp xã", "sở ngành", "kpi", "báo cáo", "vneid", "cchc"],
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

/**
 * Phrases of two words or more by all their words but the last: "quá hạng", "hoàn thàn" are typed for "quá
 * hạn", "hoàn thành", and the slip is almost always in the last word's ending.
 */
const BY_HEAD = new Map<string, Array<{ last: string; names: CueName[] }>>();
for (const [gram, names] of BY_PHRASE) {
  const words = gram.split(" ");
  const last = words.pop()!;
  if (words.length === 0 || last.length < 3) continue;
  const head = words.join(" ");
  BY_HEAD.set(head, [...(BY_HEAD.get(head) ?? []), { last, names }]);
}

/** Words of their own that are no slip for another: "của thì sao" is not "của tôi" ("thì" is one edit from "tôi"). */
const FUNCTION_WORDS = new Set(["thi", "the", "sao", "nao", "nay", "roi", "vay", "con", "cho", "khong", "chua", "nhe", "nha", "thoi", "voi", "cung", "nhu", "hay"]);

export function detectCues(text: FoldedText): Set<CueName> {
  const found = new Set<CueName>();
  const words = text.words;
  for (let i = 0; i < words.length; i++) {
    let gram = "";
    for (let n = 0; n < LONGEST && i + n < words.length; n++) {
      const word = words[i + n]!;
      const names = BY_PHRASE.get(n === 0 ? word : `${gram} ${word}`);
      if (names) for (const name of names) found.add(name);
      else if (n > 0 && word.length >= 3 && !FUNCTION_WORDS.has(word)) {
        // Same first letter: "hạng" for "hạn", "thàn" for "thành"; not "rồi" for "mối".
        for (const near of BY_HEAD.get(gram) ?? []) if (near.last[0] === word[0] && withinOneEdit(near.last, word)) for (const name of near.names) found.add(name);
      }
      gram = n === 0 ? word : `${gram} ${word}`;
    }
  }
  return found;
}
