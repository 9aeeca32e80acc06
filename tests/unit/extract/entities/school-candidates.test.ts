import assert from "node:assert/strict";
import { test } from "node:test";

import {
  isSchoolColumn,
  looksLikeSchool,
  schoolCandidates,
  schoolLikeNames,
} from "../../../../src/extract/entities/school-candidates.ts";

test("place-started names ending in a school word are candidates", () => {
  assert.deepEqual(
    schoolCandidates("今年，上海市某某职业技术学校与企业合作").map((c) => c.name),
    ["上海市某某职业技术学校"],
  );
  assert.deepEqual(
    schoolCandidates("对口支援西藏职业技术学院").map((c) => c.name),
    ["西藏职业技术学院"],
  );
  assert.deepEqual(
    schoolCandidates("对口支援某某职业技术学院").map((c) => c.name),
    [],
  );
});

test("generic phrases and statements are not names", () => {
  for (const s of [
    "北京市中等职业学校",
    "东城区职业学校",
    "北京市公办中职学校",
    "朝阳区三所职业高中",
    "神州数码智慧网络工程师学院",
  ]) {
    assert.equal(looksLikeSchool(s), false, s);
  }
  assert.equal(looksLikeSchool("北京市东城区特殊教育学校"), true);
  assert.deepEqual(schoolCandidates("中国国际大学生创新大赛"), []);
});

test("school columns", () => {
  assert.equal(isSchoolColumn("学校名称"), true);
  assert.equal(isSchoolColumn("中职学校"), true);
  assert.equal(isSchoolColumn("外方院校"), false);
  assert.equal(isSchoolColumn("中职校数（所）"), false);
});

test("school-like names need no place in front; counted nouns and generic words are not names", () => {
  assert.deepEqual(
    schoolLikeNames("合作共建的埃中应用技术学院，是首个海外办学项目").map((c) => [c.name, c.start]),
    [["埃中应用技术学院", 5]],
  );
  assert.deepEqual(schoolLikeNames("共有4所中职学校开展贯通培养，学院全力推进"), []);
});
