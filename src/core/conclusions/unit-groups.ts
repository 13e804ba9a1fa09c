/**
 * Groups of units as notices name them ("các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "các cơ
 * quan, đơn vị liên quan", "các doanh nghiệp viễn thông"): a group is kept as a group, never forced onto one
 * unit. Folded sources (see folded.ts).
 */
const MEMBER =
  "so|ban|nganh|co quan|don vi|dia phuong|huyen|thi xa|thanh pho|xa|phuong|thi tran|hoi|doan the|to chuc|" +
  "doanh nghiep(?: vien thong)?|thanh vien ban chi dao|co so kham chua benh|benh vien|truong hoc|ngan hang(?: thuong mai)?";
const JOIN = "\\s*,\\s*(?:va\\s+)?|\\s+va\\s+|\\s*-\\s*";
const OWNER = "(?:ubnd|uy ban nhan dan|cong an|lanh dao|thu truong|chu tich ubnd)\\s+";
const TAIL = "\\s+(?:co lien quan|lien quan|tren dia ban(?: tinh)?|truc thuoc)";

export const GROUP = new RegExp(
  `^(?:${OWNER})?(?:cac|cap|tat ca cac)\\s+(?:${MEMBER})(?:(?:${JOIN})(?:(?:cac|cap)\\s+)?(?:${MEMBER}))*(?:${TAIL})?(?![\\p{L}\\p{N}])`,
  "u",
);

/** "UBND các huyện Nam Trà My, Tây Giang": the districts are named, so they are the units, not a group. */
export const NAMED_MEMBERS = /^(?:ubnd|uy ban nhan dan)\s+cac\s+(?:huyen|xa|thi xa|thanh pho)\s+(?=\S)/u;

/**
 * The first words of a unit's name ("Cục Thuế tỉnh", "Bưu điện tỉnh", "Đài Phát thanh - Truyền hình Quảng
 * Nam"): a name starting so, written with a capital, is a unit even when the unit list does not hold it.
 */
export const UNIT_HEAD = new RegExp(
  "^(?:bao hiem xa hoi|so|ban quan ly|ban|chi cuc|cuc|van phong|trung tam|dai|bao|buu dien|viettel|vnpt|mobifone|cong an|bo chi huy|" +
    "kho bac(?: nha nuoc)?|ngan hang|thanh tra|ubnd|uy ban nhan dan|tinh doan|hiep hoi|hoi|lien doan|" +
    "truong|benh vien|tong cong ty|cong ty|chi nhanh|quy|hoc vien|vien|dien luc)(?![\\p{L}\\p{N}])",
  "u",
);
