/** `import <file>`: not built yet (issue: plans in, reports out). */
export async function importPlan(_args: string[]): Promise<number> {
  console.error("import: not available yet / chưa có");
  return 2;
}
