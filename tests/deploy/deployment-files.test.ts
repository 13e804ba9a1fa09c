// The deployment files (Dockerfile, compose.yaml, the env example, the systemd unit) against today's code: the
// variables they set are ones src/config.ts reads, the entry point is one the build writes, and the health
// check asks /readyz, which the web server answers. Building the images and running compose needs a Docker daemon
// and minutes (done by hand, README "Deployment"); this is what keeps the files from drifting between such runs.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { CONFIG_VARIABLES } from "../../src/config.js";
import { REPO_ROOT } from "../../src/db/paths.js";

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");
/** Node's own, read by Node and libraries, not by the bot's configuration. */
const NODE_OWN = new Set(["NODE_ENV"]);
const unknown = (names: readonly string[]) => names.filter((name) => !CONFIG_VARIABLES.includes(name) && !NODE_OWN.has(name));

/** NAME=value lines, commented-out ones included ("#ZALO_BOT_TOKEN="): uncommenting one must work too. */
const envFileNames = (text: string) => [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!);

describe("deployment files name only variables the bot reads", () => {
  it("src/config.ts lists them (the check below is not vacuous)", () => {
    expect(CONFIG_VARIABLES).toEqual(expect.arrayContaining(["DATABASE_URL", "HTTP_HOST", "HTTP_PORT", "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "ZALO_WEBHOOK_SECRET", "DEMO_DATA"]));
    expect(unknown(["TELEGRAM_TOKEN"])).toEqual(["TELEGRAM_TOKEN"]);
  });

  it("compose.yaml: the bot service's environment", () => {
    const compose = parse(read("compose.yaml")) as { services: Record<string, { environment?: Record<string, string>; env_file?: string }> };
    const bot = compose.services.bot!;
    const names = Object.keys(bot.environment ?? {});
    expect(names).toContain("DATABASE_URL");
    expect(unknown(names)).toEqual([]);
    expect(bot.env_file).toBe("deploy/nhacviec.env");
  });

  it("deploy/nhacviec.env.example (what compose's env_file and the systemd unit's EnvironmentFile start from)", () => {
    const names = envFileNames(read("deploy/nhacviec.env.example"));
    expect(names).toEqual(expect.arrayContaining(["TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET"]));
    expect(unknown(names)).toEqual([]);
  });

  it("the Dockerfile's ENV and the systemd unit's Environment=", () => {
    const dockerfile = read("Dockerfile");
    const env = dockerfile.slice(dockerfile.lastIndexOf("ENV "));
    const dockerNames = [...env.slice(0, env.search(/\n[A-Z]+ /)).matchAll(/([A-Z][A-Z0-9_]*)=/g)].map((m) => m[1]!);
    expect(dockerNames).toEqual(expect.arrayContaining(["HTTP_HOST", "HTTP_PORT", "DEMO_DATA"]));
    expect(unknown(dockerNames)).toEqual([]);
    const unitNames = [...read("deploy/nhacviec.service").matchAll(/^Environment=([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!);
    expect(unknown(unitNames)).toEqual([]);
  });
});

describe("entry point and health", () => {
  it("the image and the unit start the bundle the build writes (src/run.mjs's main entry), with node itself", () => {
    const runMjs = read("src/run.mjs");
    expect(runMjs).toMatch(/const entries = \{ main: "src\/main\.ts", cli: "src\/cli\.ts" \}/);
    expect(read("Dockerfile")).toMatch(/^ENTRYPOINT \["node", "dist\/main\.js"\]$/m);
    expect(read("Dockerfile")).toMatch(/node src\/run\.mjs --build/);
    expect(read("deploy/nhacviec.service")).toMatch(/^ExecStart=\/usr\/bin\/node dist\/main\.js$/m);
  });

  it("the container's health check asks /readyz, which the web server answers, and Caddy waits for it", () => {
    expect(read("Dockerfile")).toMatch(/^HEALTHCHECK[^\n]*\\\n\s*CMD [^\n]*'\/readyz'/m);
    expect(read("src/web/server.ts")).toMatch(/app\.get\("\/readyz"/);
    const compose = parse(read("compose.yaml")) as { services: Record<string, { depends_on?: Record<string, { condition: string }> }> };
    expect(compose.services.caddy!.depends_on).toEqual({ bot: { condition: "service_healthy" } });
  });

  it("migrations are applied at start: the image ships prisma/ (the migrations) and the runtime applies them", () => {
    expect(read("Dockerfile")).toMatch(/^COPY --from=build \/app\/prisma \.\/prisma$/m);
    expect(read("src/composition/runtime.ts")).toMatch(/"migrations applied"/);
  });
});

describe("the images built from Debian's packages stand in for Docker Hub's where compose.yaml uses them", () => {
  type Service = { environment?: Record<string, string>; volumes?: string[]; image?: string };
  const compose = parse(read("compose.yaml")) as { services: Record<string, Service> };

  it("PostgreSQL: the variables compose sets create the database, in the folder compose keeps", () => {
    const entrypoint = read("deploy/offline/postgres-entrypoint.sh");
    for (const name of Object.keys(compose.services.postgres!.environment!)) expect(entrypoint, name).toContain(`\${${name}`);
    const dataFolder = compose.services.postgres!.volumes![0]!.split(":")[1]!;
    expect(read("deploy/offline/postgres.Dockerfile")).toContain(`PGDATA=${dataFolder}`);
    // The health check's command is in the image's PATH.
    expect(read("deploy/offline/postgres.Dockerfile")).toMatch(/ENV PATH=\/usr\/local\/lib\/postgresql-bin:/);
  });

  it("Caddy: the Caddyfile compose mounts is the one it runs, its certificates in the volume compose keeps", () => {
    const mounts = compose.services.caddy!.volumes!.map((volume) => volume.split(":")[1]);
    const dockerfile = read("deploy/offline/caddy.Dockerfile");
    expect(mounts).toContain("/etc/caddy/Caddyfile");
    expect(dockerfile).toContain('"--config", "/etc/caddy/Caddyfile"');
    expect(mounts).toContain("/data");
    expect(dockerfile).toMatch(/XDG_DATA_HOME=\/data/);
  });

  it("compose.yaml takes their names from .env, as the script tags them", () => {
    const script = read("deploy/offline/images.sh");
    expect(compose.services.postgres!.image).toMatch(/^\$\{POSTGRES_IMAGE:-/);
    expect(compose.services.caddy!.image).toMatch(/^\$\{CADDY_IMAGE:-/);
    expect(script).toContain("POSTGRES_IMAGE:-nhacviec/postgres-debian:trixie");
    expect(script).toContain("CADDY_IMAGE:-nhacviec/caddy-debian:trixie");
  });
});
