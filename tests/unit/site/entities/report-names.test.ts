import assert from "node:assert/strict";
import { test } from "node:test";

import { collectWords, wordTrie } from "../../../../src/lib/word-trie.ts";
import type { Report } from "../../../../src/model/index.ts";
import { findNames, nameIndex } from "../../../../src/render/narrative/names/find.ts";
import { caseSchools, entityIndex } from "../../../../src/site/entities/index.ts";
import { eachString, reportNames } from "../../../../src/site/entities/report-names.ts";
import { fixtureEntities } from "../../../fixtures/site/entities.ts";
import { fixtureReport } from "../../../fixtures/site/records.ts";

const target = (id: string) => ({ id, url: `/schools/${id}/`, title: id });

test("collectWords: every word occurring anywhere, a word inside a longer one included", () => {
  const trie = wordTrie(["北京市劲松职业高中", "劲松职业高中", "职业高中", "昌平职业学校", ""]);
  const found = new Set<string>();
  collectWords(trie, "北京市劲松职业高中的学生", found);
  assert.deepEqual([...found].sort(), ["劲松职业高中", "北京市劲松职业高中", "职业高中"].sort());
  collectWords(trie, "职业", found);
  assert.equal(found.size, 3, "a prefix of a word is not the word");
});

/** A report whose paragraphs name a school by its full name, by a name inside it, and by a duplicate alias. */
function namingReport(): Report {
  const report = fixtureReport();
  const texts = ["北京市劲松职业高中与劲松职高合作。", "劲松职业高中再次参加。", "示例学校是别名。"];
  const [first] = report.body;
  assert.ok(first);
  return { ...report, body: texts.map((text, i) => ({ ...first, kind: "paragraph", text, line: 900 + i })) };
}

const ENTRIES = [
  { name: "北京市劲松职业高中", target: target("jinsong") },
  { name: "劲松职业高中", target: target("jinsong") },
  { name: "劲松职高", target: target("jinsong") },
  { name: "示例学校", target: target("first") },
  { name: "示例学校", target: target("second") },
  { name: "不在本报告中的学校", target: target("elsewhere") },
];

test("reportNames: a report's index holds the names in its records and links exactly what the full one does", () => {
  const report = namingReport();
  const own = reportNames(ENTRIES)(report);
  const full = nameIndex(ENTRIES);
  assert.deepEqual(
    [...own.targets.keys()].sort(),
    ["劲松职业高中", "劲松职高", "北京市劲松职业高中", "示例学校"].sort(),
  );
  assert.equal(own.targets.get("示例学校")?.id, "first", "a name listed twice keeps its first target");
  eachString(report.body, (text) => {
    const found = (index: typeof own) => findNames(text, index, new Set()).map((f) => [f.start, f.end, f.target.id]);
    assert.deepEqual(found(own), found(full), text);
  });
  assert.equal(reportNames(ENTRIES)(report).pattern?.source, own.pattern?.source);
});

test("reportNames: built once per report object; a report naming none gets an empty index", () => {
  const names = reportNames(ENTRIES);
  const report = namingReport();
  assert.equal(names(report), names(report));
  assert.equal(names({ ...report, body: [], tables: [], title: "无", cases: [], headings: [] }).pattern, null);
});

test("caseSchools: a school the case lists without naming it counts 0; schools by name", () => {
  const bundle = fixtureEntities();
  const [school] = bundle.schools;
  assert.ok(school);
  const listedOnly = { ...school, id: "aa-listed", name: "阿某学校", mentions: [], cases: school.cases };
  const index = entityIndex({ ...bundle, schools: [school, listedOnly] });
  const [own] = school.cases;
  assert.ok(own);
  // 示 (U+793A) sorts before 阿 (U+963F): by name, not by id.
  assert.deepEqual(
    caseSchools(index, own.report, own.caseId).map((s) => [s.id, s.count]),
    [
      ["shili-zhiye-xuexiao", 1],
      ["aa-listed", 0],
    ],
  );
  assert.deepEqual(caseSchools(index, own.report, "case-9-9"), [], "a case naming no school");
});
