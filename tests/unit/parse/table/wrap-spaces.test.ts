import assert from "node:assert/strict";
import { test } from "node:test";

import { cleanDataCell, cleanHeaderCell, gapVotes, listColumns } from "../../../../src/parse/table/wrap-spaces.ts";

test("gapVotes: a wrap fills the first line, list items are whole words", () => {
  assert.deepEqual(gapVotes("北京铁路电气化学 校"), [false]);
  assert.deepEqual(gapVotes("中国戏曲学院附属 中等戏曲学校"), [false]);
  assert.deepEqual(gapVotes("航空服务 民航运输服务 飞机设备维修"), [true, true]);
  assert.deepEqual(gapVotes("郭朝红 曹景龙"), [true]);
  assert.deepEqual(gapVotes("2024 年"), []);
});

test("listColumns decides per column by majority", () => {
  const rows = [
    ["北京市昌平职业学 校", "航空运输类 城市轨道交通类"],
    ["北京市顺义区人 力资源和社会保障局 技工学校", "金融类 电子商务类 财务会计类 工商管理"],
    ["北京北大方正软件职 业技术学院", "林业类 自动化类"],
  ];
  assert.deepEqual(listColumns(rows, 2), [false, true]);
});

test("cleanDataCell removes wrap spaces only outside list columns; ASCII spaces stay", () => {
  assert.equal(cleanDataCell("建筑智能化设备安 装与运维", false), "建筑智能化设备安装与运维");
  assert.equal(cleanDataCell("航空服务 民航运输服务", true), "航空服务 民航运输服务");
  assert.equal(cleanDataCell("张晋芳 LED 显示芯片", false), "张晋芳 LED 显示芯片");
  assert.equal(cleanDataCell("北京市西城职业学校 (外事校区)", false), "北京市西城职业学校 (外事校区)");
});

test("cleanHeaderCell joins wrapped header names", () => {
  assert.equal(cleanHeaderCell("调查人 数"), "调查人数");
  assert.equal(cleanHeaderCell("中职校数 （所）"), "中职校数（所）");
  assert.equal(cleanHeaderCell("2024 年"), "2024 年");
});
