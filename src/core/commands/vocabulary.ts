/**
 * The words of the command grammar, folded (no diacritics): each phrase matches typed with or without
 * diacritics and with one typing slip in a long word ("chưa xong", "chua xong", "chưa xog").
 */
import { phrases } from "./cursor.js";

export const PREFIXES = phrases(
  "da", "vang", "ok", "oke", "okay", "u", "bao cao", "kinh bao", "xin bao cao", "kinh gui", "gui", "em", "anh", "chi", "toi",
  "chung toi", "ben em", "bot", "nhac viec", "oi", "a", "hi", "chao", "xin chao", "nham", "nham roi", "xin loi", "xin", "sorry",
  "hello", "please", "vui long", "lam on", "cho em", "cho toi",
);
export const POLITE = phrases("a", "nhe", "nha", "nhen", "giup", "gium", "giup em", "voi", "di", "roi", "r", "please", "thanks", "cam on", "ok");

export const UNDO = phrases("hoan tac", "hoan tac lai", "huy thao tac", "huy bo thao tac", "huy lenh", "huy bo lenh", "huy thay doi", "huy", "huy bo", "undo");
export const UNDO_TAIL = phrases("vua roi", "vua xong", "vua nay", "truoc", "lenh vua roi", "thao tac vua roi", "last", "that", "it", ...POLITE.map((p) => p.join(" ")));

export const APPROVE = phrases(
  "duyet gia han", "phe duyet gia han", "dong y gia han", "dong y cho gia han", "chap thuan gia han", "chap nhan gia han",
  "duyet yeu cau gia han", "duyet yeu cau", "duyet yc", "approve extension", "approve request", "approve",
);
export const REFUSE = phrases(
  "tu choi gia han", "khong duyet gia han", "khong dong y gia han", "khong chap thuan gia han", "tu choi yeu cau gia han",
  "tu choi yeu cau", "tu choi yc", "reject extension", "refuse extension", "deny extension", "reject request",
);
export const REQUEST_WORDS = phrases("yeu cau", "yc", "request", "so yeu cau", "yeu cau so", "yeu cau gia han");
export const CONFIRM = phrases("xac nhan", "xac nhan hoan thanh", "xac nhan da hoan thanh", "xac nhan da xong", "xac nhan xong", "confirm");
export const CONFIRM_TAIL = phrases("da hoan thanh", "hoan thanh", "da xong", "xong", "done", "is done");
export const RETURN = phrases("tra lai", "khong xac nhan", "tu choi xac nhan", "khong cong nhan", "return", "send back");

export const NOT_DONE = phrases(
  "chua xong", "chua hoan thanh", "chua hoan tat", "chua lam xong", "van chua xong", "van chua hoan thanh", "chua the hoan thanh",
  "khong the hoan thanh", "khong hoan thanh duoc", "chua xong duoc", "not done", "not finished", "not yet done",
);
export const BLOCKED = phrases("vuong", "vuong mac", "dang vuong", "dang vuong mac", "bi vuong", "bi vuong mac", "gap vuong mac", "dang bi vuong", "bi ket", "dang bi ket", "blocked", "stuck");
export const EXTEND = phrases(
  "xin gia han", "de nghi gia han", "de xuat gia han", "xin duoc gia han", "gia han", "xin lui han", "lui han", "xin keo dai thoi han",
  "keo dai thoi han", "xin keo dai", "request extension", "extension", "extend", "postpone",
);
export const EXTEND_FILLERS = phrases("them", "thoi han", "han", "cho", "for");
export const DATE_LEAD = phrases("den", "toi", "sang", "ngay", "den ngay", "toi ngay", "den het ngay", "het ngay", "den han", "to", "until", "till", "by");
export const PROGRESS = phrases(
  "tien do", "cap nhat tien do", "cap nhat", "bao cao tien do", "dat", "lam duoc", "da lam duoc", "thuc hien duoc", "da thuc hien duoc",
  "da thuc hien", "progress", "update",
);
export const PERCENT_LEAD = phrases("dat", "da dat", "duoc", "la", "len", "tien do", "khoang", "at", "is", "to");
export const DONE = phrases(
  "xong", "da xong", "hoan thanh", "da hoan thanh", "hoan tat", "da hoan tat", "lam xong", "da lam xong", "xong xuoi",
  "done", "finished", "completed", "complete", "finish",
);
export const DONE_FILLERS = phrases(
  "roi", "r", "a", "nhe", "nha", "nhen", "xong", "nhiem vu", "viec", "cong viec", "nv", "het", "the task", "it", "em", "anh", "chi", "oi", "bot", "nay",
);

export const ENGLISH = new Set([
  "done", "finished", "completed", "complete", "finish", "undo", "progress", "update", "extend", "extension", "request", "postpone",
  "approve", "reject", "refuse", "deny", "confirm", "return", "send", "not", "blocked", "stuck",
]);
