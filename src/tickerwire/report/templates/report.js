(function () {
  "use strict";
  var box = document.getElementById("filter");
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-search]"));
  var status = document.getElementById("filter-status");
  var timer = null;
  function apply() {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (el) {
      var text = el.getAttribute("data-search");
      var ok = words.every(function (w) { return text.indexOf(w) !== -1; });
      el.hidden = !ok;
      if (ok && el.classList.contains("article")) { shown += 1; }
    });
    status.textContent = words.length ? shown + " matching articles" : "";
  }
  box.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.tagName === "DETAILS") { el.open = true; }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  function setAll(open) {
    document.querySelectorAll("details.article").forEach(function (d) {
      if (!d.hidden) { d.open = open; }
    });
  }
  document.getElementById("expand-all").addEventListener("click", function () { setAll(true); });
  document.getElementById("collapse-all").addEventListener("click", function () { setAll(false); });
})();
