import { readFileSync } from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import type { Locale } from "../core/format.js";
import type { Reply, ReplyArg } from "../core/reply.js";
import { LOCALES_DIR } from "../db/paths.js";

export type Translate = (locale: Locale, reply: Reply) => string;

export const LOCALES: readonly Locale[] = ["vi", "en"];

export function loadBundles(dir = LOCALES_DIR): Map<Locale, FluentBundle> {
  const bundles = new Map<Locale, FluentBundle>();
  for (const locale of LOCALES) {
    // Isolation marks would show up as stray characters in Telegram and Zalo.
    const bundle = new FluentBundle(locale === "vi" ? "vi-VN" : "en-GB", { useIsolating: false });
    const errors = bundle.addResource(new FluentResource(readFileSync(path.join(dir, `${locale}.ftl`), "utf8")));
    if (errors.length > 0) throw new Error(`locales/${locale}.ftl: ${errors[0]!.message}`);
    bundles.set(locale, bundle);
  }
  return bundles;
}

/** Renders replies; a key missing in a locale falls back to Vietnamese, the language every key has. */
export function createTranslator(bundles = loadBundles()): Translate {
  const vietnamese = bundles.get("vi")!;
  // Every answer goes through here, a task list with a line per task: plain loops, no intermediate arrays.
  const render = (locale: Locale, r: Reply): string => {
    const own = bundles.get(locale);
    const bundle = own?.hasMessage(r.key) ? own : vietnamese;
    const message = bundle.getMessage(r.key);
    if (!message?.value) throw new Error(`missing message ${r.key}`);
    let args: Record<string, string | number> | undefined;
    if (r.args) {
      args = {};
      for (const name in r.args) args[name] = renderArg(locale, r.args[name]!);
    }
    const errors: Error[] = [];
    let text = bundle.formatPattern(message.value, args, errors);
    if (errors.length > 0) throw new Error(`message ${r.key}: ${errors[0]!.message}`);
    for (const child of r.children ?? []) {
      const line = render(locale, child);
      if (line.length > 0) text = text.length > 0 ? `${text}\n${line}` : line;
    }
    return text;
  };
  const renderArg = (locale: Locale, value: ReplyArg): string | number =>
    Array.isArray(value) ? value.map((v: Reply) => render(locale, v)).join(", ") : typeof value === "object" ? render(locale, value as Reply) : (value as string | number);
  return render;
}
