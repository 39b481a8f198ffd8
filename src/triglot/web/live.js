// Live preview (`triglot serve --watch` only; never part of the built site): asks the
// preview server what happened since this page was loaded, reloads after a successful
// rebuild, and shows the problems of a failed one over the page.
(function () {
  "use strict";
  var seen = null;
  var box = null;

  function show(problems, stale) {
    if (!box) {
      box = document.createElement("section");
      box.id = "triglot-live-problems";
      box.setAttribute("role", "alert");
      box.setAttribute("lang", "en");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;" +
        "margin:0;padding:0.75em 1em;background:#fff4f4;color:#600;border-top:3px solid #a00;" +
        "font:14px/1.4 monospace;z-index:2147483647;white-space:pre-wrap;overflow-wrap:anywhere";
      document.body.appendChild(box);
    }
    box.textContent = "";
    var head = document.createElement("strong");
    head.textContent = stale ? "The edition does not build; this page shows the previous version.\n"
      : "Problems in the translation files (the site does not take them until they are imported):\n";
    box.appendChild(head);
    problems.forEach(function (line) {
      var item = document.createElement("div");
      item.textContent = line;   // text only: a problem message is never markup
      box.appendChild(item);
    });
  }

  function hide() {
    if (box) { box.remove(); box = null; }
  }

  function poll() {
    fetch("/__triglot/status", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (seen === null) {
          seen = s.site;
        } else if (s.site !== seen && !s.building) {
          seen = s.site;
          location.reload(); return;   // a build succeeded: show it (its problems, if any, come with it)
        }
        if (s.problems.length) { show(s.problems, s.stale); } else { hide(); }
      })
      .catch(function () { /* the preview stopped: keep the page as it is */ })
      .finally(function () { setTimeout(poll, 700); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", poll);
  } else {
    poll();
  }
})();
