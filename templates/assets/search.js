// Progressive enhancement: the home page works without this; with it, Pagefind's UI adds full-text search.
window.addEventListener("DOMContentLoaded", () => {
  if (typeof window.PagefindUI !== "function") return;
  new window.PagefindUI({ element: "#search", showSubResults: true, showImages: false });
  // Pagefind's input has only a title; a screen reader needs a real accessible name.
  document.querySelector("#search input")?.setAttribute("aria-label", "搜索报告、表格和案例");
});
