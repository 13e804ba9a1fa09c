import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { AbortController as PolyfilledAbortController } from "abort-controller";
import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botApiFetch } from "../../../src/channels/telegram/bot-api-fetch.js";

/**
 * The Bot API through the bot's own client on node:http (src/channels/telegram/bot-api-fetch.ts), against a local server at the network
 * edge that answers in chunks on kept-alive connections, as the tests' fake Bot API does (the answers node-fetch 2
 * failed with "Premature close" on Debian's Node 20.19.2), and one that never answers.
 */
describe("the Bot API through the client on node:http", () => {
  let server: Server;
  let root: string;
  const sockets = new Set<unknown>();
  const lengths: Array<string | undefined> = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      sockets.add(req.socket);
      lengths.push(req.headers["content-length"]);
      if (req.url?.includes("/never")) return; // no answer: only an abort ends the request
      res.writeHead(200, { "content-type": "application/json" });
      // Two chunks, no Content-Length: chunked transfer encoding.
      res.write('{"ok":true,"result":');
      res.end(JSON.stringify({ id: 42, is_bot: true, first_name: "Nhắc việc", username: "nhacviec_bot" }) + "}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("reads chunked answers, call after call on the same kept-alive connection", async () => {
    const api = new Api("1:token", { apiRoot: root, fetch: botApiFetch });
    for (let i = 0; i < 6; i++) expect((await api.getMe()).username).toBe("nhacviec_bot");
    // Six calls, one connection: it is kept alive and reused.
    expect(sockets.size).toBe(1);
    // A JSON payload goes with its length, as node-fetch sent it.
    lengths.length = 0;
    await api.sendMessage(1, "Xin chào");
    expect(Number(lengths[0])).toBe(Buffer.byteLength(JSON.stringify({ chat_id: 1, text: "Xin chào" })));
  });

  it("takes the abort of grammY's polyfilled AbortController", async () => {
    const controller = new PolyfilledAbortController();
    const asked = botApiFetch(`${root}/never`, { signal: controller.signal } as RequestInit);
    setTimeout(() => controller.abort(), 20);
    await expect(asked).rejects.toMatchObject({ name: "AbortError" });
    // A signal already aborted stops the request before it is sent.
    const aborted = new PolyfilledAbortController();
    aborted.abort();
    await expect(botApiFetch(`${root}/never`, { signal: aborted.signal } as RequestInit)).rejects.toMatchObject({ name: "AbortError" });
  });

  it("gives up a call after grammY's timeout", async () => {
    const api = new Api("1:token", { apiRoot: `${root}/never`, fetch: botApiFetch, timeoutSeconds: 1 });
    const started = Date.now();
    await expect(api.getMe()).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
