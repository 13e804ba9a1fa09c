/**
 * What the bot says, before it is put into words: a Fluent message key and its arguments. Lines that
 * repeat (a task list) are children rendered one per line under the parent.
 */
export type ReplyArg = string | number | Reply | readonly Reply[];
/** An argument may itself be a Reply (or a list of them, joined by commas): put into words first, in the same language. */
export type ReplyArgs = Readonly<Record<string, ReplyArg>>;

export interface Reply {
  key: string;
  args?: ReplyArgs;
  children?: readonly Reply[];
}

export function reply(key: string, args?: ReplyArgs, children?: readonly Reply[]): Reply {
  return { key, ...(args ? { args } : {}), ...(children ? { children } : {}) };
}
