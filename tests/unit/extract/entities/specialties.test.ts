import assert from "node:assert/strict";
import { test } from "node:test";

import { cleanSpecialtyName } from "../../../../src/extract/entities/specialties.ts";
import { specialtyColumns, tableEvent } from "../../../../src/extract/entities/specialty-columns.ts";
import type { Table } from "../../../../src/model/index.ts";

const t = (caption: string, columns: string[]) => ({ caption, columns }) as Table;

test("events come from the caption; pairing tables list what is offered", () => {
  const added = t("2024 年新增专业备案名单", ["序号", "学校名称", "专业名称", "专业代码"]);
  assert.equal(tableEvent(added, specialtyColumns(added)), "added");
  const monitored = t("新增专业质量监测评价结果", ["学校名称", "专业名称", "结论", "等级"]);
  assert.equal(tableEvent(monitored, specialtyColumns(monitored)), "monitored");
  const pairs = t("新增“3+2”中高职衔接办学项目名单", ["中职学校", "中职专业", "高职学校", "高职专业"]);
  const cols = specialtyColumns(pairs);
  assert.deepEqual(
    [tableEvent(pairs, cols), cols.school, cols.name, cols.pairSchool, cols.pairName],
    ["offered", 0, 1, 2, 3],
  );
});

test("names lose stray spaces and a trailing 专业", () => {
  assert.equal(cleanSpecialtyName("建筑智能化设备安 装与运维"), "建筑智能化设备安装与运维");
  assert.equal(cleanSpecialtyName("音乐表演专业"), "音乐表演");
  assert.equal(cleanSpecialtyName("专业"), "专业");
});
