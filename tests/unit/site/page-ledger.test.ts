import assert from "node:assert/strict";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";

import { openPageLedger, savePageLedger } from "../../../src/site/page-ledger.ts";
import { withTempDir } from "../../helpers/temp-dir.ts";

const PAGE = "/reports/a/tables/1/";
const entry = (value: number) => ({ table: { id: "tbl-1", rows: [[value]] } });

/** A previous build's output holding the page at `url`. */
async function previousWith(dir: string, url: string): Promise<string> {
  const folder = join(dir, "previous", url);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, "index.html"), `<p>${url}</p>`);
  return join(dir, "previous");
}

test("a page is kept only when its entry, URL and file are those of the last build into the folder", () =>
  withTempDir("page-ledger-", async (dir) => {
    const [manifests, out] = [join(dir, "pages"), join(dir, "dist")];
    const first = await openPageLedger(manifests, out, null);
    assert.equal(first.keep("site.tables", PAGE, entry(1)), false, "no previous build");
    assert.equal(first.keep("site.tables", "/reports/a/tables/2/", entry(2)), false);
    await savePageLedger(first, manifests, out);

    const previous = await previousWith(dir, PAGE);
    const second = await openPageLedger(manifests, out, previous);
    assert.equal(second.keep("site.tables", PAGE, entry(1)), true, "same entry, file there");
    assert.equal(second.keep("site.tables", "/reports/a/tables/2/", entry(2)), false, "its file is gone");
    assert.deepEqual(second.keptPages(), [PAGE]);
    await second.restore(out);
    assert.equal(await readFile(join(out, PAGE, "index.html"), "utf8"), `<p>${PAGE}</p>`);
    assert.deepEqual(await readdir(join(previous, PAGE)), [], "moved, not copied");
  }));

test("a changed entry, another collection or another output folder keeps nothing", () =>
  withTempDir("page-ledger-", async (dir) => {
    const [manifests, out] = [join(dir, "pages"), join(dir, "dist")];
    const first = await openPageLedger(manifests, out, null);
    first.keep("site.tables", PAGE, entry(1));
    await savePageLedger(first, manifests, out);
    const previous = await previousWith(dir, PAGE);
    assert.equal(
      (await openPageLedger(manifests, join(dir, "other"), previous)).keep("site.tables", PAGE, entry(1)),
      false,
    );
    const again = await openPageLedger(manifests, out, previous);
    assert.equal(again.keep("site.tables", PAGE, entry(2)), false, "entry changed");
    assert.equal(again.keep("site.removed", PAGE, entry(1)), false, "another template's page now");
  }));

test("opening removes the manifest until the build saves one, and a damaged one keeps nothing", () =>
  withTempDir("page-ledger-", async (dir) => {
    const [manifests, out] = [join(dir, "pages"), join(dir, "dist")];
    const first = await openPageLedger(manifests, out, null);
    first.keep("site.tables", PAGE, entry(1));
    await savePageLedger(first, manifests, out);
    const previous = await previousWith(dir, PAGE);
    await openPageLedger(manifests, out, previous);
    // The build that opened it failed before saving: the next one renders everything.
    assert.equal((await openPageLedger(manifests, out, previous)).keep("site.tables", PAGE, entry(1)), false);
    for (const file of await readdir(manifests)) await writeFile(join(manifests, file), "{ not json");
    await savePageLedger(first, manifests, out);
    const [file] = await readdir(manifests);
    await writeFile(join(manifests, file ?? ""), '{"format":"page-ledger-4","pages":{"/x/":1}}');
    assert.equal((await openPageLedger(manifests, out, previous)).keep("site.tables", PAGE, entry(1)), false);
  }));

test("a group of files made from one entry is kept whole, or made again", () =>
  withTempDir("page-ledger-", async (dir) => {
    const [manifests, out] = [join(dir, "pages"), join(dir, "dist")];
    const report = { id: "a", tables: [[1, 2]] };
    const first = await openPageLedger(manifests, out, null);
    assert.equal(await first.keepFiles("report:a", report, out), false);
    first.made("report:a", ["reports/a/tables/1.csv"]);
    first.made("report:a", ["reports/a/tables/1.svg"]);
    assert.throws(() => first.made("report:b", []), /keepFiles was not asked/);
    await savePageLedger(first, manifests, out);

    const previous = join(dir, "previous");
    await mkdir(join(previous, "reports/a/tables"), { recursive: true });
    for (const f of ["1.csv", "1.svg"]) await writeFile(join(previous, "reports/a/tables", f), f);
    const changed = await openPageLedger(manifests, out, previous);
    assert.equal(await changed.keepFiles("report:a", { ...report, tables: [[1, 3]] }, out), false, "record changed");
    await savePageLedger(first, manifests, out);
    const same = await openPageLedger(manifests, out, previous);
    assert.equal(await same.keepFiles("report:a", { id: "a", tables: [[1, 2]] }, out), true);
    assert.equal(same.keptFileGroups(), 1);
    assert.deepEqual(await readdir(join(out, "reports/a/tables")), ["1.csv", "1.svg"]);
    // Kept, the group is listed for the next build as it was; a file missing from the previous output keeps nothing.
    await savePageLedger(same, manifests, out);
    await mkdir(join(previous, "reports/a/tables"), { recursive: true });
    await writeFile(join(previous, "reports/a/tables/1.csv"), "1.csv");
    const missing = await openPageLedger(manifests, out, previous);
    assert.equal(await missing.keepFiles("report:a", report, out), false, "1.svg is gone");
  }));

test("saving removes the manifests of output folders that are gone, and damaged ones", () =>
  withTempDir("page-ledger-", async (dir) => {
    const manifests = join(dir, "pages");
    const saveFor = async (out: string) => {
      await mkdir(out, { recursive: true });
      const ledger = await openPageLedger(manifests, out, null);
      ledger.keep("site.tables", PAGE, entry(1));
      await savePageLedger(ledger, manifests, out);
    };
    await saveFor(join(dir, "kept"));
    await saveFor(join(dir, "gone"));
    await rm(join(dir, "gone"), { recursive: true });
    await writeFile(join(manifests, "damaged.json"), "{ not json");
    await saveFor(join(dir, "new"));
    const outs = await Promise.all(
      (await readdir(manifests)).map(
        async (f) => (JSON.parse(await readFile(join(manifests, f), "utf8")) as { out: string }).out,
      ),
    );
    assert.deepEqual(outs.sort(), [join(dir, "kept"), join(dir, "new")].sort());
  }));
