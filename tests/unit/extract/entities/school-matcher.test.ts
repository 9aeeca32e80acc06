import assert from "node:assert/strict";
import { test } from "node:test";

import { schoolMatcher } from "../../../../src/extract/entities/school-matcher.ts";
import { Gazetteer } from "../../../../src/model/index.ts";

const g = Gazetteer.parse({
  schools: [
    { name: "北京市昌平职业学校", aliases: ["昌平职业学校"], level: "secondary" },
    { name: "北京国际职业教育学校", tags: ["国职"], level: "secondary" },
    { name: "北京大学", level: "undergraduate" },
  ],
  notSchools: [{ name: "北京产业学院", reason: "a model" }],
});
const m = schoolMatcher(g);

test("longest name first; aliases map to the canonical name", () => {
  assert.deepEqual(
    m.scan("北京市昌平职业学校与昌平职业学校").map((x) => [x.key, x.start, x.printed]),
    [
      ["北京市昌平职业学校", 0, "北京市昌平职业学校"],
      ["北京市昌平职业学校", 10, "昌平职业学校"],
    ],
  );
});

test("tags match only inside brackets", () => {
  assert.deepEqual(
    m.scan("艺术设计与制作（国职）").map((x) => x.key),
    ["北京国际职业教育学校"],
  );
  assert.deepEqual(m.scan("中华人民共和国职业教育法"), []);
});

test("大学生 is not a mention of 北京大学", () => {
  assert.deepEqual(m.scan("北京大学生创业"), []);
  assert.equal(m.scan("北京大学举办")[0]?.key, "北京大学");
});

test("lookup, completions of a cut name, notSchools", () => {
  assert.equal(m.lookup("昌平 职业学校"), "北京市昌平职业学校");
  assert.deepEqual(m.completions("北京市昌平职业"), ["北京市昌平职业学校"]);
  assert.equal(m.isNotSchool("北京产业学院"), true);
});
