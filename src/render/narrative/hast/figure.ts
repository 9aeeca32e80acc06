import type { Element } from "hast";

import type { Figure } from "../../../model/index.ts";
import { h, numbered, t } from "./h.ts";

/** The visible label of a figure: `图1-1`. */
export function figureLabel(figure: Figure): string {
  return `图${figure.number}`;
}

/** Said where each figure stands: the reader sees a caption, and must not look for a picture. */
export const FIGURE_NOTE = "原报告此处为图片，文本中无图像。";

/** A figure record as `<figure><figcaption>` and a note that the image is not in the source text. */
export function figureToHast(figure: Figure): Element {
  return h("figure", { className: ["figure"], dataRef: figure.id }, [
    h("figcaption", {}, numbered(figureLabel(figure), figure.caption)),
    h("p", { className: ["note"] }, [t(FIGURE_NOTE)]),
  ]);
}
