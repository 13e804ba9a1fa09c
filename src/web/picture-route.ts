import type { PictureStore } from "../infra/picture-files.js";
import type { WebServer } from "./server.js";

/**
 * Serves kept pictures at `<prefix>/<token>.png` on the bot's one web server (a platform that takes a photo by URL
 * fetches it there). Anything else under the prefix — a wrong token, an expired one, another name — is the same
 * 404 as any unknown path, so that nothing tells a guess from a picture that was.
 */
export function addPictureRoute(web: Pick<WebServer, "app">, prefix: string, store: Pick<PictureStore, "get">): void {
  web.app.get(`${prefix.replace(/\/+$/, "")}/:file`, async (c) => {
    const file = c.req.param("file");
    const png = file.endsWith(".png") ? await store.get(file.slice(0, -4)) : null;
    if (!png) return c.json({ ok: false, description: "not found" }, 404);
    return c.body(new Uint8Array(png), 200, {
      "content-type": "image/png",
      // No copy may outlive the link: whoever shows it again fetches it again (and gets 404 once it expired).
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
  });
}
