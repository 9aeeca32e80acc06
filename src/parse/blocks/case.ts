import { isBlank, squash } from "../../lib/text.ts";
import { firstChar } from "../text.ts";
import type { BlockHandler } from "./types.ts";

const BRACKETED = /^\s*【\s*(案例分享|典型案例|案例|典型)\s*(\d+(?:\s*[-－—.．]\s*\d+)*)?\s*】\s*[：:]?\s*(.*?)\s*$/;
const PLAIN = /^\s*(案例)\s*(\d+(?:\s*[-－—]\s*\d+)+)\s*[：:]?\s*(\S.*?)\s*$/;
/** `案例1：标题` — a single number needs the colon, or prose such as "案例1个" would match. */
const PLAIN_SINGLE = /^\s*(案例)\s*(\d+)\s*[：:]\s*(\S.*?)\s*$/;

export interface CaseMarker {
  readonly label: string;
  readonly number: string | null;
  readonly title: string;
}

/** Recognises a case marker: 【案例 2-1】, 【案例2-1】, 案例 2-1 标题, 【案例分享】, 【典型 6-1-3】. */
export function matchCaseMarker(text: string): CaseMarker | null {
  const first = firstChar(text);
  if (first !== "【" && first !== "案") return null;
  const m = BRACKETED.exec(text) ?? PLAIN.exec(text) ?? PLAIN_SINGLE.exec(text);
  if (!m || !m[1]) return null;
  const number = m[2] ? m[2].replace(/\s+/g, "").replace(/[－—.．]/g, "-") : null;
  return { label: m[1], number, title: (m[3] ?? "").trim() };
}

/** A case marker line; a marker alone on its line takes its title from the next short line. */
export const caseHandler: BlockHandler = {
  kind: "case",
  claim(ctx, index) {
    const line = ctx.lines[index];
    const m = line ? matchCaseMarker(line.text) : null;
    if (!line || !m) return null;
    let title = m.title;
    const lines = [line.no];
    let next = index + 1;
    if (title === "") {
      let j = index + 1;
      while (j < ctx.lines.length && isBlank(ctx.lines[j]?.text ?? "")) j++;
      const cand = ctx.lines[j];
      if (cand && !ctx.isBoundary(j) && squash(cand.text).length <= 50) {
        title = cand.text.trim();
        lines.push(cand.no);
        next = j + 1;
      }
    }
    return { blocks: [{ kind: "case", line: line.no, lines, number: m.number, label: m.label, title }], next };
  },
};
