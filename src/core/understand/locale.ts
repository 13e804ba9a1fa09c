import type { Locale } from "../format.js";
import { isPlainSyllable } from "../vi/index.js";
import type { FoldedText } from "./words.js";

/** English when the message has no Vietnamese letters and reads as English: most of its words are common English words. */
export function detectLocale(raw: string, folded: FoldedText): Locale {
  if (/[\u00C0-\u1EF9]/.test(raw.normalize("NFC"))) return "vi";
  const hits = folded.words.filter((w) => ENGLISH.has(w)).length;
  // Vietnamese typed without accents is still Vietnamese: "the so nganh thi sao" has two English-looking
  // words and three that can only be Vietnamese syllables.
  const vietnamese = folded.words.filter((w) => !ENGLISH.has(w) && isPlainSyllable(w)).length;
  return hits >= 2 && hits / folded.words.length >= 0.4 && hits > 2 * vietnamese ? "en" : "vi";
}

export function isEnglishWord(word: string): boolean {
  return ENGLISH.has(word);
}

const ENGLISH = new Set([
  "lead", "led", "leads", "police", "home", "affairs", "justice", "finance", "office", "due", "deadline", "deadlines", "next", "today",
  "tomorrow", "who", "when", "why", "units", "unit", "behind", "summary", "briefing", "report", "late", "blocked", "cooperate", "cooperates",
  "what", "how", "many", "much", "is", "the", "of", "rate", "online", "district", "commune", "province", "level", "progress",
  "plan", "tasks", "task", "overdue", "which", "show", "me", "ranking", "rank", "target", "accounts", "payments", "department",
  "departments", "reform", "administrative", "admin", "please", "give", "status", "done", "identity", "electronic",
  "activated", "dossier", "dossiers", "application", "applications", "are", "our", "at", "in", "for", "to", "current",
  "latest", "percentage", "number", "total", "amount", "paid", "connections", "profiles", "created", "compare", "highest",
  "lowest", "and", "where", "does", "do", "we", "on", "track", "can", "you", "good", "morning", "afternoon", "thank",
  "thanks", "hello", "hi", "help", "far", "from", "that", "this", "need", "more", "hit", "have", "has", "been", "were",
  "was", "so", "far", "issued", "activations", "activation", "complete", "completed", "progressing", "it", "a", "an",
  "eid", "provincial", "level", "levels", "each", "by", "with", "still", "left", "remaining", "week", "month", "list", "all", "print", "ignore", "previous", "instructions", "password", "tell", "about",
]);
