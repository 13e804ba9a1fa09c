import type { ChannelDirectory } from "../../app/outbound/route.js";
import type { Context, NextFunction } from "grammy";
import { LRUCache } from "lru-cache";
import type { App } from "../../app/handle-message.js";
import type { DeliveryViewStore } from "../../app/delivery-view.js";
import type { Binding, Member, Onboarding } from "../../app/onboarding.js";
import type { Clock } from "../../core/clock.js";
import type { Locale } from "../../core/format.js";
import { accessOf, type Access } from "../../core/onboarding/index.js";
import { reply, type ReplyArgs } from "../../core/reply.js";
import type { Translate } from "../../infra/i18n.js";
import type { Logger } from "../../infra/logger.js";
import type { Outgoing } from "./outgoing.js";
import type { Metrics } from "../../app/metrics.js";

/** What the Telegram channel needs from the rest of the program: use cases and stores, never the database itself. */
export interface TelegramDeps {
  app: App;
  onboarding: Onboarding;
  deliveries: DeliveryViewStore;
  translate: Translate;
  clock: Clock;
  logger: Logger;
  locale: Locale;
  publicAnswers: boolean;
  inviteDays?: number;
  /** Answers sent, 429s and resends are counted here (the running bot's /metrics); absent: not counted. */
  metrics?: Metrics;
  /** The other channels running here, for answers meant for their chats. */
  channels?: Pick<ChannelDirectory, "senderFor">;
}

/** Per update: who writes, from which chat, and what they may do. */
export interface UpdateState {
  deps: TelegramDeps;
  out: Outgoing;
  locale: Locale;
  t(key: string, args?: ReplyArgs): string;
  /** The sender as a member, active or not. */
  member: Member | null;
  /** The sender when an active member. */
  person: Member | null;
  binding: Binding | null;
  access: Access;
  chatId: string;
  isGroup: boolean;
  log: Logger;
}

export type BotContext = Context & { updateState: UpdateState };

/**
 * Identities and chat bindings change rarely (an invite, a revocation, a removed group) and are read on every
 * update: they are held for ten minutes, and dropped at once when this process changes them (invites are
 * opened, members revoked and chats retired through the bot; a chat the reminder loop retires answers the
 * next message with a 403, which retires it here too).
 */
export function createLookupCache(onboarding: Onboarding, ttlMs = 10 * 60_000, max = 100_000) {
  // Boxed, because "not a member" (null) is an answer worth holding too.
  const members = new LRUCache<string, { value: Member | null }>({ max, ttl: ttlMs });
  const bindings = new LRUCache<string, { value: Binding | null }>({ max, ttl: ttlMs });
  const cached = async <T>(cache: LRUCache<string, { value: T }>, key: string, load: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key);
    if (hit) return hit.value;
    const value = await load();
    cache.set(key, { value });
    return value;
  };
  const member = (userId: string) => cached(members, userId, () => onboarding.whoAmI("telegram", userId));
  const binding = (chatId: string) => cached(bindings, chatId, () => onboarding.binding("telegram", chatId));
  return {
    member,
    binding,
    /** Both, for an update: when neither is held, one statement reads them together (one round trip, not two). */
    async senderInChat(userId: string, chatId: string): Promise<{ member: Member | null; binding: Binding | null }> {
      const heldMember = members.get(userId);
      const heldBinding = bindings.get(chatId);
      if (heldMember || heldBinding) return { member: heldMember ? heldMember.value : await member(userId), binding: heldBinding ? heldBinding.value : await binding(chatId) };
      const read = await onboarding.senderInChat("telegram", userId, chatId);
      members.set(userId, { value: read.member });
      bindings.set(chatId, { value: read.binding });
      return read;
    },
    forget(ids: { userId?: string; chatId?: string } = {}) {
      if (ids.userId === undefined && ids.chatId === undefined) {
        members.clear();
        bindings.clear();
        return;
      }
      if (ids.userId !== undefined) members.delete(ids.userId);
      if (ids.chatId !== undefined) bindings.delete(ids.chatId);
    },
  };
}

export type LookupCache = ReturnType<typeof createLookupCache>;

export function updateState(deps: TelegramDeps, cache: LookupCache, out: Outgoing) {
  return async (ctx: BotContext, next: NextFunction) => {
    const chat = ctx.chat;
    const from = ctx.from;
    const chatId = chat ? String(chat.id) : from ? String(from.id) : "";
    // Nothing to answer and nobody to answer to (a malformed or foreign update): dropped here.
    if (!chatId) return;
    const isGroup = chat?.type === "group" || chat?.type === "supergroup";
    const { member, binding } = from && !from.is_bot ? await cache.senderInChat(String(from.id), chatId) : { member: null, binding: await cache.binding(chatId) };
    const person = member?.active ? member : null;
    const locale = deps.locale;
    ctx.updateState = {
      deps,
      out,
      locale,
      t: (key, args) => deps.translate(locale, reply(key, args)),
      member,
      person,
      binding,
      access: accessOf({ person, chatBound: binding?.active === true, publicAnswers: deps.publicAnswers }),
      chatId,
      isGroup,
      get log() {
        // A child logger per update, made only when something is logged.
        const log = deps.logger.child({ update: ctx.update.update_id, chat: chatId });
        Object.defineProperty(this, "log", { value: log });
        return log;
      },
    };
    // A person who had blocked the bot writes again from their private chat: it works again.
    if (person && binding && !binding.active && chat?.type === "private") {
      await deps.onboarding.reviveChat(person, { channel: "telegram", chatId });
      cache.forget({ chatId });
    }
    await next();
  };
}
