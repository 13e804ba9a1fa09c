import path from "node:path";
import { REPO_ROOT } from "../../db/paths.js";
import { createZaloStore } from "../../db/stores/zalo-store.js";
import { pictureFiles } from "../../infra/picture-files.js";
import type { Logger } from "../../infra/logger.js";
import type { Runtime } from "../../composition/runtime.js";
import { startZaloChannel, type ZaloChannel } from "./channel.js";

/**
 * The Zalo channel over a running bot (src/main.ts calls this when ZALO_BOT_TOKEN is set), with the shared
 * onboarding (invites). `fallback` is the Telegram sender when both channels run; the reminder outbox sends
 * through `channel.sender` (a ChannelSender for "zalo").
 */
export async function startZalo(runtime: Runtime, logger: Logger, extra: Pick<Parameters<typeof startZaloChannel>[0], "fallback" | "web" | "pictures"> = {}): Promise<ZaloChannel> {
  const { config } = runtime;
  return startZaloChannel({
    config: config.zalo,
    token: config.secrets.zaloBotToken!,
    webhookSecret: config.secrets.zaloWebhookSecret,
    app: runtime.app,
    clock: runtime.clock,
    translate: runtime.translate,
    locale: config.defaultLocale,
    logger: logger.child({ channel: "zalo" }),
    store: createZaloStore(runtime.database.db, runtime.database.provider),
    redeem: (code, request) => runtime.onboarding.redeem(code, request),
    metrics: runtime.metrics,
    sendBudget: runtime.sendBudget,
    ...(runtime.updateLedger ? { ledger: runtime.updateLedger("zalo") } : {}),
    channels: runtime.channels,
    // Charts sent by URL in webhook mode, kept a day at most beside the database's default folder.
    pictures: pictureFiles({ dir: path.join(REPO_ROOT, "data", "zalo-pictures") }),
    ...extra,
  });
}
