import { parseArgs } from "node:util";

import { build } from "../src/cli/build.ts";

/** npm run build [-- --content DIR --out DIR] */
const { values } = parseArgs({
  options: { content: { type: "string", default: "content/reports" }, out: { type: "string", default: "dist" } },
});
await build(values.content, { outDir: values.out, log: (line) => console.log(line) });
