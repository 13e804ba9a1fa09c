import type { ChannelSender } from "../../app/ports.js";
import type { Logger } from "../../infra/logger.js";
import type { Runtime } from "../../composition/runtime.js";
import { loadZcaJs, type PersonalLogin } from "./api.js";
import { startPersonalChannel, type PersonalChannel } from "./channel.js";
import { ConfigError } from "../../config.js";
import { CredentialsError, loadCredentials } from "./credentials.js";

/** The experimental personal-account channel over a running bot (src/main.ts, with ZALO_PERSONAL=1). */
export async function startZaloPersonal(runtime: Runtime, logger: Logger, options: { login?: PersonalLogin; senderFor?: (channel: string) => ChannelSender | undefined } = {}): Promise<PersonalChannel> {
  const { config } = runtime;
  const key = config.secrets.zaloPersonalKey!;
  const file = config.zaloPersonal.credentialsFile;
  const log = logger.child({ channel: "zalo-personal" });
  // Read once now, so that a missing or undecryptable session stops start-up with one line.
  try {
    loadCredentials(file, key);
  } catch (error) {
    if (error instanceof CredentialsError) throw new ConfigError("ZALO_PERSONAL_CREDENTIALS", error.message);
    throw error;
  }
  log.warn("EXPERIMENTAL channel over a personal Zalo account (zca-js): unofficial, against Zalo's terms, the account may be locked");
  const db = runtime.database.db;
  return startPersonalChannel({
    login: options.login ?? (await loadZcaJs()),
    credentials: () => loadCredentials(file, key),
    handleMessage: (message) => runtime.app.handleMessage(message),
    clock: runtime.clock,
    logger: log,
    isGroupChat: async (chatId) => (await db.chatBinding.findUnique({ where: { channel_chatId: { channel: "zalo-personal", chatId } }, select: { isGroup: true } }))?.isGroup ?? false,
    ...(options.senderFor ? { senderFor: options.senderFor } : {}),
  });
}
