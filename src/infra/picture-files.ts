import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, stat, unlink, utimes, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Pictures kept for a while under unguessable names (charts a platform fetches by URL: Zalo's sendPhoto). A file
 * is `<token>.png`, the token 192 random bits (base64url); its modification time is when it was kept, so a restart
 * still knows what has expired. The folder is bounded: expired files go at each keep (and at each sweep), and past
 * `maxFiles` the oldest go first. With several bot processes the folder must be shared (a volume) for any of them
 * to serve a picture another made.
 */
export interface PictureStore {
  /** Keeps a PNG; its token. */
  put(png: Uint8Array): Promise<string>;
  /** The PNG of a token kept less than the time to live ago; null for any other token (expired ones are removed). */
  get(token: string): Promise<Uint8Array | null>;
  /** Removes expired files and the oldest past the bound; how many went. */
  sweep(): Promise<number>;
  /** How long a picture is served, in ms. */
  readonly ttlMs: number;
}

export interface PictureFilesOptions {
  dir: string;
  /** At most a day (the default), as the platforms' links are meant to die soon. */
  ttlMs?: number;
  maxFiles?: number;
  /** Wall time in ms (tests move it). */
  now?: () => number;
}

export const PICTURE_TOKEN = /^[A-Za-z0-9_-]{32}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export function pictureFiles(options: PictureFilesOptions): PictureStore {
  const { dir } = options;
  const ttlMs = Math.min(options.ttlMs ?? DAY_MS, DAY_MS);
  const maxFiles = options.maxFiles ?? 500;
  const now = options.now ?? Date.now;
  const fileOf = (token: string) => path.join(dir, `${token}.png`);

  async function sweep(): Promise<number> {
    const names = await readdir(dir).catch(() => [] as string[]);
    const files = await Promise.all(
      names
        .filter((name) => name.endsWith(".png") && PICTURE_TOKEN.test(name.slice(0, -4)))
        .map(async (name) => ({ name, kept: (await stat(path.join(dir, name)).catch(() => null))?.mtimeMs ?? 0 })),
    );
    const alive = files.filter((f) => now() - f.kept < ttlMs).sort((a, b) => b.kept - a.kept);
    const doomed = [...files.filter((f) => now() - f.kept >= ttlMs), ...alive.slice(maxFiles)];
    await Promise.all(doomed.map((f) => unlink(path.join(dir, f.name)).catch(() => undefined)));
    return doomed.length;
  }

  return {
    ttlMs,
    async put(png) {
      await mkdir(dir, { recursive: true });
      const token = randomBytes(24).toString("base64url");
      const file = fileOf(token);
      await writeFile(file, png, { mode: 0o600 });
      const at = new Date(now());
      await utimes(file, at, at);
      // The new file counts against the bound: the oldest beyond it go now.
      await sweep();
      return token;
    },
    async get(token) {
      if (!PICTURE_TOKEN.test(token)) return null;
      const file = fileOf(token);
      const info = await stat(file).catch(() => null);
      if (!info) return null;
      if (now() - info.mtimeMs >= ttlMs) {
        await unlink(file).catch(() => undefined);
        return null;
      }
      return readFile(file).catch(() => null);
    },
    sweep,
  };
}
