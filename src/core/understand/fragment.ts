import type { ConversationContext } from "./context.js";
import type { Reading } from "./reading.js";

/** A fragment is short: a whole new question is longer than this many words, or names its own subject. */
const MAX_FRAGMENT_WORDS = 12;

/**
 * Whether a message only continues the question before it ("còn cấp xã?", "tuần tới thì sao?", "ai phối
 * hợp?", "số tiền?"): it names no subject of its own (no metric, no tasks, no plan), or it opens with a
 * continuation ("còn", "thế còn", "trong đó", "so với"). Only then may the previous question fill its gaps;
 * a whole new message about something else is read on its own.
 */
export function isFragment(reading: Reading, context: ConversationContext | undefined): boolean {
  if (!context || reading.whole.words.length > MAX_FRAGMENT_WORDS) return false;
  const cues = reading.cues;
  // After a question about tasks, "xong mấy việc rồi", "trong đó việc nào quá hạn" speak of the same tasks:
  // "việc" names no new subject there. A named plan, programme or figure does.
  if (context.intent === "task_list" || context.intent === "task_count" || context.intent === "plan_progress") {
    // Unless it asks about the whole ("toàn tỉnh có bao nhiêu việc quá hạn", "tất cả nhiệm vụ").
    const whole = reading.levels.includes("province") || cues.has("allTasks");
    return !whole && reading.metric.key === undefined && reading.codes.length === 0 && !cues.has("planMention") && !cues.has("programme") && !cues.has("briefing");
  }
  const ownSubject =
    reading.metric.key !== undefined || reading.metric.ruledOut !== undefined || reading.codes.length > 0 ||
    cues.has("taskWords") || cues.has("planMention") || cues.has("programme") || cues.has("briefing") ||
    // "Tiến độ bao nhiêu %" right after one task is about that task.
    (cues.has("planProgress") && context.intent !== "task_detail");
  return !ownSubject || opensWithContinuation(reading);
}

function opensWithContinuation(reading: Reading): boolean {
  const first = reading.whole.words.slice(0, 2).join(" ");
  return /^(con|the con|vay con|trong do|so voi|what about|how about|and)\b/.test(first) || /^(the|vay) (con|thi)\b/.test(first);
}
