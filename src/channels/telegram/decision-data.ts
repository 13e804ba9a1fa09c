/**
 * The data behind the queue's buttons: "qa:<request>" approve, "qr:<request>" refuse an extension request;
 * "qc:<task code>" confirm, "qt:<task code>" return a completion. At most 64 bytes as Telegram requires; anything
 * else decodes to null. The press is only a proposal: the task commands check who may decide.
 */
import type { Decision } from "../../app/messages.js";

const PATTERN = /^q([arct]):([A-Za-z0-9._-]{1,40})$/;

export function encodeDecision(decision: Decision): string | null {
  const data =
    decision.kind === "approve_extension" ? `qa:${decision.requestId}`
    : decision.kind === "refuse_extension" ? `qr:${decision.requestId}`
    : `${decision.kind === "confirm" ? "qc" : "qt"}:${decision.code}`;
  // A code an imported plan spelled with other characters gets no button; the text says how to type it.
  return decodeDecision(data) ? data : null;
}

export function decodeDecision(data: string | undefined): Decision | null {
  const m = data && data.length <= 64 ? PATTERN.exec(data) : null;
  if (!m) return null;
  const [, kind, value] = m as unknown as [string, string, string];
  if (kind === "a" || kind === "r") {
    if (!/^[1-9]\d{0,14}$/.test(value)) return null;
    return { kind: kind === "a" ? "approve_extension" : "refuse_extension", requestId: Number(value), code: "" };
  }
  return { kind: kind === "c" ? "confirm" : "return", code: value };
}
