import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/databases.js";
import { cli } from "../support/processes.js";

/** `npm run invite`: the operator's invites, the way the first admin comes in. */
let tmp: ReturnType<typeof tempDir>;
let env: Record<string, string>;
beforeAll(() => {
  tmp = tempDir();
  env = { DATABASE_URL: `file:${path.join(tmp.dir, "invite.db")}`, NOW: "2023-07-25T08:00:00+07:00" };
});
afterAll(() => tmp.remove());

describe("npm run invite", () => {
  it("prints a code once, with its unit, role and expiry, and the deep link when the bot's name is known", async () => {
    const result = await cli(["invite", "--unit", "Sở Nội vụ", "--role", "admin", "--days", "3"], { env: { ...env, TELEGRAM_BOT_USERNAME: "nhacviec_bot" }, timeoutMs: 60_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Mã mời \/ invite code: [0-9a-z]{4}(-[0-9a-z]{4}){5}$/m);
    expect(result.stdout).toContain("Đơn vị / unit: Sở Nội vụ (SNV)");
    expect(result.stdout).toContain("Vai trò / role: admin");
    expect(result.stdout).toContain("Hết hạn / expires: 08:00 28/7/2023");
    expect(result.stdout).toMatch(/^Mở \/ open: https:\/\/t\.me\/nhacviec_bot\?start=[0-9a-z]{24}$/m);
  });

  it("says what is wrong: no unit, an unknown role, a unit it cannot find or tell apart, bad days", async () => {
    const usage = await cli(["invite", "--role", "admin"], { env, timeoutMs: 60_000 });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("usage: npm run invite");
    const role = await cli(["invite", "--unit", "SNV", "--role", "boss"], { env, timeoutMs: 60_000 });
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('unknown role "boss"');
    const unit = await cli(["invite", "--unit", "Sở Du lịch Mặt Trăng", "--role", "unit_officer"], { env, timeoutMs: 60_000 });
    expect(unit.code).toBe(1);
    expect(unit.stderr).toContain("unit not found");
    const ambiguous = await cli(["invite", "--unit", "Sở", "--role", "unit_officer"], { env, timeoutMs: 60_000 });
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain("Sở Tư pháp (STP)");
    const days = await cli(["invite", "--unit", "SNV", "--role", "admin", "--days", "90"], { env, timeoutMs: 60_000 });
    expect(days.code).toBe(2);
  });
});
