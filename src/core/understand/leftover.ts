import { CUES, type CueName } from "./cues.js";
import { fold } from "../vi/index.js";
import { withinOneEdit } from "../vi/edit-distance.js";

/**
 * What is left of a message once every name, figure, date and question word in it has been understood.
 * Particles, greetings and politeness ("em ơi", "cho anh hỏi", "ạ", the bot's name) are filler; anything
 * else left over is a word the bot did not understand, and a figure must not go out on a guess about it.
 */
const FILLER_PHRASES = [
  // addressing and politeness
  "em", "e", "anh", "chị", "chi", "bạn", "ban", "ơi", "oi", "ạ", "a", "dạ", "da", "vâng", "vang", "ừ", "uh", "ok", "oke", "okay", "nhé", "nhe", "nha", "nhen", "nhỉ", "nhi", "hả", "ha", "hở", "hen", "hử", "à", "ah",
  "xin", "vui lòng", "làm ơn", "nhờ", "giúp", "giùm", "dùm", "hộ", "cho", "hỏi", "cho hỏi", "cho biết", "biết", "xem", "coi", "kiểm tra", "check", "tra", "báo", "nói", "gửi", "tôi", "mình", "minh", "ta", "tui", "tớ", "bot", "trợ lý", "nhắc việc", "ad", "admin",
  "sếp", "đồng chí", "thủ trưởng", "giám đốc", "chủ tịch", "lãnh đạo",
  // structure words
  "là", "la", "thì", "thi", "mà", "ma", "của", "cua", "có", "co", "được", "duoc", "dc", "đc", "đã", "đang", "sẽ", "se", "rồi", "roi", "r", "chưa", "chua", "không", "khong", "ko", "k", "hông", "hok",
  "vậy", "vay", "z", "thế", "the", "nào", "nao", "gì", "gi", "j", "sao", "ra", "lên", "len", "xuống", "nữa", "nua", "còn", "con", "vẫn", "van", "cũng", "cung", "đó", "do", "này", "nay", "kia", "ấy", "đấy", "day", "nhỉ", "chứ", "chu", "hay", "hoặc", "và", "va", "với", "voi", "vs",
  "trong", "ở", "o", "tại", "tai", "về", "ve", "theo", "đến", "den", "tới", "toi", "từ", "tu", "trên", "tren", "dưới", "duoi", "so", "bằng", "bang", "cả", "ca", "tất cả", "toàn bộ", "hết", "het", "những", "nhung", "các", "cac", "mọi", "mỗi", "moi", "từng", "tung", "một", "mot", "hai",
  "hiện", "hiện nay", "hiện tại", "hiện giờ", "bây giờ", "giờ", "lúc này", "tính đến", "tính tới", "đến nay", "tới nay", "tính", "tổng", "tổng cộng", "tổng thể", "chung", "cụ thể", "chi tiết", "nhanh", "ngắn gọn", "luôn", "liền", "ngay",
  "số", "con số", "số liệu", "kết quả", "tình hình", "thông tin", "thực hiện", "triển khai", "đạt", "dat", "đạt được", "làm", "lam", "làm được", "bao nhiêu", "bn", "bnh", "bnhieu", "nhiu", "mấy", "may", "nhiêu", "khoảng", "tầm", "chừng",
  "chúng ta", "chúng mình", "ạh", "vậy ạ", "thế ạ", "đi", "nhá", "nghen", "ghê", "quá", "lắm", "rất", "thật", "nhất",
  "tỉnh", "tinh", "quảng nam", "quang nam", "năm nay", "hiện có", "có được", "cho tôi", "cho em", "cho anh", "cho chị", "report", "please", "pls", "plz",
  // comparing, goals and standing: the cue decides the kind of question, these words only carry it
  "cao", "thấp", "hơn", "kém", "điểm", "điểm phần trăm", "điểm %", "mức", "mức chung", "chiếm", "bằng", "so", "trung bình", "bình quân",
  "phấn đấu", "yêu cầu", "phải", "cần", "vào", "nằm", "lọt", "cách", "đứng", "top", "nhóm", "bảng", "bxh", "giao", "được giao", "đề ra", "đặt ra",
  "cả nước", "toàn quốc", "tỉnh thành", "địa phương", "cái", "cai", "mấy cái",
  "nguồn", "ở đâu", "đâu", "ngày nào", "lúc nào", "khi nào", "bao giờ", "tính đến ngày nào", "cập nhật", "mới nhất", "gần nhất", "thời điểm", "kỳ", "kỳ báo cáo", "đợt",
  "ngành", "ban ngành", "ban", "khối", "lĩnh vực", "mảng", "nội dung", "liên quan", "thuộc", "gồm", "bao gồm", "trong đó", "riêng", "ạ ơi",
  "ben", "s", "been", "got", "soạn", "soạn tin", "soạn giúp", "tin nhắn", "nhắn", "nhắn tin", "english", "in english", "tiếng anh", "bằng tiếng anh", "đưa vào", "để đưa vào", "báo cáo tuần", "báo cáo tháng", "họp", "cuộc họp", "giao ban", "lập", "lập giúp", "nhắc", "để nhắc", "chuẩn bị", "đề nghị", "xin", "xin cho", "kèm", "kèm theo", "cho vào", "bị", "sơ kết", "tổng kết", "tổng hợp", "gửi", "báo cáo", "trình", "theo dõi", "đang theo dõi", "thôi", "bỏ qua", "quên đi", "không sao", "à mà", "mà này", "để", "để báo cáo", "ban chỉ đạo", "bcđ", "chỉ đạo", "nhưng", "mà", "lại", "nhé ạ", "giúp em", "giúp anh", "giúp chị",
  // English structure words
  "what", "whats", "is", "are", "was", "were", "the", "of", "for", "in", "on", "at", "to", "by", "our", "we", "us", "me", "my", "i", "you", "your", "how", "many", "much", "do", "does", "did", "have", "has", "been", "so", "far", "now", "currently", "current", "latest", "there", "this", "that", "it", "its", "and", "or", "with", "tell", "show", "give", "about", "a", "an", "any", "all", "still", "yet", "as", "up", "get", "got", "can", "could", "would", "which", "who", "where", "when", "province", "provincial",
];

