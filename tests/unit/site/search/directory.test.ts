import assert from "node:assert/strict";
import { test } from "node:test";

import { directoryJson, searchDirectory } from "../../../../src/site/search/directory.ts";

const input = {
  schools: [
    {
      url: "/schools/jinsong-zhiye-gaozhong/",
      school: { name: "北京市劲松职业高中", aliases: ["劲松职高", "北京市劲松职业高中", "松"] },
    },
  ],
  specialties: [
    { url: "/specialties/750201/", specialty: { code: "750201", name: "艺术设计与制作", names: ["艺术设计与制作"] } },
    { url: "/specialties/zy-hu-li/", specialty: { code: null, name: "护理", names: ["护理"] } },
  ],
  metrics: [{ url: "/indicators/employment-rate/", label: "就业率", labels: ["就业率", "毕业生就业率"] }],
};

test("searchDirectory: one entry per entity page, names of 2+ characters once, sorted by URL", () => {
  assert.deepEqual(searchDirectory(input), [
    {
      url: "/indicators/employment-rate/",
      title: "就业率",
      kind: "指标",
      names: ["就业率", "毕业生就业率"],
    },
    {
      url: "/schools/jinsong-zhiye-gaozhong/",
      title: "北京市劲松职业高中",
      kind: "学校",
      names: ["北京市劲松职业高中", "劲松职高"],
    },
    {
      url: "/specialties/750201/",
      title: "750201 艺术设计与制作",
      kind: "专业",
      names: ["艺术设计与制作", "750201"],
    },
    { url: "/specialties/zy-hu-li/", title: "护理", kind: "专业", names: ["护理"] },
  ]);
});

test("directoryJson: a name cannot end the <script> element it is embedded in", () => {
  const json = directoryJson([{ url: "/schools/x/", title: "x", kind: "学校", names: ["</script><b>&"] }]);
  assert.ok(!/[<>&]/.test(json), json);
  assert.equal((JSON.parse(json) as { names: string[] }[])[0]?.names[0], "</script><b>&");
});
