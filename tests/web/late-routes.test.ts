import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createWebServer, type WebServer } from "../../src/web/server.js";
import { addWebhookRoute } from "../../src/web/webhook-route.js";

/**
 * The bot listens before its channels add their webhook routes (src/main.ts): a request in between — a health
 * check, a platform's post — gets its answer (404 for the webhook, which the platform sends again), and the
 * route added after it works. Hono's default router stopped the bot there ("matcher is already built").
 */
let web: WebServer | undefined;
afterEach(async () => web?.close());

describe("routes added after the server has answered", () => {
  it("a webhook posted before its route exists gets 404; once added, it is taken", async () => {
    web = createWebServer({ host: "127.0.0.1", port: 0, logger: pino({ level: "silent" }), readiness: async () => ({ database: true }) });
    const base = `http://127.0.0.1:${(await web.listen()).port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await fetch(`${base}/telegram/hook`, { method: "POST", body: "{}" })).status).toBe(404);
    const taken: unknown[] = [];
    addWebhookRoute(web, { channel: "telegram", path: "/telegram/hook", secretHeader: "x-secret", secret: "s3cret-s3cret-s3cret", accept: (body) => (taken.push(body), "queued") }, pino({ level: "silent" }));
    const res = await fetch(`${base}/telegram/hook`, { method: "POST", headers: { "x-secret": "s3cret-s3cret-s3cret", "content-type": "application/json" }, body: JSON.stringify({ update_id: 1 }) });
    expect(res.status).toBe(200);
    expect(taken).toEqual([{ update_id: 1 }]);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
