/**
 * `npm run schema`: regenerates the committed JSON Schemas in data/schema/ from the zod schemas.
 * A test fails when the committed copies go stale, so a schema change is always a visible diff.
 */
import { writeSchemaSnapshot } from "../src/cli/schema.ts";

const written = await writeSchemaSnapshot(new URL("../data/schema/", import.meta.url));
for (const file of written) console.log(`wrote data/schema/${file}`);
