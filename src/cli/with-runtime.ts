import type { Config } from "../config.js";
import type { Logger } from "../infra/logger.js";
import { startRuntime, type Runtime } from "../composition/runtime.js";

/** Runs a command against a started runtime and always closes it. */
export async function withRuntime(config: Config, logger: Logger, run: (runtime: Runtime) => Promise<number>): Promise<number> {
  const runtime = await startRuntime(config, logger);
  try {
    return await run(runtime);
  } finally {
    await runtime.close();
  }
}
