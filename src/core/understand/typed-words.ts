import { fold } from "../vi/index.js";

/** Folded words given back as the user typed them, in the order of the message ("lĩnh vực đất đai"). */
export function asTyped(text: string, foldedWords: readonly string[]): string {
  const wanted = new Set(foldedWords);
  const typed = text.split(/[^\p{L}\p{N}/%.,-]+/u).map((w) => w.replace(/^[.,-]+|[.,-]+$/g, "")).filter((w) => wanted.has(fold(w)));
  return (typed.length > 0 ? typed : foldedWords).join(" ");
}
