// The load generator of bench/zalo.ts, in a worker thread so that the bot's thread has its core to itself.
// Plain JavaScript: a worker starts without the TypeScript loader. Posts the given bodies over `concurrency`
// keep-alive connections; reports when each request started (performance.timeOrigin + now, comparable across
// threads) and how long the webhook took to answer.
import { Agent, request } from "node:http";
import { parentPort, workerData } from "node:worker_threads";

const job = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency, noDelay: true });
const startedAt = {};
const acks = [];
let next = 0;
let failures = 0;

function post(i) {
  const body = job.bodies[i];
  return new Promise((resolve) => {
    const t0 = performance.now();
    startedAt[job.chats[i]] = performance.timeOrigin + t0;
    const headers = { "content-type": "application/json", [job.header]: job.secret, "content-length": Buffer.byteLength(body) };
    const req = request({ host: "127.0.0.1", port: job.port, path: job.path, method: "POST", agent, headers }, (res) => {
      res.resume();
      res.on("end", () => {
        if (res.statusCode !== 200) failures++;
        acks.push(performance.now() - t0);
        resolve();
      });
    });
    req.on("error", () => {
      failures++;
      resolve();
    });
    req.end(body);
  });
}

await Promise.all(
  Array.from({ length: job.concurrency }, async () => {
    while (next < job.bodies.length) await post(next++);
  }),
);
agent.destroy();
parentPort.postMessage({ startedAt, acks, failures });
