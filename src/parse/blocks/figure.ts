import { firstChar } from "../text.ts";
import type { BlockHandler } from "./types.ts";

const FIGURE = /^\s*【?\s*图\s*(\d+(?:\s*[-－—.．]\s*\d+)*)\s*】?\s*[：:]?\s*(\S.*?)?\s*$/;

/** Recognises a numbered figure caption: `图 1-1 …`, `图1-4-1`, `图 1-1-4：…`, `【图 5-1-4】…`. */
export function matchFigureCaption(text: string): { number: string; caption: string } | null {
  const first = firstChar(text);
  if (first !== "图" && first !== "【") return null;
  const m = FIGURE.exec(text);
  if (!m || !m[1]) return null;
  const caption = (m[2] ?? "").trim();
  if (/^(所示|中所示|中可见|可见|显示)/.test(caption) || caption.length > 120) return null;
  return { number: m[1].replace(/\s+/g, "").replace(/[－—.．]/g, "-"), caption };
}

/** A figure caption; the image itself is not in the text. */
export const figureHandler: BlockHandler = {
  kind: "figure",
  claim(ctx, index) {
    const line = ctx.lines[index];
    const m = line ? matchFigureCaption(line.text) : null;
    if (!line || !m) return null;
    return { blocks: [{ kind: "figure", line: line.no, number: m.number, caption: m.caption }], next: index + 1 };
  },
};
