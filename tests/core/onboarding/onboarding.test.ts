import { describe, expect, it } from "vitest";
import {
  accessOf,
  displayInviteCode,
  encodeInviteCode,
  findUnit,
  inviteExpiry,
  inviteState,
  INVITE_CODE_BYTES,
  mayInvite,
  mayRevoke,
  mergeRole,
  normalizeInviteCode,
  parseInviteDays,
  parseInviteRole,
} from "../../../src/core/onboarding/index.js";
import type { Unit } from "../../../src/core/model.js";

const bytes = (fill: (i: number) => number) => Uint8Array.from({ length: INVITE_CODE_BYTES }, (_, i) => fill(i));

describe("invite codes", () => {
  it("turns 15 random bytes into 24 characters a deep link accepts", () => {
    const code = encodeInviteCode(bytes((i) => (i * 37 + 11) & 255));
    expect(code).toMatch(/^[0-9a-z]{24}$/);
    expect(code).not.toMatch(/[ilou]/);
    expect(encodeInviteCode(bytes(() => 0))).toBe("0".repeat(24));
    expect(encodeInviteCode(bytes(() => 255))).toBe("z".repeat(24));
  });

  it("differs for different bytes and refuses a wrong length", () => {
    expect(encodeInviteCode(bytes(() => 1))).not.toBe(encodeInviteCode(bytes(() => 2)));
    expect(() => encodeInviteCode(new Uint8Array(8))).toThrow(RangeError);
  });

  it("reads back what people type or paste", () => {
    const code = encodeInviteCode(bytes((i) => (i * 91 + 7) & 255));
    expect(normalizeInviteCode(code)).toBe(code);
    expect(normalizeInviteCode(displayInviteCode(code))).toBe(code);
    expect(normalizeInviteCode(` ${displayInviteCode(code).toUpperCase()} `)).toBe(code);
    expect(normalizeInviteCode(`https://t.me/nhacviec_bot?start=${code}`)).toBe(code);
    expect(normalizeInviteCode(`https://t.me/nhacviec_bot?startgroup=${code}`)).toBe(code);
    expect(normalizeInviteCode("0".repeat(23) + "O")).toBe("0".repeat(24));
    expect(normalizeInviteCode("1".repeat(23) + "l")).toBe("1".repeat(24));
  });

  it("rejects anything that cannot be a code", () => {
    for (const bad of ["", "abc", "x".repeat(25), "<b>hi</b>", "a".repeat(23) + "u", "'; DROP TABLE Invite; --", "y".repeat(500)]) {
      expect(normalizeInviteCode(bad)).toBeNull();
    }
  });
});

describe("expiry", () => {
  const now = new Date("2023-07-25T01:00:00Z");
  const life = (over: Partial<{ expiresAt: Date; usedAt: Date | null; revokedAt: Date | null }>) => ({
    expiresAt: inviteExpiry(now, 7),
    usedAt: null,
    revokedAt: null,
    ...over,
  });
  it("is usable until the expiry, once", () => {
    expect(inviteExpiry(now, 7).toISOString()).toBe("2023-08-01T01:00:00.000Z");
    expect(inviteState(life({}), now)).toBe("usable");
    expect(inviteState(life({}), new Date("2023-08-01T00:59:59Z"))).toBe("usable");
    expect(inviteState(life({}), new Date("2023-08-01T01:00:00Z"))).toBe("expired");
    expect(inviteState(life({ usedAt: now }), now)).toBe("used");
    expect(inviteState(life({ revokedAt: now, usedAt: now }), now)).toBe("revoked");
  });
  it("takes 1 to 30 days, 7 when not given", () => {
    expect(parseInviteDays(undefined)).toBe(7);
    expect(parseInviteDays("1")).toBe(1);
    expect(parseInviteDays("30")).toBe(30);
    for (const bad of ["0", "31", "-1", "1.5", "abc", ""]) expect(parseInviteDays(bad)).toBeUndefined();
  });
});

