/**
 * Is a message asking for the secretariat's queue: extension requests waiting for a decision, completions
 * waiting for confirmation, blocked tasks? "/choduyet", "có yêu cầu gia hạn nào đang chờ duyệt", "việc chờ
 * xác nhận", "hàng chờ". Read before task commands, so that "chờ duyệt" is never taken for "duyệt".
 */
import type { Locale } from "../format.js";
import { fold } from "../vi/index.js";

const COMMAND = /^\/?\s*cho_?duyet(?:@\w+)?\b/;
const WAITING = /\b(?:cho duyet|chua duyet|cho phe duyet|cho xac nhan|chua xac nhan|hang cho|danh sach cho)\b/;
const EXTENSIONS = /\b(?:yeu cau|de nghi|don) (?:xin )?gia han\b/;
const ASKING = /\b(?:nao|dang cho|con cho|chua|bao nhieu|may|co khong|gi)\b/;
const ENGLISH = /\b(?:pending (?:requests?|extensions?|confirmations?|queue)|awaiting (?:approval|confirmation)|approval queue)\b/;

/** The queue asked for, in the language it was asked in; undefined for any other message. */
export function readQueueRequest(text: string): { locale: Locale } | undefined {
  const folded = fold(text.trim()).toLowerCase();
  if (folded.length === 0 || folded.length > 120) return undefined;
  if (COMMAND.test(folded)) return { locale: "vi" };
  // "Duyệt gia hạn 1", "từ chối yêu cầu 3": decisions, not the queue.
  if (/^(?:duyet|phe duyet|dong y|tu choi|xac nhan|tra lai)\b/.test(folded)) return undefined;
  if (ENGLISH.test(folded)) return { locale: "en" };
  return WAITING.test(folded) || (EXTENSIONS.test(folded) && ASKING.test(folded)) ? { locale: "vi" } : undefined;
}
