/** One line rewritten by the number rules (line-rules.ts): each stretch claimed by the first rule that matches it. */
import { LINE_RULES, type LineContext, type LineRule } from "./line-rules.ts";

interface Claim {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const overlaps = (a: Claim, start: number, end: number): boolean => start < a.end && a.start < end;

function claims(line: string, ctx: LineContext, rules: readonly LineRule[]): Claim[] {
  const taken: Claim[] = [];
  for (const rule of rules) {
    if (rule.when && !rule.when(ctx)) continue;
    for (const m of line.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start || taken.some((c) => overlaps(c, start, end))) continue;
      taken.push({ start, end, text: rule.replace ? rule.replace(m, ctx) : m[0] });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The line with its years moved and its quantities changed; everything else as printed. */
export function rewriteLine(line: string, ctx: LineContext, rules: readonly LineRule[] = LINE_RULES): string {
  if (!/\d|[〇零一二三四五六七八九]{4}/.test(line)) return line;
  let out = "";
  let at = 0;
  for (const c of claims(line, ctx, rules)) {
    out += line.slice(at, c.start) + c.text;
    at = c.end;
  }
  return out + line.slice(at);
}
