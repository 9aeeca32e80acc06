import { displayWidth } from "../../lib/text.ts";

/** A header word and whether it stood alone on its line (a fragment of a cell broken over lines). */
export interface HeaderToken {
  text: string;
  alone: boolean;
}

/** Header rows and the names they give, plus a row label found above the data. */
export interface TokenHeader {
  readonly rows: string[][];
  readonly columns: string[];
  /** A one-word line right above the data that labels the rows (`专业名称`), or null. */
  readonly rowLabel: string | null;
}

const OPENS_BRACKET = /^[（(［[]/;

/** Glues two fragments of one header cell: no space unless both sides are Latin/digits. */
export function glue(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/** Words of the header lines; a line that opens with a bracket (`（人）`) finishes the cell above. */
export function headerTokens(lines: readonly (readonly string[])[]): HeaderToken[] {
  const out: HeaderToken[] = [];
  for (const words of lines) {
    const last = out[out.length - 1];
    if (words.length === 1 && last && OPENS_BRACKET.test(words[0] ?? "")) last.text = glue(last.text, words[0] ?? "");
    else out.push(...words.map((text) => ({ text, alone: words.length === 1 })));
  }
  return out;
}

/**
 * Reads a two-level header printed one cell per line: the sub-labels repeat
 * (`数量（人） 比例（%）` four times), which tells how many columns each group
 * spans; the words before them are the standalone columns and the group labels.
 */
export function periodicHeader(tokens: readonly HeaderToken[], width: number): string[][] | null {
  const words = tokens.map((t) => t.text);
  const n = words.length;
  for (let p = 1; p * 2 <= width; p++) {
    for (let r = Math.min(Math.floor(n / p), Math.floor(width / p)); r >= 2; r--) {
      const rows = tryPeriod(words, width, p, r);
      if (rows) return rows;
    }
  }
  return null;
}

/** The two header rows for sub-label period `p` repeated `r` times, or null when the words do not fit. */
function tryPeriod(words: readonly string[], width: number, p: number, r: number): string[][] | null {
  const n = words.length;
  const subs = words.slice(n - p * r);
  if (!subs.every((w, k) => w === subs[k % p])) return null;
  const standalone = width - p * r;
  const groupWords = n - standalone - p * r;
  if (standalone < 0 || groupWords < r || groupWords % r !== 0) return null;
  const per = groupWords / r;
  const groups = Array.from({ length: r }, (_, g) =>
    words.slice(standalone + g * per, standalone + (g + 1) * per).reduce(glue),
  );
  const top = [...words.slice(0, standalone), ...groups.flatMap((g) => [g, ...Array<string>(p - 1).fill("")])];
  return [top, [...Array<string>(standalone).fill(""), ...subs]];
}

/**
 * Merges fragments of cells broken over lines until `width` words remain:
 * each step glues the pair of lone-line words whose second part is shortest
 * (a wrapped tail such as `3+2` is shorter than a cell of its own).
 */
export function mergeFragments(tokens: readonly HeaderToken[], width: number): string[] {
  const work = tokens.map((t) => ({ ...t }));
  while (work.length > width) {
    let best = -1;
    for (let k = 0; k + 1 < work.length; k++) {
      const a = work[k];
      const b = work[k + 1];
      if (!a?.alone || !b?.alone) continue;
      if (best < 0 || displayWidth(b.text) < displayWidth(work[best + 1]?.text ?? "")) best = k;
    }
    if (best < 0) break;
    const [a, b] = work.splice(best, 2);
    work.splice(best, 0, { text: glue(a?.text ?? "", b?.text ?? ""), alone: false });
  }
  return work.map((t) => t.text);
}
