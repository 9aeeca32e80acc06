import type { Element } from "hast";

import type { Figure } from "../../../model/index.ts";
import { h, numbered } from "./h.ts";

/** The visible label of a figure: `图1-1`. */
export function figureLabel(figure: Figure): string {
  return `图${figure.number}`;
}

/** A figure record as `<figure><figcaption>`; the image is not in the source text. */
export function figureToHast(figure: Figure): Element {
  return h("figure", { className: ["figure"], dataRef: figure.id }, [
    h("figcaption", {}, numbered(figureLabel(figure), figure.caption)),
  ]);
}
