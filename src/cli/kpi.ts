/** `kpi <set|extract|import> …`: not built yet (issue: KPIs over time). */
export async function run(_args: string[]): Promise<number> {
  console.error("kpi: not available yet / chưa có");
  return 2;
}
