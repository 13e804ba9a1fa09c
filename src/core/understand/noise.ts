import type { FoldedText } from "./words.js";
import { containsAny } from "./words.js";

/**
 * Input that is code or an attempt to steer the bot rather than a question: SQL, markup, template or path
 * tricks, "ignore previous instructions". It gets the out-of-scope answer and nothing else.
 */
const CODE = [/['"]\s*(or|and)\s+['"\d\w]+\s*=\s*['"\d\w]+/i, /<\s*\/?\s*[a-z]+[^>]*>/i, /\{\{.*\}\}/, /\.\.\//, /;\s*--/, /\b(select|insert|update|delete|drop|union|alter)\b[\s\S]*\b(from|into|table|set|where|select)\b/i];
const STEERING = ["bo qua moi huong dan", "bo qua huong dan", "bo qua cac chi dan", "ignore all previous", "ignore previous", "ignore the above", "mat khau", "password", "system prompt", "jailbreak"];

export function isNoise(raw: string, folded: FoldedText): boolean {
  return CODE.some((re) => re.test(raw)) || containsAny(folded, STEERING);
}
