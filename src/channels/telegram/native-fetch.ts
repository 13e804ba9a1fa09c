/**
 * grammY's requests to the Bot API through Node's own fetch (undici) instead of node-fetch 2, grammY's default on Node.
 *
 * Why: on Debian's Node 20.19.2, the base of our image, node-fetch 2 failed every Bot API answer sent in chunks with
 * "Premature close", and the bot stopped at its first call (getMe); Node 20.20.2 read the same answers. The same
 * failure is reported for Node 24.17.0 and 22.23.0, whose security fix leaves a "data" listener on idle kept-alive
 * sockets of an http.Agent, which node-fetch 2 takes for a broken chunked answer (node-fetch#1767, nodejs/node#63989).
 * Node's fetch does not use http.Agent; the image with it reads the same answers (README, Deployment).
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
