import { readInputs } from "../pipeline/inputs.ts";
import { buildRecords, type Records } from "../pipeline/records.ts";
import { generatorName, type Log } from "../site/build.ts";
import { reportFiles } from "../site/data/report-files.ts";
import { writeFiles } from "../site/output.ts";
import { recordsReport } from "./console.ts";

/**
 * `npm run parse`: runs the pipeline and prints diagnostics and a line per
 * report. With `outDir`, writes the records as they are published
 * (`reports/<id>.json`, `index.json`); otherwise writes nothing.
 */
export async function parse(contentDir: string, options: { outDir: string | null; log: Log }): Promise<Records> {
  const records = buildRecords(await readInputs(contentDir));
  for (const line of recordsReport(records)) options.log(line);
  if (options.outDir !== null) {
    await writeFiles(options.outDir, reportFiles(records, await generatorName()));
    options.log(`records written to ${options.outDir}`);
  }
  return records;
}
