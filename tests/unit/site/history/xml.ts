/**
 * A small well-formedness check for the feed (no XML parser is a dependency): tags nest and close,
 * attribute values are quoted, and text holds no raw `<` or bare `&`. Returns the problems.
 */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const body = text.replace(/^<\?xml [^?]*\?>\n/, "");
  const open: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    const [, closing, name, , selfClosing, textPart, stray] = m;
    if (stray) problems.push(`stray < at ${m.index}`);
    else if (textPart !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(textPart))
        problems.push(`bare & in ${JSON.stringify(textPart)}`);
    } else if (closing) {
      if (open.pop() !== name) problems.push(`</${String(name)}> closes nothing open`);
    } else if (!selfClosing) open.push(name ?? "");
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(", ")}`);
  return problems;
}
