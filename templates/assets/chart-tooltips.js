// Progressive enhancement of the charts (static SVG rendered at build time): hovering, tapping or
// focusing a data mark shows its description — the "key: value; key: value" aria-label Vega wrote —
// one pair a line, in a box beside the mark. Without this script the charts are the same pictures,
// described by their <title>/<desc> and by the data table. Links around marks keep working: nothing
// here cancels a click.
(() => {
  // Data marks only (not axes, legends or titles). A line or area is one mark for many points and
  // its label names only the first, so it gets no tooltip; its points do.
  const MARK =
    "figure.chart svg .role-mark [aria-label]:not([aria-roledescription='line mark'], [aria-roledescription='area mark'])";
  const charts = document.querySelectorAll("figure.chart svg");
  if (charts.length === 0) return;

  const tip = document.createElement("div");
  tip.className = "chart-tooltip";
  tip.id = "chart-tooltip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.append(tip);
  let current = null;

  // "年份: 2022; 数值（人）: 430" → one line per pair, the key in bold; `href` is the link itself.
  const fill = (label) => {
    const lines = label.split("; ").map((pair) => {
      const at = pair.indexOf(": ");
      const line = document.createElement("div");
      if (at < 0) line.textContent = pair;
      else if (pair.slice(0, at) === "href") return null;
      else
        line.append(
          Object.assign(document.createElement("b"), { textContent: pair.slice(0, at) + "：" }),
          pair.slice(at + 2),
        );
      return line;
    });
    tip.replaceChildren(...lines.filter(Boolean));
  };

  // Above the mark, centred, kept inside the viewport; below it when there is no room above.
  const place = () => {
    const box = current.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.min(
      Math.max(4, box.left + box.width / 2 - width / 2),
      document.documentElement.clientWidth - width - 4,
    );
    const top = box.top - height - 8 >= 0 ? box.top - height - 8 : box.bottom + 8;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  };

  const show = (mark) => {
    if (!mark) return;
    current = mark;
    fill(mark.getAttribute("aria-label"));
    tip.hidden = false;
    place();
  };
  const hide = () => {
    current = null;
    tip.hidden = true;
  };
  // The mark itself, or the mark inside a focused link (indicator charts wrap their points in <a>).
  const markOf = (node) => {
    if (!(node instanceof window.Element)) return null;
    return node.closest(MARK) ?? (node.matches("figure.chart svg a") ? node.querySelector(MARK) : null);
  };

  document.addEventListener("pointerover", (e) => show(markOf(e.target)));
  document.addEventListener("pointerout", (e) => {
    // A tap ends with pointerout; the tooltip stays until the next tap elsewhere.
    if (e.pointerType !== "touch" && current && !current.contains(e.relatedTarget)) hide();
  });
  document.addEventListener("pointerdown", (e) => {
    if (current && !markOf(e.target)) hide();
  });
  document.addEventListener("focusin", (e) => show(markOf(e.target)));
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && current) hide();
  });
  document.addEventListener("scroll", () => current && place(), { capture: true, passive: true });
  window.addEventListener("resize", () => current && place());

  // Marks in the order they are seen: top to bottom when they are bars lying along a vertical band
  // axis (all one height, not all one width), else left to right (columns, points).
  const inViewOrder = (marks) => {
    const boxes = new Map(marks.map((m) => [m, m.getBoundingClientRect()]));
    const same = (key) => new Set([...boxes.values()].map((b) => Math.round(b[key]))).size === 1;
    const [first, second] = same("height") && !same("width") ? ["top", "left"] : ["left", "top"];
    const by = (a, b, key) => Math.round(boxes.get(a)[key]) - Math.round(boxes.get(b)[key]);
    return marks.sort((a, b) => by(a, b, first) || by(a, b, second));
  };

  // Marks that are not links get one tab stop per chart; the arrow keys move between them.
  for (const svg of charts) {
    const marks = inViewOrder([...svg.querySelectorAll(MARK)].filter((m) => !m.closest("a")));
    marks.forEach((mark, i) => {
      mark.setAttribute("tabindex", i === 0 ? "0" : "-1");
      mark.addEventListener("keydown", (e) => {
        const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
        const next = step && marks[i + step];
        if (!next) return;
        e.preventDefault();
        mark.setAttribute("tabindex", "-1");
        next.setAttribute("tabindex", "0");
        next.focus();
      });
    });
  }
})();
