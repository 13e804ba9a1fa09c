/** `import --conclusions <file>`: not built yet (issue: plans in, reports out). */
export async function importConclusions(_args: string[]): Promise<number> {
  console.error("import --conclusions: not available yet / chưa có");
  return 2;
}
