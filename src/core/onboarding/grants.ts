import type { Role } from "../model.js";
import { fold } from "../vi/index.js";

/**
 * Who may bring whom in. Nobody is trusted by default: a person exists for the bot only through an invite
 * that someone allowed to invite created (or the operator, from the command line, for the first admin).
 */

/** What an invite grants: a role, and for unit officers whether they head the unit (escalations reach them). */
export type InviteRole = "leader" | "secretariat" | "unit_officer" | "unit_head" | "admin";
export const INVITE_ROLES: readonly InviteRole[] = ["unit_officer", "unit_head", "leader", "secretariat", "admin"];

export interface Grant {
  role: Role;
  isHead: boolean;
}

export function grantOf(role: InviteRole): Grant {
  return role === "unit_head" ? { role: "unit_officer", isHead: true } : { role, isHead: false };
}

export function inviteRoleOf(grant: Grant): InviteRole {
  return grant.role === "unit_officer" && grant.isHead ? "unit_head" : grant.role;
}

/** Words people type for a role, folded (no diacritics), Vietnamese and English. */
const ROLE_WORDS: ReadonlyArray<[InviteRole, readonly string[]]> = [
  ["unit_officer", ["unit_officer", "officer", "can bo", "canbo", "can-bo", "chuyen vien", "chuyenvien"]],
  ["unit_head", ["unit_head", "head", "thu truong", "thutruong", "thu-truong", "truong don vi", "lanh dao don vi"]],
  ["leader", ["leader", "lanh dao", "lanhdao", "lanh-dao"]],
  ["secretariat", ["secretariat", "thuong truc", "thuongtruc", "thuong-truc", "van phong thuong truc"]],
  ["admin", ["admin", "quan tri", "quantri", "quan-tri"]],
];

export function parseInviteRole(text: string): InviteRole | undefined {
  const folded = fold(text).trim().replace(/\s+/g, " ");
  return ROLE_WORDS.find(([, words]) => words.includes(folded))?.[0];
}

/**
 * The operator (command line) and admins may invite anyone; the secretariat may invite unit officers and heads
 * of any unit, and leaders; nobody else invites.
 */
export function mayInvite(inviter: Role | "operator", invited: InviteRole): boolean {
  if (inviter === "operator" || inviter === "admin") return true;
  if (inviter === "secretariat") return invited === "unit_officer" || invited === "unit_head" || invited === "leader";
  return false;
}

/** Who may list a unit's members and revoke them. */
export function mayManageMembers(role: Role): boolean {
  return role === "admin" || role === "secretariat";
}

/** Revoking follows inviting: what one may not create, one may not remove; and never oneself. */
export function mayRevoke(actor: { id: number; role: Role }, target: { id: number; role: Role; isHead: boolean }): boolean {
  if (actor.id === target.id) return false;
  return mayInvite(actor.role, inviteRoleOf({ role: target.role, isHead: target.isHead }));
}

/** Leaders receive the digest now (/baocao); so do the secretariat and admins, who prepare it. */
export function mayRequestDigest(role: Role): boolean {
  return role === "leader" || role === "secretariat" || role === "admin";
}

const RANK: Record<Role, number> = { unit_officer: 0, leader: 1, secretariat: 2, admin: 3 };

/** A second invite adds a unit and may raise the role, never lower it (an admin opening an officer's link stays admin). */
export function mergeRole(current: Role, invited: Role): Role {
  return RANK[invited] > RANK[current] ? invited : current;
}

/** Whether a person of this role gets the unit's reminders in their private chat (leaders get the digest instead). */
export function bindsPrivateChat(role: Role): boolean {
  return role !== "leader";
}
