import { parseArgs } from "node:util";

import { portFromEnv } from "../src/cli/port.ts";
import { start } from "../src/cli/start.ts";

/** npm start [-- --content DIR --out DIR]; PORT sets the port (default 8080). */
const { values } = parseArgs({
  options: { content: { type: "string", default: "content/reports" }, out: { type: "string", default: "dist" } },
});
await start(values.content, { outDir: values.out, port: portFromEnv(), log: (line) => console.log(line) });
