import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { type CitableReport, citation, lineSpanText } from "../../../../src/site/views/citation.ts";

const report: CitableReport = {
  title: "北京市高等职业教育质量年度报告（2020年度）",
  publisher: "北京市教育委员会",
  publishedOn: "2021-03",
  sourceUrl: null,
  source: { file: "000.txt", pages: [] },
};
const table = { label: "表2-2", path: "/reports/beijing-gaozhi-2020/tables/2-2/", lines: [474, 490] as const };

describe("citation", () => {
  test("GB/T 7714 style: publisher. title[R/OL]. date: item. absolute URL", () => {
    const c = citation(report, table, "https://example.org");
    assert.equal(
      c.reference,
      "北京市教育委员会. 北京市高等职业教育质量年度报告（2020年度）[R/OL]. 2021-03: 表2-2. https://example.org/reports/beijing-gaozhi-2020/tables/2-2/",
    );
    assert.equal(
      c.plain,
      "北京市教育委员会《北京市高等职业教育质量年度报告（2020年度）》（2021-03）表2-2，https://example.org/reports/beijing-gaozhi-2020/tables/2-2/",
    );
    assert.equal(c.absolute, true);
    assert.equal(c.lines, "第 474–490 行");
    assert.equal(c.page, null);
  });

  test("without a base URL the site path is cited and the citation says it is not absolute", () => {
    const c = citation(report, table, null);
    assert.equal(c.url, "/reports/beijing-gaozhi-2020/tables/2-2/");
    assert.equal(c.absolute, false);
    assert.ok(c.reference.endsWith(": 表2-2. /reports/beijing-gaozhi-2020/tables/2-2/"));
  });

  test("the printed page joins the item; the original's URL joins the plain line", () => {
    const paged = {
      ...report,
      sourceUrl: "https://jw.beijing.gov.cn/report.pdf",
      source: {
        file: "000.txt",
        pages: [
          { line: 1, page: 11 },
          { line: 470, page: 12 },
        ],
      },
    };
    const c = citation(paged, table, "https://example.org");
    assert.equal(c.page, "第 12 页");
    assert.match(c.reference, /\[R\/OL\]\. 2021-03: 表2-2, 第 12 页\. https:/);
    assert.ok(c.plain.endsWith("；原文 https://jw.beijing.gov.cn/report.pdf"));
    assert.equal(c.sourceUrl, "https://jw.beijing.gov.cn/report.pdf");
  });

  test("a whole report has no item; an unknown publisher is left out and an unknown date marked", () => {
    const unknown = { ...report, publisher: null, publishedOn: null };
    const c = citation(unknown, { label: null, path: "/reports/x/", lines: null }, "https://example.org");
    assert.equal(
      c.reference,
      "北京市高等职业教育质量年度报告（2020年度）[R/OL]. [出版日期不详]. https://example.org/reports/x/",
    );
    assert.equal(c.plain, "《北京市高等职业教育质量年度报告（2020年度）》，https://example.org/reports/x/");
    assert.equal(c.lines, null);
  });
});

test("lineSpanText: one line or a span", () => {
  assert.equal(lineSpanText([872, 874]), "第 872–874 行");
  assert.equal(lineSpanText([36, 36]), "第 36 行");
});
