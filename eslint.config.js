// ESLint (flat config) with typescript-eslint's recommended rules, run by `npm run lint` and in `npm test`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "src/db/generated/**", "bench/*.built.mjs", "coverage/**", "data/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", setTimeout: "readonly", clearTimeout: "readonly", setInterval: "readonly", clearInterval: "readonly", URL: "readonly", fetch: "readonly", AbortController: "readonly", performance: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", structuredClone: "readonly", setImmediate: "readonly", queueMicrotask: "readonly", globalThis: "readonly" } },
    rules: {
      // Input is cleaned of control characters on purpose (pasted text, platform payloads).
      "no-control-regex": "off",
      // A variable assigned once, after closures that read it were made (a sender the quota notices use).
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      // Unused names are errors, except those a signature must carry ("_args").
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
);