describe("who may invite whom", () => {
  it("admins and the operator: anyone; the secretariat: officers, heads and leaders; nobody else", () => {
    for (const role of ["unit_officer", "unit_head", "leader", "secretariat", "admin"] as const) {
      expect(mayInvite("operator", role)).toBe(true);
      expect(mayInvite("admin", role)).toBe(true);
      expect(mayInvite("unit_officer", role)).toBe(false);
      expect(mayInvite("leader", role)).toBe(false);
    }
    expect(mayInvite("secretariat", "unit_officer")).toBe(true);
    expect(mayInvite("secretariat", "unit_head")).toBe(true);
    expect(mayInvite("secretariat", "leader")).toBe(true);
    expect(mayInvite("secretariat", "secretariat")).toBe(false);
    expect(mayInvite("secretariat", "admin")).toBe(false);
  });

  it("revoking follows inviting, and nobody revokes themselves", () => {
    expect(mayRevoke({ id: 1, role: "secretariat" }, { id: 2, role: "unit_officer", isHead: true })).toBe(true);
    expect(mayRevoke({ id: 1, role: "secretariat" }, { id: 2, role: "admin", isHead: false })).toBe(false);
    expect(mayRevoke({ id: 1, role: "secretariat" }, { id: 2, role: "secretariat", isHead: false })).toBe(false);
    expect(mayRevoke({ id: 1, role: "admin" }, { id: 2, role: "admin", isHead: false })).toBe(true);
    expect(mayRevoke({ id: 1, role: "admin" }, { id: 1, role: "admin", isHead: false })).toBe(false);
    expect(mayRevoke({ id: 1, role: "unit_officer" }, { id: 2, role: "unit_officer", isHead: false })).toBe(false);
  });

  it("reads role words in Vietnamese and English", () => {
    expect(parseInviteRole("cán bộ")).toBe("unit_officer");
    expect(parseInviteRole("can-bo")).toBe("unit_officer");
    expect(parseInviteRole("Thủ trưởng")).toBe("unit_head");
    expect(parseInviteRole("lãnh đạo")).toBe("leader");
    expect(parseInviteRole("secretariat")).toBe("secretariat");
    expect(parseInviteRole("quản trị")).toBe("admin");
    expect(parseInviteRole("boss")).toBeUndefined();
  });

  it("a second invite never lowers a role", () => {
    expect(mergeRole("admin", "unit_officer")).toBe("admin");
    expect(mergeRole("unit_officer", "leader")).toBe("leader");
  });
});

describe("access", () => {
  it("members and bound chats are trusted; strangers get public answers only when allowed", () => {
    expect(accessOf({ person: { role: "unit_officer" }, chatBound: false, publicAnswers: false })).toBe("member");
    expect(accessOf({ person: null, chatBound: true, publicAnswers: false })).toBe("bound_chat");
    expect(accessOf({ person: null, chatBound: false, publicAnswers: true })).toBe("public");
    expect(accessOf({ person: null, chatBound: false, publicAnswers: false })).toBe("stranger");
  });
});

describe("finding the unit an inviter names", () => {
  const unit = (id: number, code: string, name: string, shortNames: string[] = []): Unit => ({
    id, code, name, shortNames, aliases: [], kind: "department", parentId: null, validFrom: null, validTo: null, successorId: null,
  });
  const units = [unit(1, "STP", "Sở Tư pháp"), unit(2, "STC", "Sở Tài chính"), unit(3, "SNV", "Sở Nội vụ", ["Nội vụ tỉnh"])];
  it("by code, by name with or without diacritics, or by a unique part", () => {
    expect(findUnit("stp", units)).toMatchObject({ ok: true, unit: { code: "STP" } });
    expect(findUnit("So Tu phap", units)).toMatchObject({ ok: true, unit: { code: "STP" } });
    expect(findUnit("tài chính", units)).toMatchObject({ ok: true, unit: { code: "STC" } });
    expect(findUnit("nội vụ tỉnh", units)).toMatchObject({ ok: true, unit: { code: "SNV" } });
  });
  it("says when it is unknown or could be several", () => {
    expect(findUnit("Sở Y tế", units)).toEqual({ ok: false, reason: "not_found" });
    expect(findUnit("", units)).toEqual({ ok: false, reason: "not_found" });
    const many = findUnit("Sở", units);
    expect(many.ok).toBe(false);
    expect(many.ok === false && many.reason === "ambiguous" && many.options.map((u) => u.code)).toEqual(["STP", "STC", "SNV"]);
  });
});
