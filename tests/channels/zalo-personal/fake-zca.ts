import { EventEmitter } from "node:events";
import type { PersonalApi, PersonalCredentials, PersonalLogin, PersonalMessage, QrEvent, ThreadKind } from "../../../src/channels/zalo-personal/api.js";

/**
 * A fake of the zca-js API object: a listener that connects when started (unless told to fail), records what
 * is sent, and lets a test deliver messages and drop the connection.
 */
export class FakeListener extends EventEmitter {
  starts = 0;
  stops = 0;
  /** Starts that will not connect (a network still down). */
  failingStarts = 0;
  start(): void {
    this.starts++;
    if (this.failingStarts > 0) {
      this.failingStarts--;
      return;
    }
    queueMicrotask(() => this.emit("connected"));
  }
  stop(): void {
    this.stops++;
  }
}

export class FakeZcaApi implements PersonalApi {
  listener = new FakeListener();
  sent: Array<{ msg: string; threadId: string; type: ThreadKind | undefined; msgId: number }> = [];
  private nextId: number;
  constructor(readonly ownId = "bot-account", firstId = 9000) {
    this.nextId = firstId;
  }
  getOwnId(): string {
    return this.ownId;
  }
  async sendMessage(content: { msg: string }, threadId: string, type?: ThreadKind) {
    const msgId = ++this.nextId;
    this.sent.push({ msg: content.msg, threadId, type, msgId });
    return { message: { msgId } };
  }
  deliver(message: PersonalMessage): void {
    this.listener.emit("message", message);
  }
}

export function fakeLogin(make: () => FakeZcaApi = () => new FakeZcaApi()) {
  const logins: PersonalCredentials[] = [];
  const apis: FakeZcaApi[] = [];
  const login: PersonalLogin = {
    async login(credentials) {
      logins.push(credentials);
      const api = make();
      apis.push(api);
      return api;
    },
    async loginQR(onEvent: (event: QrEvent) => void) {
      onEvent({ type: "credentials", credentials: { imei: "imei-qr", cookie: [{ key: "zpw_sek", value: "secret-cookie" }], userAgent: "UA" } });
      const api = make();
      apis.push(api);
      return api;
    },
  };
  return { login, logins, apis };
}

export function groupMessage(text: string, options: { from?: string; msgId?: string; threadId?: string; mention?: string; quote?: { ownerId: string; globalMsgId: number } } = {}): PersonalMessage {
  const mention = options.mention ? [{ uid: options.mention, pos: 0, len: text.indexOf(" ") > 0 ? text.indexOf(" ") : text.length }] : undefined;
  return {
    type: 1,
    threadId: options.threadId ?? "grp-1",
    isSelf: false,
    data: {
      msgId: options.msgId ?? `in-${Math.random().toString(36).slice(2)}`,
      uidFrom: options.from ?? "u-officer",
      dName: "Cán bộ",
      content: text,
      ...(options.quote ? { quote: { ...options.quote, cliMsgId: 1 } } : {}),
      ...(mention ? { mentions: mention } : {}),
    },
  };
}
