import { createHash, timingSafeEqual } from "node:crypto";

/** Constant-time comparison: both sides are hashed first, so neither content nor length leaks through timing. */
export function secretMatches(received: string | string[] | undefined | null, secret: string): boolean {
  if (typeof received !== "string") return false;
  return timingSafeEqual(createHash("sha256").update(received).digest(), createHash("sha256").update(secret).digest());
}
