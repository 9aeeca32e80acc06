// Progressive enhancement of the case library (inlined into /cases/): selects for region, year and
// report that hide the rows that do not match, and the groups left empty. Without it the page is
// browsed by its groups (report, then chapter).
(() => {
  const box = document.getElementById("case-filter");
  const count = document.getElementById("case-count");
  const rows = [...document.querySelectorAll("tr[data-report]")];
  if (!box || !count || rows.length === 0) return;
  const fields = [
    ["region", "地区"],
    ["year", "年度"],
    ["report", "报告"],
  ];
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      row.hidden = !selects.every((s) => s.value === "" || row.dataset[s.name] === s.value);
      if (!row.hidden) shown++;
    }
    for (const group of document.querySelectorAll("[data-case-group], .case-library tbody")) {
      group.hidden = !group.querySelector("tr[data-report]:not([hidden])");
    }
    count.textContent = `显示 ${shown} / ${rows.length} 个案例`;
  };
  const selects = fields.map(([key, label]) => {
    const values = new Map(rows.map((r) => [r.dataset[key], key === "report" ? r.dataset.title : r.dataset[key]]));
    const select = document.createElement("select");
    select.name = key;
    select.add(new window.Option("全部", ""));
    for (const [value, text] of [...values].sort()) select.add(new window.Option(text, value));
    select.addEventListener("change", apply);
    const wrap = document.createElement("label");
    wrap.append(`${label} `, select);
    box.append(wrap);
    return select;
  });
  apply();
  box.hidden = false;
})();
