import type { OutboundFile } from "../../app/messages.js";
import type { Logger } from "../../infra/logger.js";
import type { PictureStore } from "../../infra/picture-files.js";
import { addPictureRoute } from "../../web/picture-route.js";
import type { WebServer } from "../../web/server.js";
import { describeError } from "./errors.js";

/** An hour between sweeps of the pictures folder (each keep sweeps too). */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * Zalo takes a photo by URL only: pictures are served from the bot's own public address, beside the webhook
 * (`https://<host>/zalo/hook` → `https://<host>/zalo/charts/<token>.png`, under the same published prefix), for a
 * day at most. Webhook mode only: in polling mode the bot has no public address.
 */
export function servePictures(web: Pick<WebServer, "app">, store: PictureStore, webhookUrl: string, logger: Logger): { publish(file: OutboundFile): Promise<string>; stop(): void } {
  const base = new URL("charts/", webhookUrl);
  addPictureRoute(web, base.pathname, store);
  const sweep = () => void store.sweep().catch((error: unknown) => logger.warn({ error: describeError(error) }, "zalo: pictures folder not swept"));
  sweep();
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  return {
    publish: async (file) => new URL(`${await store.put(file.bytes)}.png`, base).href,
    stop: () => clearInterval(timer),
  };
}
