/**
 * `import`: a plan from .xlsx/.csv/.docx (import-plan.ts), or the tasks proposed by a conclusion notice
 * with `--conclusions` (import-conclusions.ts). Each reads its own options.
 */
export async function run(args: string[]): Promise<number> {
  if (args.includes("--conclusions")) return (await import("./import-conclusions.js")).importConclusions(args);
  return (await import("./import-plan.js")).importPlan(args);
}
