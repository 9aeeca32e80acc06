import type { Element, Root } from "hast";

/** Calls `fn` on every element below `node`, depth first in document order, with its parent. */
function eachElement(node: Root | Element, fn: (el: Element, parent: Root | Element) => void): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    fn(child, node);
    eachElement(child, fn);
  }
}

const ASCII_ID = /^[a-z0-9][a-z0-9-]*$/;

function hasClass(node: Element, name: string): boolean {
  const value = node.properties["className"];
  return Array.isArray(value) && value.includes(name);
}

/** The first descendant `span.num` of an element and the element holding it. */
function findNumber(root: Element): { num: Element; holder: Element } | null {
  let found: { num: Element; holder: Element } | null = null;
  eachElement(root, (node, parent) => {
    if (found || !hasClass(node, "num") || parent.type !== "element") return;
    found = { num: node, holder: parent };
  });
  return found;
}

/** Gives one `data-ref` element its id; the visible number becomes a link to it, without its class. */
function anchor(node: Element, id: string): void {
  node.properties["id"] = id;
  const found = findNumber(node);
  if (!found) return;
  found.num.tagName = "a";
  found.num.properties["href"] = `#${id}`;
  // The stylesheet finds a number link by its place, the first self-link of its heading or caption: a
  // class on each of a long report's few hundred numbers would weigh kilobytes.
  const classes = found.num.properties["className"];
  if (Array.isArray(classes)) {
    const rest = classes.filter((c) => c !== "num");
    if (rest.length > 0) found.num.properties["className"] = rest;
    else delete found.num.properties["className"];
  }
  if (node.tagName === "section") {
    // A case section is a named region: its title names it.
    found.holder.properties["id"] = `${id}-title`;
    node.properties["ariaLabelledBy"] = [`${id}-title`];
  }
}

/**
 * Turns `data-ref` attributes into `id`s and number spans (`span.num`) into self-links (`a`).
 * Ids must be ASCII and unique; a repeated or malformed one is dropped (the
 * element stays, unanchored). Returns the ids assigned, in document order.
 */
export function addAnchors(tree: Root): string[] {
  const seen = new Set<string>();
  eachElement(tree, (node) => {
    const ref = node.properties["dataRef"];
    if (ref === undefined) return;
    delete node.properties["dataRef"];
    if (typeof ref !== "string" || !ASCII_ID.test(ref) || seen.has(ref)) return;
    seen.add(ref);
    anchor(node, ref);
  });
  return [...seen];
}

/** rehype plugin: `addAnchors` on the tree. Use after rehype-sanitize. */
export function rehypeAnchors() {
  return (tree: Root): void => {
    addAnchors(tree);
  };
}
