import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";

import { z } from "zod";

import { changedPath, expectGolden, fixtureNames, fixturePath, readJsonInput } from "./golden.ts";

describe("expectGolden", () => {
  const dir = mkdtempSync(join(tmpdir(), "golden-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const silent = { notice: () => {} };

  test("passes when the JSON matches, and removes a stale -changed file", () => {
    const path = join(dir, "match.json");
    writeFileSync(path, '{\n  "a": [\n    1\n  ]\n}\n');
    writeFileSync(changedPath(path), "stale");
    expectGolden({ a: [1] }, path, silent);
    assert.equal(existsSync(changedPath(path)), false);
  });

  test("fails on a mismatch and writes <name>-changed.<ext> beside the file", () => {
    const path = join(dir, "differs.json");
    writeFileSync(path, '{\n  "a": 1\n}\n');
    assert.throws(() => expectGolden({ a: 2 }, path, silent), /differs\.json differs/);
    assert.equal(readFileSync(join(dir, "differs-changed.json"), "utf8"), '{\n  "a": 2\n}\n');
    assert.equal(readFileSync(path, "utf8"), '{\n  "a": 1\n}\n', "the expected file is never overwritten");
  });

  test("compares text files as text", () => {
    const path = join(dir, "messages.txt");
    writeFileSync(path, "a.txt\n  1:1  error  x  file-empty\n");
    expectGolden("a.txt\n  1:1  error  x  file-empty\n", path, silent);
    assert.throws(() => expectGolden("other\n", path, silent));
    assert.equal(readFileSync(join(dir, "messages-changed.txt"), "utf8"), "other\n");
  });

  test("writes a missing golden and passes with a notice outside CI", () => {
    const path = join(dir, "new", "expected.json");
    const notices: string[] = [];
    expectGolden([1, 2], path, { ci: false, notice: (m) => notices.push(m) });
    assert.equal(readFileSync(path, "utf8"), "[\n  1,\n  2\n]\n");
    assert.equal(notices.length, 1);
    assert.match(notices[0] ?? "", /was missing/);
  });

  test("writes a missing golden but fails under CI", () => {
    const path = join(dir, "ci", "expected.json");
    assert.throws(() => expectGolden({}, path, { ci: true, notice: () => {} }), /was missing/);
    assert.equal(existsSync(path), true);
  });
});

describe("fixtures", () => {
  const dir = mkdtempSync(join(tmpdir(), "golden-input-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const Input = z.strictObject({ rows: z.array(z.number()) });

  test("fixtureNames lists the folders with a prefix, sorted; fixturePath joins name and file", () => {
    const tables = fixtureNames("table-");
    assert.ok(tables.length > 0);
    assert.deepEqual([...tables].sort(), tables);
    assert.ok(tables.every((n) => n.startsWith("table-")));
    assert.match(fixturePath("table-x", "input.txt"), /tests\/fixtures\/table-x\/input\.txt$/);
  });

  test("readJsonInput returns the input without its `from`, checked against the schema", () => {
    const path = join(dir, "ok.json");
    writeFileSync(path, '{ "from": "hand-written", "rows": [1, 2] }');
    assert.deepEqual(readJsonInput(path, Input), { rows: [1, 2] });
  });

  test("readJsonInput refuses an input that does not say where it came from", () => {
    const path = join(dir, "no-from.json");
    writeFileSync(path, '{ "rows": [1] }');
    assert.throws(() => readJsonInput(path, Input), /needs a "from"/);
  });

  test("readJsonInput names the file and the field that fails the schema", () => {
    const path = join(dir, "bad.json");
    writeFileSync(path, '{ "from": "x", "rows": ["1"] }');
    assert.throws(
      () => readJsonInput(path, Input),
      (e: Error) => e.message.includes("bad.json") && /rows\[0\]/.test(e.message),
    );
  });
});
