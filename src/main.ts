import { loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { startRuntime } from "./runtime.js";
import { runConsoleChat } from "./channels/console.js";
import { reportFatal } from "./cli.js";

/**
 * Composition root: config → logger → database → app → channels. With no platform token configured the
 * bot runs as a console chat on the embedded database, so a fresh clone has something to talk to.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const runtime = await startRuntime(config, logger);
  const stop = async () => {
    await runtime.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  logger.info({ database: runtime.database.provider, channels: config.channels, asOf: runtime.clock.now().toISOString() }, "ready");
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
