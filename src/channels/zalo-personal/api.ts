/**
 * The part of zca-js (an unofficial client that drives a personal Zalo account through Zalo Web's protocol)
 * this channel uses, as our own narrow types: the channel and its tests depend on these, and only
 * `loadZcaJs` touches the package (loaded on demand, so nothing of it runs unless ZALO_PERSONAL=1).
 */

/** zca-js ThreadType: a private chat or a group. */
export const THREAD_USER = 0;
export const THREAD_GROUP = 1;
export type ThreadKind = typeof THREAD_USER | typeof THREAD_GROUP;

export interface PersonalQuote {
  ownerId: string;
  globalMsgId: number | string;
  cliMsgId?: number | string;
}

export interface PersonalMessage {
  type: ThreadKind;
  threadId: string;
  /** True for the account's own messages (sent from this bot or from a phone logged into the same account). */
  isSelf: boolean;
  data: {
    msgId: string;
    uidFrom: string;
    dName?: string;
    ts?: string;
    content: unknown;
    quote?: PersonalQuote | undefined;
    mentions?: Array<{ uid: string; pos: number; len: number }> | undefined;
  };
}

export interface PersonalListener {
  on(event: "message", listener: (message: PersonalMessage) => void): unknown;
  on(event: "connected", listener: () => void): unknown;
  on(event: "closed" | "disconnected", listener: (code: number, reason: string) => void): unknown;
  on(event: "error", listener: (error: unknown) => void): unknown;
  start(options?: { retryOnClose?: boolean }): void;
  stop(): void;
}

export interface PersonalApi {
  listener: PersonalListener;
  getOwnId(): string;
  sendMessage(content: { msg: string }, threadId: string, type?: ThreadKind): Promise<{ message: { msgId: number | string } | null }>;
}

/** What a login saves: zca-js's Credentials (cookies, imei, user agent), kept as opaque JSON. */
export interface PersonalCredentials {
  imei: string;
  cookie: unknown;
  userAgent: string;
  language?: string;
}

export type QrEvent =
  | { type: "qr"; imageBase64: string; code: string }
  | { type: "expired" }
  | { type: "scanned"; displayName: string }
  | { type: "declined" }
  | { type: "credentials"; credentials: PersonalCredentials };

export interface PersonalLogin {
  login(credentials: PersonalCredentials): Promise<PersonalApi>;
  /** QR login; `onEvent` sees the QR image, the scan, and the credentials to save. */
  loginQR(onEvent: (event: QrEvent) => void): Promise<PersonalApi>;
}

/** The few exports of zca-js used here (its own typings do not resolve under NodeNext: `export * from "./dist"`). */
interface ZcaModule {
  Zalo: new (options: { selfListen?: boolean; logging?: boolean }) => {
    login(credentials: PersonalCredentials): Promise<unknown>;
    loginQR(options: object, callback: (event: ZcaQrEvent) => unknown): Promise<unknown>;
  };
  LoginQRCallbackEventType: { QRCodeGenerated: number; QRCodeExpired: number; QRCodeScanned: number; QRCodeDeclined: number; GotLoginInfo: number };
}

type ZcaQrEvent = {
  type: number;
  data: { image?: string; code?: string; display_name?: string; imei?: string; cookie?: unknown; userAgent?: string } | null;
  actions: { retry?: () => unknown } | null;
};

/** The real thing: zca-js, imported only when the experimental channel is switched on. */
export async function loadZcaJs(): Promise<PersonalLogin> {
  const zca = (await import("zca-js")) as unknown as ZcaModule;
  const zalo = new zca.Zalo({ selfListen: false, logging: false });
  const QR = zca.LoginQRCallbackEventType;
  return {
    login: async (credentials) => (await zalo.login(credentials)) as PersonalApi,
    loginQR: async (onEvent) =>
      (await zalo.loginQR({}, (event) => {
        const data = event.data ?? {};
        if (event.type === QR.QRCodeGenerated) onEvent({ type: "qr", imageBase64: data.image ?? "", code: data.code ?? "" });
        else if (event.type === QR.QRCodeExpired) {
          onEvent({ type: "expired" });
          event.actions?.retry?.();
        } else if (event.type === QR.QRCodeScanned) onEvent({ type: "scanned", displayName: data.display_name ?? "" });
        else if (event.type === QR.QRCodeDeclined) onEvent({ type: "declined" });
        else if (event.type === QR.GotLoginInfo) {
          onEvent({ type: "credentials", credentials: { imei: data.imei ?? "", cookie: data.cookie, userAgent: data.userAgent ?? "" } });
        }
      })) as PersonalApi,
  };
}
