import { asTyped } from "./typed-words.js";
import type { Reading } from "./reading.js";
import type { Understanding } from "./types.js";

/** Asking how to do something ("… thì làm sao", "làm thế nào để …", "phải làm gì"). */
// ("Làm sao tỷ lệ cấp huyện thấp vậy" asks why; "hướng dẫn cách tính …", "how do we calculate" ask a definition.)
const HOW_TO = / (?:thi lam sao|lam sao de|lam the nao|lam cach nao|bang cach nao|phai lam gi|can lam gi|xu ly (?:the nao|sao|ra sao)|huong dan (?:toi|em|anh|chi|minh)|how (?:do|can|should) (?:i|we|you)|how to) /;
const CALCULATED = / (?:tinh|calculate|calculated|computed|compute|measured|definition) /;
/** "… để tăng / nâng / đạt …": what is done to move a figure. */
const RAISE = / de (?:tang|nang|day|dat|cai thien|hoan thanh|cai tien|increase|raise|improve|reach) /;

/**
 * "Tôi thanh toán tiền điện online bị lỗi thì làm sao": how to do something, which no figure answers (out of scope);
 * "làm thế nào để tăng tỷ lệ hồ sơ trực tuyến" asks what is being done about the figure: the tasks named so, by
 * their titles (undefined: the tasks' side reads it). Of a unit, a plan or tasks, "… phải làm gì" asks what they were
 * given, and a figure asked with "bao nhiêu" is the figure: "not_asked", as when no figure is named.
 */
export function readHowTo(reading: Reading): Understanding | undefined | "not_asked" {
  const { cues, whole } = reading;
  const asked = HOW_TO.test(whole.padded) && !CALCULATED.test(whole.padded) && !reading.allCues.has("definition") && !reading.allCues.has("howMuch") && !cues.has("countWords") &&
    reading.namedUnits.length === 0 && !cues.has("taskWords") && !cues.has("planMention");
  if (!asked || reading.metric.key === undefined) return "not_asked";
  if (!RAISE.test(whole.padded)) return { intent: "out_of_domain" };
  if (reading.contentWords.length >= 2) return { intent: "task_list", state: "all", titleWords: reading.contentWords, titleText: asTyped(reading.text, reading.contentWords), titleOnly: true };
  return undefined;
}
