/**
 * Spec → static SVG at build time, without canvas: Vega's text-width estimate is replaced with a
 * CJK-aware one, and the SVG gets role="img", <title>, <desc>, a fixed font list and stable ids.
 */
import * as vega from "vega";
import type { TopLevelSpec } from "vega-lite";

import { escapeHtml } from "../../lib/html.ts";
import { isWide } from "../../lib/text.ts";
import { compileSpec } from "./compile.ts";
import { specHash } from "./hash.ts";
import { dropNoOps, hoistFont } from "./svg-slim.ts";
import { FONT_FAMILY } from "./theme.ts";

/** Wide characters (CJK ideographs, kana, hangul, full-width forms) are about one em wide. */
const WIDE_EM = 1;
const NARROW_EM = 0.6;

/** Estimated width in px of a text at a font size: ≈1 em per CJK/full-width character, ≈0.6 em otherwise. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += isWide(ch) ? WIDE_EM : NARROW_EM;
  return Math.ceil(ems * fontSize);
}

interface TextItem {
  readonly fontSize?: number | string;
  readonly limit?: number;
}

/** Vega's textMetrics is not in its typings; it is the object the renderer measures text with. */
const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;

/** Replaces Vega's 0.8 em-per-character estimate (too narrow for Chinese) for every later render. */
export function useCjkTextMetrics(): void {
  metrics.width = (item, text) => {
    const size = item.fontSize != null ? +item.fontSize || 0 : 11;
    const value = text == null ? "" : String(text).trim();
    return estimateTextWidth(value, size);
  };
}

/** The spec's title as text (a string, or `{text}`), and its description. */
export function titleText(spec: TopLevelSpec): string {
  const title = spec.title;
  if (typeof title === "string") return title;
  if (title && typeof title === "object" && "text" in title) {
    return Array.isArray(title.text) ? title.text.join(" ") : String(title.text);
  }
  return "";
}

/**
 * Makes Vega's SVG accessible, light and stable: role="img" with aria-labelledby, <title>/<desc> first,
 * the font (a list with Chinese fonts) set once on the root instead of on every text, no-op attributes
 * and container ARIA dropped (svg-slim.ts), and ids renumbered in order of appearance (Vega's clip ids count
 * up across renders in one process, which would make the bytes depend on build order).
 */
export function finishSvg(svg: string, title: string, description: string, prefix: string): string {
  const ids = new Map<string, string>();
  const renumbered = svg.replace(/\bid="([^"]+)"/g, (_m, id: string) => {
    if (!ids.has(id)) ids.set(id, `${prefix}-${id.replace(/\d+$/, "")}${ids.size + 1}`);
    return `id="${ids.get(id)}"`;
  });
  let out = renumbered;
  for (const [from, to] of ids) out = out.split(`url(#${from})`).join(`url(#${to})`);
  const head = `<title id="${prefix}-title">${escapeHtml(title)}</title><desc id="${prefix}-desc">${escapeHtml(description)}</desc>`;
  const slim = hoistFont(dropNoOps(out), escapeHtml(FONT_FAMILY));
  return slim.replace(/^<svg([^>]*)>/, (_m, attrs: string) => {
    const clean = attrs.replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, "");
    const aria = `role="img" aria-labelledby="${prefix}-title ${prefix}-desc"`;
    return `<svg${clean} ${aria}>${head}`;
  });
}

/** `chart-<8 hex>` from the spec's SHA-256: ids unique among the charts of one page, and stable. */
export function idPrefix(spec: TopLevelSpec): string {
  return `chart-${specHash(spec).slice(0, 8)}`;
}

/** Renders a Vega-Lite spec to an SVG string (no canvas, no network; the view is finalized). */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  useCjkTextMetrics();
  const { vega: compiled } = compileSpec(spec);
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    return finishSvg(svg, titleText(spec), spec.description ?? "", idPrefix(spec));
  } finally {
    view.finalize();
  }
}
