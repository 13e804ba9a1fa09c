/** An invite's life: usable until its expiry, once. */
export const DEFAULT_INVITE_DAYS = 7;
export const MAX_INVITE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface InviteLife {
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export type InviteState = "usable" | "expired" | "used" | "revoked";

export function inviteState(invite: InviteLife, now: Date): InviteState {
  if (invite.revokedAt) return "revoked";
  if (invite.usedAt) return "used";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  return "usable";
}

export function inviteExpiry(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

/** Validity in whole days, 1 to MAX_INVITE_DAYS, from what was typed; undefined when it is not such a number. */
export function parseInviteDays(text: string | undefined): number | undefined {
  if (text === undefined) return DEFAULT_INVITE_DAYS;
  if (!/^\d{1,3}$/.test(text.trim())) return undefined;
  const days = Number(text.trim());
  return days >= 1 && days <= MAX_INVITE_DAYS ? days : undefined;
}
