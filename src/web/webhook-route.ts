import type { Hono } from "hono";
import type { Logger } from "../infra/logger.js";
import { secretMatches } from "./secret.js";

/** What a channel's intake made of a webhook body: queued (or known, or of no interest) → 200; busy → 503; invalid → 400. */
export type IntakeOutcome = "queued" | "duplicate" | "ignored" | "busy" | { invalid: string };

export interface WebhookRoute {
  /** The channel, for the logs. */
  channel: string;
  /** The path the platform posts to (the path of the webhook URL given to it). */
  path: string;
  /** The header carrying the secret the platform was given ("X-Telegram-Bot-Api-Secret-Token", "X-Bot-Api-Secret-Token"). */
  secretHeader: string;
  secret: string;
  /** Checks and queues the update at once: the answer goes out before it is handled (platforms retry slow answers). */
  accept(body: unknown): IntakeOutcome;
}

/**
 * A platform's webhook on the one web server, with one behaviour for every channel: 401 without the right
 * secret (missing or wrong alike, logged apart), 400 for a body that is not JSON or not an update, 503 when
 * the bot has too many updates in hand (the platform sends it again later), 200 otherwise.
 */
export function addWebhookRoute(app: Hono, route: WebhookRoute, logger: Logger): void {
  app.post(route.path, async (c) => {
    const header = c.req.header(route.secretHeader);
    if (!secretMatches(header, route.secret)) {
      logger.warn({ channel: route.channel, header: header === undefined ? "missing" : "wrong" }, "webhook: secret token refused");
      return c.json({ ok: false, description: "unauthorized" }, 401);
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ ok: false, description: "body is not JSON" }, 400);
    }
    const outcome = route.accept(body);
    if (typeof outcome === "object") return c.json({ ok: false, description: outcome.invalid }, 400);
    if (outcome === "busy") return c.json({ ok: false, description: "busy" }, 503);
    return c.json({ ok: true }, 200);
  });
}
