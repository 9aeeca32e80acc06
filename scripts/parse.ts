import { parseArgs } from "node:util";

import { parse } from "../src/cli/parse.ts";

/** npm run parse [-- --content DIR] [--out DIR]: print diagnostics and a summary; --out writes the JSON records. */
const { values } = parseArgs({
  options: { content: { type: "string", default: "content/reports" }, out: { type: "string" } },
});
await parse(values.content, { outDir: values.out ?? null, log: (line) => console.log(line) });
