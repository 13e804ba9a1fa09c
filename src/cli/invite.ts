import { displayInviteCode, INVITE_ROLES, parseInviteDays, parseInviteRole } from "../core/onboarding/index.js";
import { formatDate } from "../core/format.js";
import { vnDate, vnMinuteOfDay } from "../core/local-date.js";
import { inviteLinks, lookUpBotUsername } from "../channels/telegram/deep-link.js";
import type { Runtime } from "../composition/runtime.js";

/**
 * `npm run invite -- --unit "<name or code>" --role <role> [--days 7] [--json]`: the operator's invite, which
 * is how the first admin comes in. Prints the code once (only its hash is stored) and, when the bot's
 * username is known (TELEGRAM_BOT_USERNAME, or getMe with TELEGRAM_BOT_TOKEN), the deep links.
 */
export async function inviteCommand(runtime: Runtime, options: { unit?: string; role?: string; days?: string; json?: boolean }): Promise<number> {
  if (!options.unit?.trim() || !options.role) {
    console.error(`usage: npm run invite -- --unit "<đơn vị / unit>" --role <${INVITE_ROLES.join(" | ")}> [--days 7] [--json]`);
    return 2;
  }
  const role = parseInviteRole(options.role);
  if (!role) {
    console.error(`Vai trò không hợp lệ / unknown role "${options.role}": ${INVITE_ROLES.join(", ")}`);
    return 2;
  }
  const days = parseInviteDays(options.days);
  if (days === undefined) {
    console.error("--days: cần số ngày từ 1 đến 30 / expected 1 to 30 days");
    return 2;
  }
  const result = await runtime.onboarding.createInvite({ by: "operator", unit: options.unit, role, days });
  if (!result.ok) {
    if (result.reason === "unit_ambiguous") {
      console.error(`"${result.query}" có thể là / could be: ${result.options.map((u) => `${u.name} (${u.code})`).join("; ")}`);
    } else {
      console.error(`Không tìm thấy đơn vị / unit not found: "${options.unit}"`);
    }
    return 1;
  }
  const { config } = runtime;
  const username =
    config.telegram.botUsername ??
    (config.secrets.telegramBotToken ? await lookUpBotUsername(config.secrets.telegramBotToken, config.telegram.apiRoot) : undefined);
  const links = username ? inviteLinks(username, result.code) : undefined;
  if (options.json) {
    const out = { code: result.code, unit: { code: result.unit.code, name: result.unit.name }, role, expiresAt: result.expiresAt.toISOString(), ...(links ?? {}) };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return 0;
  }
  const minutes = vnMinuteOfDay(result.expiresAt);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  const lines = [
    `Mã mời / invite code: ${displayInviteCode(result.code)}`,
    `Đơn vị / unit: ${result.unit.name} (${result.unit.code})`,
    `Vai trò / role: ${role}`,
    `Hết hạn / expires: ${time} ${formatDate(vnDate(result.expiresAt), "vi")} (giờ Việt Nam), dùng một lần / single use`,
  ];
  if (links) {
    lines.push(`Mở / open: ${links.link}`, `Nhóm / group: ${links.groupLink}  (hoặc / or /lienket ${result.code} trong nhóm / in the group)`);
  } else {
    lines.push("Liên kết / link: đặt TELEGRAM_BOT_USERNAME hoặc TELEGRAM_BOT_TOKEN để in liên kết / set either to print the link");
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
