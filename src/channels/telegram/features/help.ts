import type { BotCommand } from "grammy/types";
import type { Locale } from "../../../core/format.js";
import { reply } from "../../../core/reply.js";
import type { Translate } from "../../../infra/i18n.js";
import type { BotContext } from "../context.js";

/** The commands, in the order the menu shows them; each has a description per language (tg-cmd-<name>). */
export const COMMANDS = ["start", "help", "nhiemvu", "quahan", "tiendo", "hoi", "baocao", "choduyet", "xuatbaocao", "maunhap", "moi", "lienket", "toi", "thanhvien", "thuhoi"] as const;

export function commandList(translate: Translate, locale: Locale): BotCommand[] {
  return COMMANDS.map((command) => ({ command, description: translate(locale, reply(`tg-cmd-${command}`)) }));
}

export function helpText(ctx: BotContext): string {
  const { t, deps, locale } = ctx.updateState;
  return [
    t("tg-help-header"),
    ...commandList(deps.translate, locale).map((c) => t("tg-help-line", { command: c.command, description: c.description })),
    "",
    t("tg-help-reminders"),
    t("tg-help-kpi-file"),
    t("tg-help-groups", { bot: ctx.me.username }),
  ].join("\n");
}
