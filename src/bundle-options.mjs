// How the bot's sources are bundled for Node (src/run.mjs) — and the benchmarks (bench/run.mjs), so that they
// measure the code as the bot runs it. Packages stay external: node_modules is loaded as installed.
export const NODE_BUNDLE = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "error",
};
