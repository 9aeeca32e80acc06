import { parseArgs } from "node:util";
import { start } from "../src/site/start.ts";

/** npm start [-- --content DIR --out DIR]; PORT sets the port (default 8080). */
const { values } = parseArgs({
  options: { content: { type: "string", default: "content/reports" }, out: { type: "string", default: "dist" } },
});
await start(values.content, { outDir: values.out, log: (line) => console.log(line) });
