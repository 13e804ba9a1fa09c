// The platform's side of bench/webhook-burst.ts, in a process of its own (so that its sockets and buffers are
// not counted in the bot's memory): posts every update at once (over `concurrency` connections) and sends a 503
// again after `retryMs`, as Telegram and Zalo do. The job comes as the first IPC message; the counts go back.
import { Agent, request } from "node:http";

const job = await new Promise((resolve) => process.once("message", resolve));
const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
const status = { ok: 0, busy: 0, other: 0, errors: 0 };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function post(body) {
  return new Promise((resolve) => {
    const headers = { "content-type": "application/json", [job.header]: job.secret, "content-length": Buffer.byteLength(body) };
    const req = request({ host: "127.0.0.1", port: job.port, path: job.path, method: "POST", agent, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    });
    req.on("error", () => resolve(0));
    req.end(body);
  });
}

async function deliver(body) {
  for (;;) {
    const code = await post(body);
    if (code === 200) return void status.ok++;
    if (code === 503) status.busy++;
    else if (code === 0) status.errors++;
    else return void status.other++;
    await sleep(job.retryMs);
  }
}

await Promise.all(job.bodies.map((body) => deliver(body)));
agent.destroy();
process.send(status, () => process.exit(0));
