import { routeOutbound } from "../../app/outbound/route.js";
import { stripMentions } from "../../app/inbound/mentions.js";
import type { HandledMessage } from "../../app/handle-message.js";
import type { InboundMessage, OutboundFile, OutboundMessage } from "../../app/messages.js";
import type { ChannelSender, SendResult } from "../../app/ports.js";
import { sendOutcome, type Metrics } from "../../app/metrics.js";
import type { Clock } from "../../core/clock.js";
import type { Locale } from "../../core/format.js";
import { reply, type Reply } from "../../core/reply.js";
import type { Translate } from "../../infra/i18n.js";
import type { Logger } from "../../infra/logger.js";
import { describeError } from "./errors.js";
import { inviteCodeIn, typedInviteReply, type Redeem } from "../../app/inbound/typed-invite.js";
import type { ZaloSender } from "./sender.js";
import { ZALO_TEXT_LIMIT } from "./text.js";
import { parseUpdate, toInbound, type ParsedUpdate, type ParseResult } from "./updates.js";
import { createInboundReceiver } from "../../app/inbound/receiver.js";
import type { UpdateLedger } from "../../app/inbound/update-ledger.js";

export interface ZaloBotDeps {
  handleMessage(message: InboundMessage): Promise<Pick<HandledMessage, "understood" | "outbound">>;
  /** The app's access gate alone (App.screen): replies the bot makes before the pipeline go through it too. */
  screen?(message: InboundMessage): Promise<Pick<HandledMessage, "outbound"> | null>;
  sender: ZaloSender;
  translate: Translate;
  locale: Locale;
  clock: Clock;
  logger: Logger;
  /** src/app/onboarding.ts's redeem; without it an invite code is answered with "not available yet". */
  redeem?: Redeem;
  /** The bot's names as they appear in an @mention (getMe's display and account names). */
  botNames?: readonly string[];
  /** Senders of other channels, for a reply's notices to chats elsewhere (the secretariat on Telegram). */
  senderFor?: (channel: string) => ChannelSender | undefined;
  /** Updates remembered for de-duplication (default 10.000). */
  seenCapacity?: number;
  /** Updates in hand at most (default 1.000); past it the webhook answers 503. */
  maxInFlight?: number;
  /** Shared with the other bot processes on the database: an update one of them took is not handled here. */
  ledger?: UpdateLedger;
  /** Replies sent are counted here, on the channel that carried them. */
  metrics?: Pick<Metrics, "answerSent">;
  /** Keeps a picture (a chart) where the platform can fetch it: its public URL. Absent (polling): pictures are not sent. */
  publishPicture?(file: OutboundFile): Promise<string>;
}

export type DispatchOutcome = "queued" | "duplicate" | "busy" | "ignored" | "invalid";

/**
 * One Zalo bot, whatever brings its updates (webhook or long polling): the shared inbound receiver
 * de-duplicates them on event name + message id and handles them in the background, one at a time per chat,
 * each inside its own error boundary.
 */
export interface ZaloBot {
  /** Synchronous: checks and queues; the caller may answer the platform at once. */
  accept(parsed: ParseResult): DispatchOutcome;
  acceptRaw(body: unknown): DispatchOutcome;
  /** Resolves when every queued update has been handled (tests, shutdown). */
  idle(): Promise<void>;
}

