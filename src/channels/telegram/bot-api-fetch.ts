import http from "node:http";
import https from "node:https";
import { Readable } from "node:stream";

/**
 * The `fetch` grammY calls the Bot API with, on `node:http`: grammY needs no more of fetch than
 * `fetch(url, { method, headers, body, signal }).then((response) => response.json())`.
 *
 * Why not grammY's default, node-fetch 2: on Debian's Node 20.19.2, the base of our image, it failed every answer sent
 * in chunks with "Premature close" and the bot stopped at its first call (getMe); Node 20.20.2 read the same answers.
 * The same failure is reported for Node 24.17.0 and 22.23.0, whose security fix leaves a "data" listener on idle
 * kept-alive sockets, which node-fetch 2 takes for a broken chunked answer (node-fetch#1767, nodejs/node#63989).
 * Why not Node's own fetch, which reads them too: it cost about 1,3 ms more CPU a question than node-fetch in
 * bench:scale (README), where this costs what node-fetch did.
 */
type Body = string | Uint8Array | Readable | AsyncIterable<Uint8Array> | undefined | null;
interface BotApiRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: Body;
  /** grammY's signal: a polyfilled AbortSignal on Node, which only needs `aborted` and an "abort" listener here. */
  signal?: { aborted?: boolean; addEventListener?: (type: "abort", listener: () => void, options?: { once: boolean }) => void; removeEventListener?: (type: "abort", listener: () => void) => void } | null;
}
interface BotApiResponse {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
  text(): Promise<string>;
}

/** Kept-alive connections, one pool per protocol, as node-fetch's agents were. */
const AGENTS = { "http:": new http.Agent({ keepAlive: true }), "https:": new https.Agent({ keepAlive: true }) };

function abortError(): Error {
  const error = new Error("The operation was aborted");
  error.name = "AbortError";
  return error;
}

function requestBotApi(url: string | URL, init: BotApiRequest = {}): Promise<BotApiResponse> {
  const target = new URL(String(url));
  const secure = target.protocol === "https:";
  return new Promise<BotApiResponse>((resolve, reject) => {
    if (init.signal?.aborted) return reject(abortError());
    const body = init.body;
    // A JSON body goes with its length, as node-fetch sent it; a multipart upload is streamed in chunks.
    const sized = typeof body === "string" || body instanceof Uint8Array;
    const headers = { ...init.headers, ...(sized ? { "content-length": String(Buffer.byteLength(body)) } : {}) };
    const request = (secure ? https : http).request(target, { method: init.method ?? "GET", headers, agent: secure ? AGENTS["https:"] : AGENTS["http:"] }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", fail);
      response.on("end", () => {
        done();
        const text = Buffer.concat(chunks).toString("utf8");
        const status = response.statusCode ?? 0;
        resolve({ ok: status >= 200 && status < 300, status, text: async () => text, json: async () => JSON.parse(text) as unknown });
      });
    });
    const onAbort = () => request.destroy(abortError());
    const done = () => init.signal?.removeEventListener?.("abort", onAbort);
    function fail(error: Error) {
      done();
      reject(error);
    }
    init.signal?.addEventListener?.("abort", onAbort, { once: true });
    request.on("error", fail);
    if (body === undefined || body === null) request.end();
    else if (sized) request.end(body);
    else {
      // A multipart upload (grammY streams files): an error reading it ends the request.
      const stream = body instanceof Readable ? body : Readable.from(body);
      stream.on("error", (error) => request.destroy(error));
      stream.pipe(request);
    }
  });
}

/** grammY types its `fetch` option as the whole WHATWG fetch; it uses only what BotApiRequest and BotApiResponse hold. */
export const botApiFetch = requestBotApi as unknown as typeof fetch;
