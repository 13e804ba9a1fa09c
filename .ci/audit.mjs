// CI's dependency audit: `npm audit` of the production dependencies against the registry's advisories. High or
// critical advisories fail the run. Where the advisory service cannot be reached (a network that allows only
// package downloads answers its POST with 405, or no network at all), says so in one line and lets the run go
// on: the audit is then owed by a machine that can reach it.
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 120_000 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why = report?.message ?? report?.error?.summary ?? (run.error ? run.error.message : run.stderr.trim().split("\n").at(-1)) ?? "no answer";
  console.log(`npm audit: the advisory service is not reachable from here (${String(why).split("\n")[0]}); dependencies NOT audited`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low advisories in the production dependencies`);
if (serious > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === "high" || v.severity === "critical") console.log(`  ${v.severity}: ${name} ${v.range ?? ""}`);
  }
  process.exit(1);
}
