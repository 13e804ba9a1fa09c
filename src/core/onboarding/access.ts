import type { Role } from "../model.js";

/**
 * What a message may get. Members (onboarded people) and chats bound to a unit get everything their role
 * allows; anyone else gets the public answers when the deployment allows it, else how to get an invite.
 */
export type Access = "member" | "bound_chat" | "public" | "stranger";

export function accessOf(input: { person: { role: Role } | null; chatBound: boolean; publicAnswers: boolean }): Access {
  if (input.person) return "member";
  if (input.chatBound) return "bound_chat";
  return input.publicAnswers ? "public" : "stranger";
}

export function mayAsk(access: Access): boolean {
  return access !== "stranger";
}