export function createZaloBot(deps: ZaloBotDeps): ZaloBot {
  const t = (r: Reply, locale: Locale = deps.locale) => deps.translate(locale, r);
  const counted = async (channel: string, sending: Promise<SendResult>): Promise<SendResult> => {
    const result = await sending;
    deps.metrics?.answerSent(channel, sendOutcome(result));
    return result;
  };
  const say = (chatId: string, text: string) => counted("zalo", deps.sender.send({ chatId, text, kind: "reply" }));

  /** Sends a reply's messages by the app's one routing rule: Zalo chats here, another channel's through its sender. */
  async function deliver(outbound: readonly OutboundMessage[], extra: readonly string[] = []): Promise<void> {
    await routeOutbound(outbound, {
      channel: "zalo",
      ...(deps.senderFor ? { directory: { senderFor: deps.senderFor } } : {}),
      sentElsewhere: (channel, result) => deps.metrics?.answerSent(channel, sendOutcome(result)),
      log: deps.logger,
      local: async (out, index) => {
        const body = index === 0 && extra.length > 0 ? [out.text, ...extra].join("\n") : out.text;
        // A picture goes by URL, captioned with the text; one that cannot be kept leaves the text alone.
        const photo = out.file?.mime.startsWith("image/") && deps.publishPicture ? await deps.publishPicture(out.file).catch((error: unknown) => void deps.logger.warn({ error: describeError(error) }, "zalo: picture not kept")) : undefined;
        const result = photo ? await counted("zalo", deps.sender.send({ chatId: out.chatId, text: body, kind: "reply", photo })) : await say(out.chatId, body);
        if (!result.ok) deps.logger.warn({ chatId: out.chatId, reason: result.reason, ...("detail" in result ? { detail: result.detail } : {}) }, "zalo: reply not sent");
        return result;
      },
      busyNotice: t(reply("outbound-busy")),
    });
  }

  /**
   * Every reply costs a message of the month's budget: a stranger's update gets only what the access gate
   * allows (the invite text at most once a day), whatever it was — a sticker, a long text, a wrong code.
   * Returns whether the sender may use the bot.
   */
  async function admitted(inbound: InboundMessage): Promise<boolean> {
    const refused = await deps.screen?.(inbound);
    if (refused) await deliver(refused.outbound);
    return !refused;
  }

  async function handle(update: Extract<ParsedUpdate, { kind: "text" | "no_text" }>, state: { admitted: boolean }): Promise<void> {
    const chatId = update.message.chat.id;
    const now = deps.clock.now();
    const text = update.kind === "no_text" ? "" : update.isGroup ? stripMentions(update.text, deps.botNames ?? []) : update.text;
    const inbound = toInbound(update, text, now);
    const code = update.kind === "text" && update.text.length <= ZALO_TEXT_LIMIT ? inviteCodeIn(text) : null;
    if (code !== null) {
      // A code is how a stranger comes in: it is tried first; only a failure is screened like any reply.
      if (!deps.redeem) {
        if (await admitted(inbound)) await say(chatId, t(reply("zalo-onboard-unavailable")));
        return;
      }
      const { message } = update;
      const result = await deps.redeem(code, {
        channel: "zalo",
        chatId,
        externalId: message.from.id,
        displayName: message.from.display_name ?? message.from.id,
        isGroup: update.isGroup,
      });
      if (result.ok || (await admitted(inbound))) await say(chatId, t(typedInviteReply(result, update.isGroup)));
      return;
    }
    if (!(await admitted(inbound))) return;
    state.admitted = true;
    if (update.kind === "no_text") {
      await say(chatId, t(reply("zalo-text-only")));
      return;
    }
    if (update.text.length > ZALO_TEXT_LIMIT) {
      await say(chatId, t(reply("zalo-too-long", { max: ZALO_TEXT_LIMIT })));
      return;
    }
    const handled = await deps.handleMessage(inbound);
    const { locale } = handled.understood;
    const extra = handled.understood.understanding.intent === "help" ? [t(reply("zalo-help-done"), locale), ...(update.isGroup ? [t(reply("zalo-group-help"), locale)] : [])] : [];
    await deliver(handled.outbound, extra);
  }

  const receiver = createInboundReceiver({
    ...(deps.seenCapacity !== undefined ? { seenCapacity: deps.seenCapacity } : {}),
    ...(deps.ledger ? { ledger: deps.ledger } : {}),
    ...(deps.maxInFlight !== undefined ? { maxInFlight: deps.maxInFlight } : {}),
    onError: (error, update) => deps.logger.error({ key: update.key, error: describeError(error) }, "zalo: update failed"),
  });

  /** The update's own error boundary: the person is told something went wrong, the next update goes on. */
  const handleSafely = (update: Extract<ParsedUpdate, { kind: "text" | "no_text" }>) => async () => {
    const state = { admitted: deps.screen === undefined };
    try {
      await handle(update, state);
    } catch (error) {
      deps.logger.error({ chatId: update.message.chat.id, key: update.key, error: describeError(error) }, "zalo: update failed");
      // Only someone the gate let in is told; a stranger's failed update costs no message.
      if (state.admitted) await say(update.message.chat.id, t(reply("zalo-error"))).catch(() => undefined);
    }
  };

  const bot: ZaloBot = {
    accept(parsed) {
      if (parsed.kind === "invalid") return "invalid";
      if (parsed.kind === "ignored") {
        deps.logger.debug({ event: parsed.event, reason: parsed.reason }, "zalo: update ignored");
        return "ignored";
      }
      const outcome = receiver.receive({ key: parsed.key, chatKey: parsed.message.chat.id }, handleSafely(parsed));
      if (outcome !== "queued") deps.logger.debug({ key: parsed.key, outcome }, "zalo: update not queued");
      return outcome;
    },
    acceptRaw: (body) => bot.accept(parseUpdate(body)),
    idle: () => receiver.idle(),
  };
  return bot;
}
