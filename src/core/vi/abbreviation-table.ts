/**
 * Abbreviations and chat shorthand seen in officials' messages, as data. Forms are compared folded and
 * case-insensitively, whole words only; a form typed with diacritics must carry the same ones ("đc" yes,
 * "đé" no). Multi-word forms need the same separators between words ("KH&CN", "hs tt").
 * Longer forms win, so "KH&CN" is not read as KH (kế hoạch) + CN (chủ nhật).
 */
export interface Abbreviation {
  readonly forms: readonly string[];
  readonly expansion: string;
  /** Why a collision was resolved this way. */
  readonly note?: string;
  /** The form counts only when typed with its diacritics: unaccented it means something else. */
  readonly accentsRequired?: boolean;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { forms: ["HSTT", "HS TT"], expansion: "hồ sơ trực tuyến" },
  { forms: ["HS"], expansion: "hồ sơ", note: "also học sinh, but this bot talks about administrative dossiers" },
  { forms: ["DVCTT"], expansion: "dịch vụ công trực tuyến" },
  { forms: ["DVCQG"], expansion: "dịch vụ công quốc gia" },
  { forms: ["DVC"], expansion: "dịch vụ công" },
  { forms: ["TTHC"], expansion: "thủ tục hành chính" },
  { forms: ["ĐVHC", "DVHC"], expansion: "đơn vị hành chính", note: "one letter from DVC (dịch vụ công): without it the typo matcher read it as that" },
  { forms: ["CCHC"], expansion: "cải cách hành chính" },
  { forms: ["CĐS", "CDS"], expansion: "chuyển đổi số" },
  { forms: ["ĐA06", "DA06", "ĐA 06", "DA 06", "Đề án 06", "de an 06"], expansion: "đề án 06" },
  { forms: ["ĐDĐT", "DDDT"], expansion: "định danh điện tử" },
  { forms: ["CCCD"], expansion: "căn cước công dân" },
  { forms: ["UBND"], expansion: "ủy ban nhân dân" },
  { forms: ["HĐND", "HDND"], expansion: "hội đồng nhân dân" },
  { forms: ["BCĐ", "BCD"], expansion: "ban chỉ đạo" },
  { forms: ["VPCP"], expansion: "văn phòng chính phủ" },
  { forms: ["SNV"], expansion: "sở nội vụ" },
  { forms: ["Sở NV"], expansion: "sở nội vụ", accentsRequired: true, note: 'unaccented "so nv" is far more often "số nhiệm vụ" (the number of tasks)' },
  { forms: ["TTPVHCC", "TTHCC"], expansion: "trung tâm phục vụ hành chính công" },
  { forms: ["TT phục vụ", "TT phuc vu", "TTPV"], expansion: "trung tâm phục vụ", note: "TT alone is also thông tin, thông tư: only before phục vụ is it the centre" },
  { forms: ["TT HCC"], expansion: "trung tâm hành chính công" },
  { forms: ["HCC"], expansion: "hành chính công" },
  { forms: ["VP"], expansion: "văn phòng" },
  { forms: ["CQĐT", "CQDT"], expansion: "chính quyền điện tử" },
  { forms: ["CQ"], expansion: "cơ quan", note: "\"tại các cq\", \"cq nào\"; chính quyền is written whole or as CQĐT (a longer form, matched first)" },
  // Department names written with "&"; without these rules KH&CN would become "kế hoạch & chủ nhật".
  { forms: ["KH&CN"], expansion: "khoa học và công nghệ" },
  { forms: ["KH&ĐT"], expansion: "kế hoạch và đầu tư" },
  { forms: ["TT&TT", "TTT&TT", "TT&TTT"], expansion: "thông tin và truyền thông", note: "a t doubled on a phone keyboard (\"sở ttt&tt\") is no other department" },
  { forms: ["GD&ĐT"], expansion: "giáo dục và đào tạo" },
  { forms: ["TN&MT"], expansion: "tài nguyên và môi trường" },
  { forms: ["NN&PTNT"], expansion: "nông nghiệp và phát triển nông thôn" },
  { forms: ["LĐ-TB&XH"], expansion: "lao động - thương binh và xã hội" },
  { forms: ["KH"], expansion: "kế hoạch", note: "also khách hàng; plans are what officials ask about" },
  { forms: ["QĐ", "QD"], expansion: "quyết định" },
  { forms: ["VBQPPL"], expansion: "văn bản quy phạm pháp luật" },
  { forms: ["QPPL"], expansion: "quy phạm pháp luật" },
  { forms: ["CV"], expansion: "công văn", note: "chat also uses cv for công việc; official letters are asked about more" },
  { forms: ["BC"], expansion: "báo cáo" },
  { forms: ["NQ"], expansion: "nghị quyết" },
  { forms: ["TK"], expansion: "tài khoản" },
  { forms: ["NV"], expansion: "nhiệm vụ" },
  { forms: ["ĐV", "DV", "đvị", "dvi"], expansion: "đơn vị", note: "dv is also dịch vụ, but officials write DVC for dịch vụ công (a longer form, matched first); \"dv nào\", \"dv mình\" are units" },
  { forms: ["ko", "k"], expansion: "không", note: "k only as a whole word; 5k keeps its k" },
  { forms: ["đc", "dc"], expansion: "được", note: "đ/c (đồng chí) is two words and is not touched" },
  { forms: ["qá", "wá"], expansion: "quá", note: "the u dropped or telex w typed for qu: \"qá hạn\"" },
  { forms: ["thág", "thag"], expansion: "tháng", note: "the n dropped on a phone keyboard" },
  { forms: ["bnhieu", "bnhiu", "bao nhiu"], expansion: "bao nhiêu" },
  { forms: ["bn"], expansion: "bao nhiêu", note: "bn also means bạn; questions ask bao nhiêu far more" },
  { forms: ["ntn"], expansion: "như thế nào" },
  { forms: ["trc", "trk"], expansion: "trước", note: "\"trc 31/8\": the vowels dropped, as for bnhieu" },
  { forms: ["onl"], expansion: "trực tuyến", note: "\"hs onl\": online, shortened; \"online\" itself stays, English questions use it" },
  { forms: ["t2"], expansion: "thứ hai", note: "t7 can mean tháng 7 in reports; weekdays are the chat usage" },
  { forms: ["t3"], expansion: "thứ ba" },
  { forms: ["t4"], expansion: "thứ tư" },
  { forms: ["t5"], expansion: "thứ năm" },
  { forms: ["t6"], expansion: "thứ sáu" },
  { forms: ["t7"], expansion: "thứ bảy" },
  { forms: ["cn"], expansion: "chủ nhật", note: "KH&CN and similar are matched first as longer forms" },
  { forms: ["TP"], expansion: "thành phố" },
  { forms: ["TX"], expansion: "thị xã" },
  // "h." / "h" for huyện is not expanded: h is also giờ (8h) and too short to be safe.
];
