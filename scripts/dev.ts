import { parseArgs } from "node:util";
import { dev } from "../src/site/dev.ts";

/** npm run dev [-- --content DIR --out DIR]: serve and rebuild on changes to content, code and templates. */
const { values } = parseArgs({
  options: { content: { type: "string", default: "content/reports" }, out: { type: "string", default: "dist" } },
});
await dev({
  contentDir: values.content,
  outDir: values.out,
  watchPaths: [values.content, "src", "templates", "eleventy.config.ts"],
  log: (line) => console.log(line),
});
