import type { Element, ElementContent, Properties, Text } from "hast";

/** A hast element; a tiny stand-in for hastscript, which is not a dependency. */
export function h(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: "element", tagName, properties, children };
}

/** A hast text node (escaped by the serializer). */
export function t(value: string): Text {
  return { type: "text", value };
}

/** `[number] title` as hast: the number in a `span.num` the anchors plugin turns into a self-link. */
export function numbered(label: string, title: string): ElementContent[] {
  return [h("span", { className: ["num"] }, [t(label)]), t(` ${title}`)];
}
