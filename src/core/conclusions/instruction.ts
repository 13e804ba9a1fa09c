/**
 * What makes a sentence of a notice an instruction rather than a report, praise or the notice's own
 * formulas. Folded sources (see folded.ts).
 */

/** Praise and acknowledgement: "Đánh giá cao …", "Biểu dương UBND thành phố Hội An …", "ghi nhận …". */
export const PRAISE = /(?<![\p{L}])(?:danh gia cao|bieu duong|ghi nhan|hoan nghenh|khen ngoi|tuyen duong|tran trong)(?![\p{L}])/u;

/** The notice's closing and framing formulas: "Văn phòng UBND tỉnh thông báo để … biết, thực hiện". */
export const FORMULA = /(?<![\p{L}])(?:thong bao (?:de|cho|den)|tren day la|ket luan nhu sau|ket luan nhu sau|y kien ket luan|tham du (?:cuoc hop|hoi nghi)|bao cao cua)(?![\p{L}])/u;

/** Words that make a sentence without a named unit an instruction all the same ("Phấn đấu đến hết 31/7 …"). */
export const DIRECTIVE = /(?<![\p{L}])(?:phan dau|khan truong|phai|yeu cau|de nghi|giao|tap trung|day manh|tang cuong|quyet liet|can)(?![\p{L}])/u;

/** "đã", "đạt": a sentence without units that states what was done. */
export const DONE = /(?<![\p{L}])(?:da|dat|duoc)(?![\p{L}])/u;
