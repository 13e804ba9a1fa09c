import { describeError, scrubToken, ZaloApiError, ZaloHttpError } from "./errors.js";
import type {
  SendChatActionParams,
  SendMessageParams,
  SendPhotoParams,
  SendStickerParams,
  SetWebhookParams,
  ZaloBotInfo,
  ZaloEnvelope,
  ZaloSentMessage,
  ZaloUpdate,
  ZaloWebhookInfo,
} from "./types.js";

export const DEFAULT_ZALO_API_ROOT = "https://bot-api.zaloplatforms.com";

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<Response>;

export interface ZaloClientOptions {
  token: string;
  /** Where the API lives; some SDKs still use the older host https://bot-api.zapps.me. Tests point it at a fake. */
  apiRoot?: string;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: FetchLike;
  /** Per request, on top of a long poll's own timeout. */
  timeoutMs?: number;
}

/** Our own typed client of the Zalo Bot Platform: POST + JSON to `<root>/bot<token>/<method>`, one envelope. */
export interface ZaloClient {
  readonly apiRoot: string;
  call<T>(method: string, payload?: object, options?: { signal?: AbortSignal; timeoutMs?: number }): Promise<T>;
  getMe(): Promise<ZaloBotInfo>;
  /** One update, or null when the long poll ended idle (408). Does not work while a webhook is set. */
  getUpdates(params?: { timeout?: number }, signal?: AbortSignal): Promise<ZaloUpdate | null>;
  setWebhook(params: SetWebhookParams): Promise<unknown>;
  deleteWebhook(): Promise<unknown>;
  getWebhookInfo(): Promise<ZaloWebhookInfo>;
  sendMessage(params: SendMessageParams): Promise<ZaloSentMessage>;
  sendPhoto(params: SendPhotoParams): Promise<ZaloSentMessage>;
  sendSticker(params: SendStickerParams): Promise<ZaloSentMessage>;
  sendChatAction(params: SendChatActionParams): Promise<unknown>;
  /** Removes the token from a text (for logs written outside the client). */
  scrub(text: string): string;
}

export function createZaloClient(options: ZaloClientOptions): ZaloClient {
  const { token } = options;
  const apiRoot = (options.apiRoot ?? DEFAULT_ZALO_API_ROOT).replace(/\/+$/, "");
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const defaultTimeout = options.timeoutMs ?? 15_000;

  async function call<T>(method: string, payload: object = {}, callOptions: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<T> {
    const timeout = AbortSignal.timeout(callOptions.timeoutMs ?? defaultTimeout);
    const signal = callOptions.signal ? AbortSignal.any([callOptions.signal, timeout]) : timeout;
    let response: Response;
    let body: string;
    try {
      response = await doFetch(`${apiRoot}/bot${token}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(payload),
        signal,
      });
      body = await response.text();
    } catch (error) {
      const reason = timeout.aborted ? "timed out" : callOptions.signal?.aborted ? "aborted" : describeError(error, token);
      throw new ZaloHttpError(method, reason);
    }
    let envelope: ZaloEnvelope<T> | undefined;
    try {
      const parsed: unknown = JSON.parse(body);
      if (parsed && typeof parsed === "object" && "ok" in parsed) envelope = parsed as ZaloEnvelope<T>;
    } catch {
      envelope = undefined;
    }
    if (envelope?.ok === true && response.ok) return envelope.result as T;
    if (envelope) {
      const code = typeof envelope.error_code === "number" ? envelope.error_code : response.status;
      throw new ZaloApiError(method, code, scrubToken(String(envelope.description ?? response.statusText ?? "error"), token));
    }
    if (!response.ok) throw new ZaloApiError(method, response.status, scrubToken(response.statusText || "HTTP error", token));
    throw new ZaloHttpError(method, `unexpected answer (HTTP ${response.status}, not the {ok, result} envelope)`);
  }

  return {
    apiRoot,
    call,
    getMe: () => call<ZaloBotInfo>("getMe"),
    async getUpdates(params = {}, signal) {
      const seconds = params.timeout ?? 30;
      try {
        const result = await call<ZaloUpdate | null | undefined>("getUpdates", { timeout: String(seconds) }, {
          timeoutMs: seconds * 1000 + defaultTimeout,
          ...(signal ? { signal } : {}),
        });
        return unwrapUpdate(result);
      } catch (error) {
        if (error instanceof ZaloApiError && error.errorCode === 408) return null;
        throw error;
      }
    },
    setWebhook: (params) => call("setWebhook", params),
    deleteWebhook: () => call("deleteWebhook"),
    getWebhookInfo: () => call<ZaloWebhookInfo>("getWebhookInfo"),
    sendMessage: (params) => call<ZaloSentMessage>("sendMessage", params),
    sendPhoto: (params) => call<ZaloSentMessage>("sendPhoto", params),
    sendSticker: (params) => call<ZaloSentMessage>("sendSticker", params),
    sendChatAction: (params) => call("sendChatAction", params),
    scrub: (text) => scrubToken(text, token),
  };
}

/** getUpdates answers one update; some deployments wrap it once more as `{ ok, result }` or in a one-item list. */
export function unwrapUpdate(value: unknown): ZaloUpdate | null {
  let current = value;
  for (let depth = 0; depth < 3; depth++) {
    if (Array.isArray(current)) current = current[0];
    else if (current && typeof current === "object" && !("event_name" in current) && "result" in current) current = (current as { result: unknown }).result;
    else break;
  }
  return current && typeof current === "object" && "event_name" in current ? (current as ZaloUpdate) : null;
}
