/**
 * Invite codes: 15 random bytes (120 bits) written as 24 characters of Crockford's base 32, lowercase, so that a
 * code survives being read aloud, typed on a phone or pasted into a Telegram deep link (`?start=<code>` allows
 * only A–Z, a–z, 0–9, _ and -). Randomness is an input: the shell draws the bytes.
 */
export const INVITE_CODE_BYTES = 15;
export const INVITE_CODE_LENGTH = 24;
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const WELL_FORMED = /^[0-9a-hjkmnp-tv-z]{24}$/;

/** The code for these random bytes; exactly INVITE_CODE_BYTES of them. */
export function encodeInviteCode(bytes: Uint8Array): string {
  if (bytes.length !== INVITE_CODE_BYTES) throw new RangeError(`an invite code needs ${INVITE_CODE_BYTES} random bytes`);
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

/** The code in groups of four for people to read ("abcd-efgh-…"); normalizeInviteCode reads it back. */
export function displayInviteCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, "$1-");
}

/**
 * The code a person typed or pasted, in canonical form, or null when it cannot be one. Accepts the code with
 * spaces or dashes, any case, Crockford's look-alikes (o → 0, i and l → 1), and a whole deep link.
 */
export function normalizeInviteCode(input: string): string | null {
  let text = input.trim();
  const link = /[?&]start(?:group)?=([^&#\s]+)/i.exec(text);
  if (link) text = link[1]!;
  if (text.length > 80) return null;
  const code = text
    .toLowerCase()
    .replace(/[\s\-_.]/g, "")
    .replace(/o/g, "0")
    .replace(/[il]/g, "1");
  return WELL_FORMED.test(code) ? code : null;
}
