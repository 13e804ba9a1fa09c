import { runConsoleChat } from "../channels/console.js";
import type { Config } from "../config.js";
import type { Logger } from "../infra/logger.js";
import { withRuntime } from "./with-runtime.js";

/** `chat`: the console chat on the configured database, without starting any platform channel. */
export function chat(config: Config, logger: Logger): Promise<number> {
  return withRuntime(config, logger, async (runtime) => {
    await runConsoleChat(runtime, process.stdin, process.stdout, { logFile: config.logFile });
    return 0;
  });
}
