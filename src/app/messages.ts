import type { CommandQuery } from "./command-query.js";
import type { TaskCommand, TaskTarget } from "../core/commands/types.js";
import type { Locale } from "../core/format.js";

/** The platform-neutral message every channel translates to and from. */
export interface InboundMessage {
  /** "telegram", "zalo", "console", "cli". */
  channel: string;
  chatId: string;
  sender: { id: string; name?: string };
  text: string;
  messageId?: string;
  replyToMessageId?: string;
  /**
   * A button pressed, as the typed command it stands for ("done" on item 2 of the reminder replied to): the app
   * acts on it directly instead of reading a sentence made up for it. `text` then only describes it for the logs.
   */
  action?: TaskCommand;
  /**
   * The text answers a question the bot asked about one task (after a reminder's 📈 or ⏳ button): the app reads
   * it as the body of that command ("70", "đến 15/8 vì …"), not as a sentence of its own.
   */
  answers?: PromptedCommand;
  /** A file sent with the message (a plan to import, a conclusion notice), read only when a feature wants it. */
  file?: InboundFile;
  /** A question asked with a command or a menu (/nhiemvu, /quahan …): answered as typed, `text` only describes it. */
  query?: CommandQuery;
  receivedAt: Date;
}

/** The command the bot asked the person to complete, and the task it is about. */
export interface PromptedCommand {
  action: "progress" | "extend";
  target: TaskTarget;
  /** The language the question was asked in, for the answer. */
  locale: Locale;
}

/** A file as the channel received it: its name and size first, its bytes on demand (a download). */
export interface InboundFile {
  name: string;
  mime?: string;
  /** In bytes, when the platform says it before the download. */
  size?: number;
  read(): Promise<Uint8Array>;
}

export interface OutboundMessage {
  channel: string;
  chatId: string;
  text: string;
  replyToMessageId?: string;
  /**
   * Questions the bot can answer, offered after "chưa rõ": the text lists them too; a channel with buttons
   * (Telegram) also offers each as a button that sends it.
   */
  suggestions?: readonly string[];
  /**
   * Decisions on what the text lists (the secretariat's queue): a channel with buttons (Telegram) offers each,
   * and a press comes back as the typed command (InboundMessage.action); the text says how to type them.
   */
  decisions?: readonly Decision[];
  /** A file to send after the text (an exported report, the import template), on channels that send files. */
  file?: OutboundFile;
}

export interface OutboundFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

/** One decision the secretariat can take with a button: on an extension request, or on a completion reported. */
export type Decision =
  | { kind: "approve_extension" | "refuse_extension"; requestId: number; code: string }
  | { kind: "confirm" | "return"; code: string };
