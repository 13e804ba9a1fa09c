import type { ChannelSender, SendResult } from "../../src/app/ports.js";

export interface SentMessage {
  chatId: string;
  text: string;
}

/**
 * A channel at the edge of the tests: records what it is asked to send and answers ok, or what `answer`
 * decides for a message (a 429, a chat that is gone, a network error).
 */
export class FakeChannel implements ChannelSender {
  readonly sent: SentMessage[] = [];
  readonly attempts: SentMessage[] = [];
  constructor(
    readonly channel = "console",
    private readonly answer: (message: SentMessage, attempt: number) => SendResult | undefined = () => undefined,
  ) {}

  async send(message: { chatId: string; text: string }): Promise<SendResult> {
    const m = { chatId: message.chatId, text: message.text };
    this.attempts.push(m);
    const result = this.answer(m, this.attempts.length);
    if (result && !result.ok) return result;
    this.sent.push(m);
    return { ok: true, externalMessageId: String(this.sent.length) };
  }

  to(chatId: string): string[] {
    return this.sent.filter((m) => m.chatId === chatId).map((m) => m.text);
  }
}
