// Progressive enhancement: the home page works without this; with it, Pagefind's UI adds full-text search.
window.addEventListener("DOMContentLoaded", () => {
  if (typeof window.PagefindUI !== "function") return;
  new window.PagefindUI({ element: "#search", showSubResults: true, showImages: false });
});
