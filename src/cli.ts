import { useQuickWasmCompilation } from "./infra/v8-flags.js";
import { reportFatal, runCli } from "./cli/index.js";

/** Entry point of the commands (`npm run ask`, `seed`, `remind`, …): one file per command in src/cli/. */
useQuickWasmCompilation();
runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(reportFatal(error)),
);
