import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PersonalCredentials } from "./api.js";

/**
 * The personal account's session (cookies that are as good as the password) is stored encrypted at rest:
 * AES-256-GCM with a key derived by scrypt from ZALO_PERSONAL_KEY and a random salt, in a file only its owner
 * may read. A wrong key or a changed file fails authentication; nothing is ever decrypted "partly".
 */
const VERSION = 1;

interface Sealed {
  v: number;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

export class CredentialsError extends Error {
  override readonly name = "CredentialsError";
}

function keyFrom(secret: string, salt: Buffer): Buffer {
  return scryptSync(secret, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

export function sealCredentials(credentials: PersonalCredentials, secret: string): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret, salt), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(credentials), "utf8"), cipher.final()]);
  const sealed: Sealed = { v: VERSION, salt: salt.toString("base64"), iv: iv.toString("base64"), tag: cipher.getAuthTag().toString("base64"), data: data.toString("base64") };
  return JSON.stringify(sealed);
}

export function openCredentials(text: string, secret: string): PersonalCredentials {
  let sealed: Sealed;
  try {
    sealed = JSON.parse(text) as Sealed;
  } catch {
    throw new CredentialsError("tệp phiên đăng nhập hỏng / the session file is damaged");
  }
  if (sealed.v !== VERSION) throw new CredentialsError(`phiên bản tệp không hỗ trợ / unsupported session file version ${String(sealed.v)}`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret, Buffer.from(sealed.salt, "base64")), Buffer.from(sealed.iv, "base64"));
    decipher.setAuthTag(Buffer.from(sealed.tag, "base64"));
    const plain = Buffer.concat([decipher.update(Buffer.from(sealed.data, "base64")), decipher.final()]);
    return JSON.parse(plain.toString("utf8")) as PersonalCredentials;
  } catch {
    throw new CredentialsError("không giải mã được phiên đăng nhập (sai ZALO_PERSONAL_KEY hoặc tệp bị sửa) / cannot decrypt the session (wrong ZALO_PERSONAL_KEY or a changed file)");
  }
}

/** Written under a temporary name and renamed, readable by the owner only. */
export function saveCredentials(file: string, credentials: PersonalCredentials, secret: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, sealCredentials(credentials, secret), { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

export function loadCredentials(file: string, secret: string): PersonalCredentials {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new CredentialsError(`chưa đăng nhập: chạy npm run zalo:login / not logged in: run npm run zalo:login (${file})`);
  }
  return openCredentials(text, secret);
}
