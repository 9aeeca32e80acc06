import { parseArgs } from "node:util";

import { dev } from "../src/cli/dev.ts";
import { portFromEnv } from "../src/cli/port.ts";

/** npm run dev [-- --content DIR --out DIR]: serve with live reload, rebuild on changes; PORT sets the port. */
const { values } = parseArgs({
  options: { content: { type: "string", default: "content/reports" }, out: { type: "string", default: "dist" } },
});
await dev({ contentDir: values.content, outDir: values.out, port: portFromEnv(), log: (line) => console.log(line) });
