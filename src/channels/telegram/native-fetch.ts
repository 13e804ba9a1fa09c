/**
 * grammY's requests to the Bot API through Node's own fetch (undici) instead of node-fetch 2, grammY's default on Node.
 *
 * Why: Node's security releases of June 2026 (24.17.0, 22.23.0, and Debian's Node 20.19.2, the base of our image) leave
 * a "data" listener on idle keep-alive sockets of an http.Agent. node-fetch 2 takes a data listener still on the
 * socket when a chunked answer ends for a broken answer and fails it with "Premature close" (node-fetch#1767,
 * nodejs/node#63989): in the image, the bot stopped at its first call (getMe) to an API answering in chunks. Node's
 * fetch does not use http.Agent.
 *
 * grammY hands fetch the signal of its AbortController polyfill, which Node's fetch refuses ("Expected signal to be
 * an instance of AbortSignal"): the abort is passed on to a native controller.
 */
export const nativeFetch = ((url: string | URL, init?: RequestInit & { signal?: unknown }) => {
  const { signal, ...rest } = init ?? {};
  const polyfilled = signal as { aborted?: boolean; addEventListener?: (type: "abort", listener: () => void, options?: { once: boolean }) => void } | null | undefined;
  if (!polyfilled) return fetch(url, rest);
  const controller = new AbortController();
  if (polyfilled.aborted) controller.abort();
  else polyfilled.addEventListener?.("abort", () => controller.abort(), { once: true });
  return fetch(url, { ...rest, signal: controller.signal });
}) as unknown as typeof fetch;