/**
 * Talk around a question, said in passing ("anh đang đi công tác", "tiện cho anh hỏi luôn"): filler, and never
 * words of a task's title either, although "công tác" and "tiền" are words of titles and figures.
 */
const TALK_PHRASES = [
  "đang đi công tác", "đi công tác", "tiện cho anh hỏi", "tiện cho em hỏi", "tiện cho chị hỏi", "tiện cho a hỏi", "tiện cho e hỏi", "tiện cho hỏi", "vẫn chưa", "mà vẫn chưa", "tiện hỏi", "tiện thể", "hỏi luôn",
  "gì hết", "gì cả", "gì hết trơn", "sáng nay", "chiều nay", "tối nay", "mới đây", "vừa rồi", "chưa kịp", "chưa kịp đọc", "đọc báo cáo", "lên họp", "đi họp", "sắp họp",
  "dài ngày", "đi công tác dài ngày", "để anh còn đôn đốc", "để em còn đôn đốc", "để còn đôn đốc", "còn đôn đốc", "đôn đốc các đơn vị", "để anh đôn đốc", "để đôn đốc",
  "họp giao ban", "chuẩn bị họp giao ban", "cho anh biết", "cho em biết", "cho chị biết", "cho tôi biết", "từng việc", "từng nhiệm vụ", "từng cái",
  // "Kể ra giúp tôi": the asker, not a word of a title ("tôi" alone may be "tới" typed bare, as in "hướng tới").
  "giúp tôi", "giùm tôi", "hộ tôi", "dùm tôi", "cho tôi xem", "kể ra giúp tôi",
];
FILLER_PHRASES.push(...TALK_PHRASES);
const TALK_GRAMS = new Set(TALK_PHRASES.map((phrase) => fold(phrase)));
const TALK_LONGEST = Math.max(...TALK_PHRASES.map((phrase) => phrase.split(" ").length));

/**
 * Filler typed with its tone left off but its letter shapes kept ("viêc", "nhât" for "việc", "nhất"): such
 * a word is compared without tones, which cannot make "chủ" the particle "chứ" (both keep their tone).
 */
const TONELESS = new Set<string>();
/**
 * Filler phrases of two words or more by all their words but the last: "quá hạng", "bao nhiu" are typed for
 * "quá hạn", "bao nhiêu", and the slip is almost always in the last word's ending (as for the cues).
 */
const BY_HEAD = new Map<string, string[]>();
/**
 * Filler is recognised with its accents when the word has them: folding would make "chủ" (of "dân chủ")
 * the particle "chứ", "tài" (of "tài chính") the preposition "tại", "văn" the particle "vẫn". A word typed
 * without accents can only be compared folded.
 */
