import assert from "node:assert/strict";
import { test } from "node:test";

import { buildRecords } from "../../../src/pipeline/records.ts";

const text = (extra: string) =>
  new TextEncoder().encode(
    `北京市中等职业教育质量年度报告 (2024 年度)\n\n1. 人才培养\n\n${extra}\n\n【案例 1-1】一个案例\n\n正文。\n`,
  );

test("two reports with the same id: both kept under hash-suffixed ids, both files named", () => {
  const { reports, diagnostics } = buildRecords([
    { file: "a.txt", bytes: text("第一份。"), sidecar: null },
    { file: "b.txt", bytes: text("第二份。"), sidecar: null },
    { file: "c.txt", bytes: new TextEncoder().encode("东城区中等职业教育质量年度报告（2023）\n"), sidecar: null },
  ]);
  assert.equal(reports.length, 3);
  const [a, b, c] = reports;
  assert.match(a?.id ?? "", /^beijing-zhongzhi-2024-[0-9a-f]{8}$/);
  assert.match(b?.id ?? "", /^beijing-zhongzhi-2024-[0-9a-f]{8}$/);
  assert.notEqual(a?.id, b?.id);
  assert.equal(c?.id, "dongcheng-zhongzhi-2023", "other reports are untouched");
  assert.equal(a?.cases[0]?.url, `/reports/${a?.id}/cases/1-1/`, "item URLs follow the new id");
  const dup = diagnostics.filter((d) => d.ruleId === "duplicate-report-id");
  assert.deepEqual(
    dup.map((d) => d.file),
    ["a.txt", "b.txt"],
  );
  assert.match(dup[0]?.message ?? "", /b\.txt/);
  assert.match(dup[1]?.message ?? "", /a\.txt/);
});

test("adding a report never changes the ids of the others", () => {
  const one = buildRecords([{ file: "x.txt", bytes: text("正文。"), sidecar: null }]);
  const two = buildRecords([
    {
      file: "0.txt",
      bytes: new TextEncoder().encode("东城区中等职业教育质量年度报告（2023）\n\n1.基本情况\n"),
      sidecar: null,
    },
    { file: "x.txt", bytes: text("正文。"), sidecar: null },
  ]);
  const urls = (r: (typeof one.reports)[number] | undefined) => [
    r?.url,
    ...(r?.cases.map((c) => c.url) ?? []),
    ...(r?.headings.map((h) => h.id) ?? []),
  ];
  assert.deepEqual(urls(two.reports[1]), urls(one.reports[0]));
});
