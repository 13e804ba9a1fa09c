import { cutMentions, isForTheBot } from "../../app/inbound/mentions.js";
import { routeOutbound } from "../../app/outbound/route.js";
import type { HandledMessage } from "../../app/handle-message.js";
import type { InboundMessage } from "../../app/messages.js";
import type { ChannelSender, SendResult } from "../../app/ports.js";
import type { Clock } from "../../core/clock.js";
import type { Logger } from "../../infra/logger.js";
import { describeError } from "../zalo/errors.js";
import { splitText } from "../zalo/text.js";
import { THREAD_GROUP, THREAD_USER, type PersonalApi, type PersonalCredentials, type PersonalLogin, type PersonalMessage, type ThreadKind } from "./api.js";
import { startWatchdog, type Watchdog } from "./watchdog.js";
import { createInboundReceiver } from "../../app/inbound/receiver.js";

export const PERSONAL_CHANNEL = "zalo-personal";

export interface PersonalChannelDeps {
  login: PersonalLogin;
  /** The saved session (decrypted); the channel logs in with it, and again with it after a long drop. */
  credentials: () => PersonalCredentials;
  handleMessage(message: InboundMessage): Promise<Pick<HandledMessage, "outbound">>;
  clock: Clock;
  logger: Logger;
  /** Whether a chat the bot never heard from is a group (ChatBinding.isGroup); sending needs the thread type. */
  isGroupChat?: (chatId: string) => Promise<boolean>;
  senderFor?: (channel: string) => ChannelSender | undefined;
  watchdog?: { checkEveryMs?: number; initialDelayMs?: number; maxDelayMs?: number; reloginAfter?: number };
}

export interface PersonalChannel {
  sender: ChannelSender;
  /** The account's current connection (replaced after a re-login). */
  api(): PersonalApi;
  connected(): boolean;
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * EXPERIMENTAL: the bot on a dedicated personal Zalo account (zca-js), for units that coordinate in ordinary
 * Zalo groups. Incoming messages carry the quoted message, so "xong" in reply to a reminder closes exactly the
 * task of that reminder: replyToMessageId is the quoted message's global id, which is the id sendMessage
 * returned and the outbox stored as the delivery's externalMessageId. In groups it reacts only to messages that
 * mention the account or quote one of its messages. A watchdog restarts the listener after a drop.
 */
export async function startPersonalChannel(deps: PersonalChannelDeps): Promise<PersonalChannel> {
  const { logger } = deps;
  let api = await deps.login.login(deps.credentials());
  let ownId = api.getOwnId();
  let stopped = false;
  const threadKinds = new Map<string, ThreadKind>();

  const sendText = async (chatId: string, text: string): Promise<SendResult> => {
    const kind = threadKinds.get(chatId) ?? ((await deps.isGroupChat?.(chatId)) ? THREAD_GROUP : THREAD_USER);
    const ids: string[] = [];
    try {
      for (const part of splitText(text)) {
        const sent = await api.sendMessage({ msg: part }, chatId, kind);
        if (sent.message) ids.push(String(sent.message.msgId));
      }
    } catch (error) {
      if (ids.length > 0) return { ok: true, externalMessageId: ids[0]! };
      return { ok: false, reason: "transient", detail: describeError(error) };
    }
    return ids.length > 0 ? { ok: true, externalMessageId: ids[0]! } : { ok: false, reason: "transient", detail: "no message id returned" };
  };
  const sender: ChannelSender = { channel: PERSONAL_CHANNEL, send: (message) => sendText(message.chatId, message.text) };

  const wanted = (m: PersonalMessage): string | null => {
    if (m.isSelf || typeof m.data.content !== "string") return null;
    let text = m.data.content;
    if (m.type === THREAD_GROUP) {
      const mentions = (m.data.mentions ?? []).filter((x) => x.uid === ownId);
      const quotesUs = m.data.quote !== undefined && String(m.data.quote.ownerId) === ownId;
      if (!isForTheBot({ isGroup: true, mentioned: mentions.length > 0, repliesToBot: quotesUs })) return null;
      text = cutMentions(text, mentions.map((x) => ({ offset: x.pos, length: x.len })));
    }
    return text.trim().length > 0 ? text.trim() : null;
  };

  const handle = async (m: PersonalMessage, text: string) => {
    const quote = m.data.quote;
    const handled = await deps.handleMessage({
      channel: PERSONAL_CHANNEL,
      chatId: m.threadId,
      sender: { id: m.data.uidFrom, ...(m.data.dName ? { name: m.data.dName } : {}) },
      text,
      messageId: m.data.msgId,
      ...(quote ? { replyToMessageId: String(quote.globalMsgId) } : {}),
      receivedAt: deps.clock.now(),
    });
    await routeOutbound(handled.outbound, {
      channel: PERSONAL_CHANNEL,
      ...(deps.senderFor ? { directory: { senderFor: deps.senderFor } } : {}),
      log: logger,
      local: async (out) => {
        const result = await sendText(out.chatId, out.text);
        if (!result.ok) logger.warn({ chatId: out.chatId, reason: result.reason }, "zalo-personal: reply not sent");
      },
    });
  };

  const receiver = createInboundReceiver({
    // The listener hands messages over once: nothing would resend one refused as busy.
    maxInFlight: Number.POSITIVE_INFINITY,
    onError: (error, update) => logger.error({ chatId: update.chatKey, error: describeError(error) }, "zalo-personal: message failed"),
  });
  const onMessage = (m: PersonalMessage) => {
    threadKinds.set(m.threadId, m.type);
    const text = wanted(m);
    if (text === null) return;
    // The listener may hand the same message over again after a reconnect: the receiver drops the repeat.
    const outcome = receiver.receive({ key: String(m.data.msgId), chatKey: m.threadId }, () => handle(m, text));
    if (outcome !== "queued") logger.debug({ chatId: m.threadId, outcome }, "zalo-personal: message not queued");
  };

  let watchdog: Watchdog;
  const attach = (current: PersonalApi) => {
    current.listener.on("message", onMessage);
    current.listener.on("connected", () => watchdog?.connected());
    current.listener.on("closed", (code, reason) => watchdog?.dropped(code, reason));
    current.listener.on("disconnected", (code, reason) => watchdog?.dropped(code, reason));
    current.listener.on("error", (error) => logger.warn({ error: describeError(error) }, "zalo-personal: listener error"));
    current.listener.start({ retryOnClose: false });
  };
  watchdog = startWatchdog({
    logger,
    ...deps.watchdog,
    restart: async () => {
      api.listener.stop();
      api.listener.start({ retryOnClose: false });
    },
    relogin: async () => {
      api.listener.stop();
      api = await deps.login.login(deps.credentials());
      ownId = api.getOwnId();
      attach(api);
    },
  });
  attach(api);

  return {
    sender,
    api: () => api,
    connected: () => watchdog.isConnected(),
    idle: () => receiver.idle(),
    async stop() {
      if (stopped) return;
      stopped = true;
      watchdog.stop();
      api.listener.stop();
      await receiver.idle();
    },
  };
}