const ACCENTED = new Set<string>();
const PLAIN = new Set<string>();
let LONGEST = 1;
for (const phrase of [...FILLER_PHRASES, ...Object.values(CUES).flat()]) {
  const words = wordsOf(phrase);
  if (words.length === 0) continue;
  ACCENTED.add(words.map((w) => w.lower).join(" "));
  PLAIN.add(words.map((w) => w.folded).join(" "));
  LONGEST = Math.max(LONGEST, words.length);
  TONELESS.add(words.map((w) => w.toneless).join(" "));
  const last = words[words.length - 1]!.folded;
  if (words.length >= 2 && last.length >= 3) {
    const head = words.slice(0, -1).map((w) => w.folded).join(" ");
    BY_HEAD.set(head, [...(BY_HEAD.get(head) ?? []), last]);
  }
}

interface Word {
  lower: string;
  folded: string;
  plain: boolean;
  /** The word without its tone marks (sắc, huyền, hỏi, ngã, nặng), its letter shapes kept. */
  toneless: string;
}


function wordsOf(text: string): Word[] {
  const lower = text.normalize("NFC").toLowerCase().replace(/(\d)\s*%/g, "$1").replace(/%/g, " phần trăm ").replace(/(\d)[.,](?=\d)/g, "$1");
  return lower.split(/[^\p{L}\p{N}/]+/u).filter(Boolean).map((w) => {
    const folded = fold(w);
    return { lower: w, folded, plain: folded === w, toneless: w.normalize("NFD").replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "").normalize("NFC") };
  });
}

function isFiller(words: readonly Word[]): boolean {
  if (ACCENTED.has(words.map((w) => w.lower).join(" "))) return true;
  // Typed partly without accents ("kế hoach"): only the folded form can be compared.
  if (words.some((w) => w.plain) && PLAIN.has(words.map((w) => w.folded).join(" "))) return true;
  if (words.some((w) => !w.plain && w.toneless === w.lower) && TONELESS.has(words.map((w) => w.toneless).join(" "))) return true;
  if (words.length < 2) return false;
  const typed = words[words.length - 1]!.folded;
  if (typed.length < 3) return false;
  const head = words.slice(0, -1).map((w) => w.folded).join(" ");
  return (BY_HEAD.get(head) ?? []).some((last) => last[0] === typed[0] && withinOneEdit(last, typed));
}

/** The words of a text (names already blanked out) that are neither filler nor cue words, folded, in order. */
export function leftoverWords(text: string): string[] {
  const words = wordsOf(text);
  const covered = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
      if (isFiller(words.slice(i, i + n))) {
        for (let k = i; k < i + n; k++) covered[k] = true;
        break;
      }
    }
  }
  return words.filter((_, i) => !covered[i]).map((w) => w.folded);
}
/** A number, a date or a code left over: it named something precise that the bot did not take in. */
export function isPrecise(word: string): boolean {
  return /\d/.test(word);
}

/**
 * Words that carry no content whatever their accents: what is dropped from a message before a task's title
 * is searched with it (a lighter sieve than the filler: "chủ", "dân", "số" stay, being words of titles).
 */
const PARTICLES = new Set(
  "em e anh chi chị oi ơi a ạ à còn nhe nhé nha vay vậy the thế roi rồi chua chưa khong không ko k la là cua của co có duoc được dc đc da đã dang đang se sẽ gi gì nao nào sao bao nhieu nhiêu bn may mấy cho hoi hỏi voi với va và thi thì ma mà o ở tai tại ve về nhung những cac các nay này do đó ay ấy viec việc nhiem vụ vu nv tinh tỉnh ai làm lam ds xin giúp giup giùm dùm hộ nhanh theo ngoài ngoai ra khác khac trừ tru kèm kem tính trễ tre ngày trong hay bị bi từ tu trở tro lên len".split(" "),
);

/** The words that ask about a task rather than name it: "ai chủ trì", "hạn khi nào", "xong chưa", "tiến độ". */
const QUESTION_CUES: readonly CueName[] = [
  "who", "when", "why", "notes", "lead", "cooperating", "status", "doneOnTime", "doneLate", "dueSoon", "urgent", "notOverdue", "including", "nearlyDone", "highest", "lowest", "slowest", "evidence", "planProgress", "countWords", "listWords", "taskWords", "done", "notDone",
  "dueWord", "howIs", "howMuch", "percent", "overdue", "inProgress", "notStarted", "blocked", "topic", "detail", "refine", "continuation",
  // and the words that name the plan, a programme or the asker, not a task
  "planMention", "programme", "briefing", "allTasks", "mine", "units", "greeting", "thanks", "help", "vague", "mustFinish", "remaining",
];
const QUESTION_GRAMS = new Set<string>();
for (const name of QUESTION_CUES) for (const phrase of CUES[name]) QUESTION_GRAMS.add(wordsOf(phrase).map((w) => w.folded).join(" "));
/**
 * The same phrases by their first word: one other word of three letters or more may be typed with a slip
 * ("cải cách hàng chính" for "hành chính"), as long as it keeps its first letter.
 */
