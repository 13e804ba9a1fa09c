import { loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { startRuntime } from "./runtime.js";
import { runConsoleChat } from "./channels/console.js";
import { reportFatal } from "./cli.js";
import { startZalo } from "./channels/zalo/start.js";

/**
 * Composition root: config → logger → database → app → channels. With no platform token configured the
 * bot runs as a console chat on the embedded database, so a fresh clone has something to talk to.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const runtime = await startRuntime(config, logger);
  const running: Array<{ stop(): Promise<void> }> = [];
  const stop = async () => {
    for (const channel of running) await channel.stop().catch(() => undefined);
    await runtime.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  if (config.channels.includes("zalo")) running.push(await startZalo(runtime, logger));
  logger.info({ database: runtime.database.provider, channels: config.channels, asOf: runtime.clock.now().toISOString() }, "ready");
  if (running.length > 0) return new Promise<number>(() => undefined); // runs until SIGINT/SIGTERM
  if (config.channels.length > 0) {
    logger.error({ channels: config.channels }, "chat platform channels are not available in this version yet; starting the console chat");
  }
  await runConsoleChat(runtime);
  await runtime.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(reportFatal(error)),
);
