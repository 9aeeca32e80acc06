/**
 * Takes out of Vega's SVG what repeats or draws nothing, so a page with ten charts stays light; the
 * picture is the same. Vega writes the font on every <text>, defaults (opacity 1, translate(0,0)),
 * empty background paths, and ARIA roles on every group: under the root's role="img" all of them are
 * presentational, and the axis labels are English ("X-axis for a discrete scale…"). The data marks keep
 * their aria-label: it is the Chinese description the page's tooltip script shows.
 */

/**
 * Attributes equal to the SVG default (no group sets another stroke width or text anchor), or to nothing at all;
 * aria-hidden is moot inside role="img"; pointer-events="none" of axes and titles is a page style
 * (templates/assets/style.css), a standalone picture has no pointer.
 */
const NO_OPS = [
  / opacity="1"/g,
  / stroke-width="1"/g,
  / text-anchor="start"/g,
  / transform="translate\(0,0\)"/g,
  / aria-hidden="true"/g,
  / pointer-events="none"/g,
];

/** Paths that draw nothing: a zero-size group background, a hidden foreground. */
const EMPTY_PATHS = [
  /<path class="background" d="M0,0h0v0h0Z"\/>/g,
  /<path class="foreground" d="" display="none"\/>/g,
];

/** ARIA of containers, axes, legends and titles: English words, and moot inside role="img". */
const CONTAINER_ARIA = [
  / role="graphics-object" aria-roledescription="[a-z]+ mark container"/g,
  / role="graphics-symbol" aria-roledescription="(?:axis|legend|title|subtitle)" aria-label="[^"]*"/g,
];

/** The most frequent value of an attribute in the SVG, or null when no element has it. */
function mostFrequent(svg: string, attribute: string): string | null {
  const counts = new Map<string, number>();
  for (const m of svg.matchAll(new RegExp(` ${attribute}="([^"]*)"`, "g"))) {
    const value = m[1] ?? "";
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/** `svg` with every ` name="value"` removed. */
function without(svg: string, name: string, value: string): string {
  return svg.split(` ${name}="${value}"`).join("");
}

/**
 * Moves the font to the root <svg>: its `font-family` (given, escaped) and the most frequent font size
 * are set there once and dropped from every element that repeats them; SVG inherits both, so the
 * standalone file and the inline chart look as before. Other sizes (titles, value labels) stay.
 */
export function hoistFont(svg: string, fontFamily: string): string {
  const size = mostFrequent(svg, "font-size");
  let body = without(svg, "font-family", fontFamily);
  if (size !== null) body = without(body, "font-size", size);
  const root = ` font-family="${fontFamily}"${size === null ? "" : ` font-size="${size}"`}`;
  return body.replace(/^<svg([^>]*)>/, (_m, attrs: string) => `<svg${attrs}${root}>`);
}

/** Vega's SVG without no-op attributes, empty paths and container ARIA (see the module comment). */
export function dropNoOps(svg: string): string {
  // Empty paths are matched once their no-op attributes are gone.
  return [...NO_OPS, ...CONTAINER_ARIA, ...EMPTY_PATHS].reduce((out, pattern) => out.replace(pattern, ""), svg);
}
