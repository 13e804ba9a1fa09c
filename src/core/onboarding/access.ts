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

/**
 * Who may act on a task from a reminder's button: a member of the task's lead unit, the secretariat or an
 * admin; or, in a chat bound to the lead unit, anyone there (the task commands then decide on the person).
 */
export function mayActOnTask(input: { person: { role: Role; unitIds: readonly number[] } | null; chatUnitId: number | null; leadUnitId: number }): boolean {
  const { person } = input;
  if (person) {
    if (person.role === "admin" || person.role === "secretariat") return true;
    if (person.unitIds.includes(input.leadUnitId)) return true;
  }
  return input.chatUnitId === input.leadUnitId;
}
