/**
 * What can go wrong talking to the Zalo Bot Platform, as two typed errors (the split grammY makes):
 * ZaloApiError when the platform answered with an error (error_code + description), ZaloHttpError when
 * no usable answer came back (network, timeout, a body that is not the envelope). Neither ever carries the
 * token: the request URL contains it, so every text that could show it goes through scrubToken first.
 */

export class ZaloApiError extends Error {
  override readonly name = "ZaloApiError";
  constructor(
    readonly method: string,
    readonly errorCode: number,
    readonly description: string,
  ) {
    super(`Zalo ${method}: ${errorCode} ${description}`);
  }

  /** 429 on the Bot Platform means the monthly message quota is used up, not "retry later". */
  get quotaExhausted(): boolean {
    return this.errorCode === 429;
  }

  get badToken(): boolean {
    return this.errorCode === 401;
  }
}

export class ZaloHttpError extends Error {
  override readonly name = "ZaloHttpError";
  constructor(
    readonly method: string,
    detail: string,
  ) {
    super(`Zalo ${method}: ${detail}`);
  }
}

/** Replaces the token (raw and URL-encoded) and any `/bot<something>/` path segment with a placeholder. */
export function scrubToken(text: string, token: string | undefined): string {
  let out = text;
  if (token) {
    for (const form of new Set([token, encodeURIComponent(token)])) out = out.split(form).join("<token>");
  }
  return out.replace(/\/bot[^/\s"'?#]+\//g, "/bot<token>/");
}

/** A one-line description of anything thrown, token removed; causes (undici's "fetch failed") included. */
export function describeError(error: unknown, token?: string): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      parts.push(typeof code === "string" ? `${current.message} (${code})` : current.message);
      current = (current as { cause?: unknown }).cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return scrubToken(parts.join(": ").replace(/\s+/g, " ").trim(), token);
}
