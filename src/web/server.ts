import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { TrieRouter } from "hono/router/trie-router";
import type { Logger } from "../infra/logger.js";
import type { Metrics } from "../app/metrics.js";

export interface WebServerOptions {
  host: string;
  port: number;
  logger: Logger;
  /** Named checks behind /readyz (database reachable, migrations applied, channels connected). */
  readiness?: () => Promise<Record<string, boolean>>;
  /** Platform updates are a few kilobytes: a webhook refuses a larger body (413) as it reads it (webhook-route.ts). */
  maxBodyBytes?: number;
  /** A client that sends its headers, or its whole request, slower than this is cut off (slowloris). */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Counts what the webhook routes made of each request. */
  metrics?: Pick<Metrics, "updateReceived">;
  /** /metrics: the Prometheus text, rendered at each scrape (absent: no /metrics route). */
  scrape?: () => Promise<{ contentType: string; body: string }>;
}

export interface WebServer {
  /** Routes are added by the channels as they start, also after `listen` (main.ts listens first). */
  app: Hono;
  /** The largest request body a route reads. */
  maxBodyBytes: number;
  metrics: Pick<Metrics, "updateReceived"> | undefined;
  listen(): Promise<AddressInfo>;
  /** Stops taking connections; open ones are closed once idle. */
  close(): Promise<void>;
}

/**
 * The bot's one web server: the platforms' webhooks (each channel adds its route), /healthz (the process
 * answers), /readyz (it can work) and /metrics (Prometheus). Limits on body size and on slow clients are set here, once.
 */
export function createWebServer(options: WebServerOptions): WebServer {
  // A router that takes routes after the first request: the bot listens before its channels add their webhooks,
  // and Hono's default router refuses a route once it has matched one request ("matcher is already built"),
  // which stopped the bot when a health check or a platform's post came in between.
  const app = new Hono({ router: new TrieRouter() });
  app.get("/healthz", (c) => c.json({ ok: true }));
  app.get("/readyz", async (c) => {
    const checks = (await options.readiness?.().catch(() => ({ checks: false }))) ?? {};
    const ready = Object.values(checks).every(Boolean);
    return c.json({ ok: ready, checks }, ready ? 200 : 503);
  });
  const scrape = options.scrape;
  if (scrape) {
    app.get("/metrics", async (c) => {
      const { contentType, body } = await scrape();
      return c.body(body, 200, { "content-type": contentType });
    });
  }
  app.notFound((c) => c.json({ ok: false, description: "not found" }, 404));
  app.onError((error, c) => {
    options.logger.error({ err: error, path: c.req.path }, "web: request failed");
    return c.json({ ok: false, description: "internal error" }, 500);
  });

  let server: ServerType | undefined;
  return {
    app,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    metrics: options.metrics,
    listen() {
      return new Promise((resolve, reject) => {
        const started = serve(
          {
            fetch: app.fetch,
            hostname: options.host,
            port: options.port,
            serverOptions: { headersTimeout: options.headersTimeoutMs ?? 10_000, requestTimeout: options.requestTimeoutMs ?? 30_000, keepAliveTimeout: 65_000 },
          },
          (info) => resolve(info),
        );
        started.once("error", reject);
        server = started;
      });
    },
    close() {
      return new Promise((resolve) => {
        if (!server) return resolve();
        const closing = server as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
        server.close(() => resolve());
        closing.closeIdleConnections?.();
        // A keep-alive connection busy at this moment would hold the close for its 65 s timeout (and the channels,
        // the quota count and the database behind it): after a short grace, every connection is closed.
        setTimeout(() => closing.closeAllConnections?.(), 2000).unref();
      });
    },
  };
}
