/**
 * A feature of the chat with its own words and its own confirmation (a plan sent as a file, a conclusion
 * notice pasted, an assignment, an export), tried before the KPI and task commands. Each claims only what is
 * its own and leaves everything else (undefined) to the rest of the pipeline.
 */
import type { Locale } from "../core/format.js";
import type { Reply } from "../core/reply.js";
import type { Translate } from "../infra/i18n.js";
import type { InboundMessage, OutboundFile, OutboundMessage } from "./messages.js";
import type { CommandNotice } from "./task-commands.js";

export interface FeatureOutcome {
  action: string;
  locale: Locale;
  replies: Reply[];
  notices: CommandNotice[];
  /** Buttons that send these words (Telegram); the text says them too. */
  suggestions?: string[];
  /** A file sent after the answer (an exported report, the template). */
  file?: OutboundFile;
  /** Plans or tasks changed: the answers must read the catalogue again. */
  changed?: boolean;
  /** What the change was about, for the audit trail: the plan, the tasks made ("KL23", "KL23-05"). */
  target?: string;
}

export interface ChatFeature {
  handle(message: InboundMessage, now: Date): Promise<FeatureOutcome | undefined>;
}

/** The answer in its chat (with its buttons and file), then the notices to other chats. */
export function featureOutbound(translate: Translate, message: InboundMessage, outcome: FeatureOutcome): OutboundMessage[] {
  const text = outcome.replies.map((r) => translate(outcome.locale, r)).join("\n");
  return [
    {
      channel: message.channel,
      chatId: message.chatId,
      text,
      ...(message.messageId ? { replyToMessageId: message.messageId } : {}),
      ...(outcome.suggestions && outcome.suggestions.length > 0 ? { suggestions: outcome.suggestions } : {}),
      ...(outcome.file ? { file: outcome.file } : {}),
    },
    ...outcome.notices.map((n) => ({ channel: n.channel, chatId: n.chatId, text: n.replies.map((r) => translate(n.locale, r)).join("\n") })),
  ];
}
