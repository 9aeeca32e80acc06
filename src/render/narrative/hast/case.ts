import type { Element, ElementContent } from "hast";

import type { Case } from "../../../model/index.ts";
import { h } from "./h.ts";

/** A case region: `<section class="case">` around the case's already converted blocks. */
export function caseToHast(item: Case, children: ElementContent[]): Element {
  return h("section", { className: ["case"], dataRef: item.id }, children);
}