const QUESTION_BY_FIRST = new Map<string, string[][]>();
for (const gram of QUESTION_GRAMS) {
  const words = gram.split(" ");
  if (words.length >= 2) QUESTION_BY_FIRST.set(words[0]!, [...(QUESTION_BY_FIRST.get(words[0]!) ?? []), words]);
}

function isQuestionGram(words: readonly Word[]): boolean {
  const folded = words.map((w) => w.folded);
  if (QUESTION_GRAMS.has(folded.join(" "))) return true;
  return (QUESTION_BY_FIRST.get(folded[0]!) ?? []).some((gram) => {
    if (gram.length !== folded.length) return false;
    let slips = 0;
    for (let k = 1; k < gram.length; k++) {
      if (gram[k] === folded[k]) continue;
      if (folded[k]!.length < 3 || gram[k]![0] !== folded[k]![0] || !withinOneEdit(gram[k]!, folded[k]!)) return false;
      slips++;
    }
    return slips <= 1;
  });
}

/** Single words that ask about a task and are no words of titles: "hạn", "xong". */
const ASKING_WORDS = new Set(["hạn", "han", "xong", "dở"]);

const REQUEST_VERBS = [["xuat", "danh", "sach"], ["xuat"], ["kiem", "tra"], ["xem"], ["coi"], ["check"], ["tra", "cuu"], ["thong", "ke"], ["tong", "hop"], ["gui", "tin", "nhac"], ["gui", "toi"], ["gui", "cho", "toi"], ["gui"], ["soan", "tin", "nhac"], ["soan"], ["nhac"]];

/** The words of a text (names already blanked out) for a title search: all but particles and question words. */
export function searchWords(text: string): string[] {
  const words = wordsOf(text);
  const covered = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(LONGEST, words.length - i); n >= 2; n--) {
      if (isQuestionGram(words.slice(i, i + n))) {
        for (let k = i; k < i + n; k++) covered[k] = true;
        break;
      }
    }
  }
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(TALK_LONGEST, words.length - i); n >= 2; n--) {
      if (TALK_GRAMS.has(words.slice(i, i + n).map((w) => w.folded).join(" "))) {
        for (let k = i; k < i + n; k++) covered[k] = true;
        break;
      }
    }
  }
  // "Kiểm tra giúp…", "xem giúp…": a request, not words of a title ("giúp" itself is a particle).
  for (let i = 0; i < words.length; i++) {
    const verb = REQUEST_VERBS.find((v) => v.every((w, k) => words[i + k]?.folded === w));
    // Opening the message ("thống kê các nv…"), the verb is the request itself.
    if (verb && (i === 0 || /^(?:giup|gium|dum|ho)$/.test(words[i + verb.length]?.folded ?? ""))) for (let k = 0; k < verb.length; k++) covered[i + k] = true;
  }
  // "Vị trí việc làm" is a title's words although "việc" and "làm" alone are not; "hạn" alone asks a deadline.
  const kept = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i + 3 < words.length; i++) {
    if (words.slice(i, i + 4).map((w) => w.folded).join(" ") === "vi tri viec lam") for (let k = i; k < i + 4; k++) kept[k] = true;
  }
  for (let i = 0; i < words.length; i++) if (ASKING_WORDS.has(words[i]!.lower) || (words[i]!.plain && ASKING_WORDS.has(words[i]!.folded))) covered[i] = true;
  const particle = (i: number): boolean => !kept[i] && (covered[i] || PARTICLES.has(words[i]!.lower) || (words[i]!.plain && PARTICLES.has(words[i]!.folded)));
  // "tinh gian bien che": typed without accents, "tinh" before a word of content is "tinh giản", not "tỉnh".
  const content = (i: number): boolean => !particle(i) || (words[i]!.lower === "tinh" && i + 1 < words.length && !particle(i + 1));
  return words.filter((_, i) => content(i)).map((w) => w.folded);
}
