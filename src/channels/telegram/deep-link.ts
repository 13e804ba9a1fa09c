import { Api } from "grammy";
import { botApiFetch } from "./bot-api-fetch.js";

/** Links that open an invite: in a private chat (`start`), or by adding the bot to a group (`startgroup`). */
export function inviteLinks(botUsername: string, code: string): { link: string; groupLink: string } {
  const base = `https://t.me/${encodeURIComponent(botUsername)}`;
  return { link: `${base}?start=${code}`, groupLink: `${base}?startgroup=${code}` };
}

/** The bot's username from the Bot API (getMe), or undefined when the server cannot be reached in time. */
export async function lookUpBotUsername(token: string, apiRoot: string, timeoutSeconds = 5): Promise<string | undefined> {
  const api = new Api(token, { apiRoot, timeoutSeconds, fetch: botApiFetch });
  try {
    return (await api.getMe()).username;
  } catch {
    return undefined;
  }
}
