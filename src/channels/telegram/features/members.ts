import { Composer } from "grammy";
import { formatDate } from "../../../core/format.js";
import { vnDate, vnMinuteOfDay } from "../../../core/local-date.js";
import { DEFAULT_INVITE_DAYS, displayInviteCode, inviteRoleOf, mayManageMembers, parseInviteRole, type InviteRole } from "../../../core/onboarding/index.js";
import type { BotContext, LookupCache } from "../context.js";
import { inviteLinks } from "../deep-link.js";
import { roleName, say } from "./say.js";

/** /toi, and the secretariat's /moi (invites), /thanhvien (members) and /thuhoi (revocation). */
export function membersFeature(cache: LookupCache) {
  const feature = new Composer<BotContext>();

  feature.command("toi", async (ctx) => {
    const { member, binding, t } = ctx.nv;
    const lines: string[] = [];
    if (member?.active) {
      lines.push(t("onboard-whoami", { name: member.name, role: roleName(ctx, inviteRoleOf({ role: member.role, isHead: member.units.some((u) => u.isHead) })) }));
      const units = member.units.map((u) => (u.isHead ? t("onboard-whoami-head", { unit: u.name }) : u.name));
      if (units.length > 0) lines.push(t("onboard-whoami-units", { units: units.join("; ") }));
    } else if (member) {
      lines.push(t("onboard-whoami-revoked", { name: member.name }));
    } else {
      lines.push(t("onboard-whoami-unknown"));
    }
    if (binding) lines.push(t(binding.active ? "onboard-whoami-chat" : "onboard-whoami-chat-inactive", { unit: binding.unitName }));
    if (!member && !binding?.active) lines.push(t("onboard-stranger"));
    return say(ctx, lines.join("\n"));
  });

  feature.command("moi", async (ctx) => {
    const { person, t, deps } = ctx.nv;
    if (ctx.nv.isGroup) return say(ctx, t("onboard-invite-private-only"));
    if (!person) return say(ctx, t("onboard-not-allowed"));
    const { unit, role } = parseInviteArgs(ctx.match);
    if (!unit) return say(ctx, t("onboard-invite-usage"));
    const created = await deps.onboarding.createInvite({ by: person, unit, role, days: deps.inviteDays ?? DEFAULT_INVITE_DAYS });
    if (!created.ok) {
      if (created.reason === "not_allowed") return say(ctx, t(role === "unit_officer" ? "onboard-not-allowed" : "onboard-invite-not-allowed", { role: roleName(ctx, role) }));
      if (created.reason === "unit_ambiguous") return say(ctx, t("onboard-unit-ambiguous", { name: unit, options: created.options.map((u) => `${u.name} (${u.code})`).join("; ") }));
      return say(ctx, t("onboard-unit-not-found", { name: unit }));
    }
    const links = inviteLinks(ctx.me.username, created.code);
    const minutes = vnMinuteOfDay(created.expiresAt);
    const expires = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")} ${formatDate(vnDate(created.expiresAt), ctx.nv.locale)}`;
    return say(ctx, [
      t("onboard-invite-created", { role: roleName(ctx, role), unit: created.unit.name, expires }),
      t("onboard-invite-code", { code: displayInviteCode(created.code) }),
      t("onboard-invite-link", { link: links.link }),
      t("onboard-invite-group-link", { link: links.groupLink, code: created.code }),
      t("onboard-invite-forward"),
    ].join("\n"));
  });

  feature.command("thanhvien", async (ctx) => {
    const { person, t, deps } = ctx.nv;
    if (!person) return say(ctx, t("onboard-not-allowed"));
    const listed = await deps.onboarding.members(person, ctx.match);
    if (!listed.ok) {
      if (listed.reason === "not_allowed") return say(ctx, t("onboard-not-allowed"));
      if (listed.reason === "unit_ambiguous") return say(ctx, t("onboard-unit-ambiguous", { name: listed.query, options: listed.options.map((u) => `${u.name} (${u.code})`).join("; ") }));
      return say(ctx, t("onboard-unit-not-found", { name: listed.query }));
    }
    if (listed.members.length === 0) return say(ctx, t("onboard-members-empty", { unit: listed.unit.name }));
    const lines = listed.members.map((m) => {
      const isHead = m.units.some((u) => u.id === listed.unit.id && u.isHead);
      return t("onboard-members-line", { id: m.id, name: m.name, role: roleName(ctx, inviteRoleOf({ role: m.role, isHead })) });
    });
    return say(ctx, [t("onboard-members-header", { unit: listed.unit.name, count: listed.members.length }), ...lines, t("onboard-members-hint", { id: listed.members[0]!.id })].join("\n"));
  });

  feature.command("thuhoi", async (ctx) => {
    const { person, t, deps } = ctx.nv;
    if (!person || !mayManageMembers(person.role)) return say(ctx, t("onboard-not-allowed"));
    const m = /^#?(\d{1,9})$/.exec(ctx.match.trim());
    if (!m) return say(ctx, t("onboard-revoke-usage"));
    const id = Number(m[1]);
    const revoked = await deps.onboarding.revoke(person, id);
    if (!revoked.ok) return say(ctx, t(revoked.reason === "not_found" ? "onboard-revoke-not-found" : "onboard-revoke-not-allowed", { id }));
    cache.forget();
    return say(ctx, t("onboard-revoked", { name: revoked.member.name }));
  });

  return feature;
}

/** "/moi Sở Tư pháp cán bộ": the role is the last one or two words when they name one, else an officer. */
export function parseInviteArgs(text: string): { unit: string; role: InviteRole } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (const take of [3, 2, 1]) {
    if (words.length <= take) continue;
    const role = parseInviteRole(words.slice(-take).join(" "));
    if (role) return { unit: words.slice(0, -take).join(" "), role };
  }
  return { unit: words.join(" "), role: "unit_officer" };
}
