/** The two databases the bot runs on: an embedded SQLite file by default, PostgreSQL for production. */
export type Provider = "sqlite" | "postgresql";

export const PROVIDERS: readonly Provider[] = ["sqlite", "postgresql"];

export function providerOfUrl(url: string): Provider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}
