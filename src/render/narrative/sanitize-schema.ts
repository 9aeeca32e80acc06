import { defaultSchema, type Options as Schema } from "rehype-sanitize";

type Attributes = NonNullable<Schema["attributes"]>;
type Definition = Attributes[string][number];

const CLASSES = ["num", "n", "note", "case-title", "case", "figure", "table-missing", "table-scroll"];
const WITH_CLASS = ["p", "span", "div", "section", "figure", "td"];
const WITH_REF = ["h2", "h3", "h4", "h5", "h6", "table", "figure", "section"];

const isClassName = (d: Definition) => d === "className" || (Array.isArray(d) && d[0] === "className");

function extraAttributes(): Attributes {
  const extra: Attributes = {};
  for (const tag of new Set([...WITH_CLASS, ...WITH_REF])) {
    const defaults = defaultSchema.attributes?.[tag] ?? [];
    const ours: Definition[] = [];
    // The schema uses the first className rule it finds, so ours replaces the default one.
    if (WITH_CLASS.includes(tag)) ours.push(["className", ...CLASSES]);
    if (WITH_REF.includes(tag)) ours.push("dataRef");
    extra[tag] = [...defaults.filter((d) => !(WITH_CLASS.includes(tag) && isClassName(d))), ...ours];
  }
  return extra;
}

/**
 * GitHub's default schema plus what the narrative needs: `<caption>`,
 * `<figure>`, `<figcaption>`, our own class names, and `data-ref` (turned into
 * `id` after sanitizing, so ids get no `user-content-` prefix).
 */
export const narrativeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...new Set([...(defaultSchema.tagNames ?? []), "section", "caption", "figure", "figcaption"])],
  attributes: { ...defaultSchema.attributes, ...extraAttributes() },
};
