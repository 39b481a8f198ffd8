// Marks a search hit where a search result lands: ?hl=["text", …]&in=LANG#passage marks those
// strings inside the passage in that language (even across inline elements) and brings it into view.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var wanted, params = new URLSearchParams(location.search);
    try { wanted = JSON.parse(params.get("hl") || "[]"); } catch (e) { return; }
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }   // "#%E0": no passage named
    var target = id && document.getElementById(id);
    if (!target || !Array.isArray(wanted)) return;
    // a row holds every language: mark only the passage's own (?in=LANG)
    var lang = params.get("in");
    if (lang && target.lang !== lang) {
      target = Array.from(target.querySelectorAll("[lang]")).find(function (el) { return el.lang === lang; }) || target;
    }
    wanted.filter(function (s) { return typeof s === "string" && s.length && s.length < 300; }).slice(0, 20)
      .forEach(function (s) { mark(target, s); });
    var first = target.querySelector("mark.search-hit");
    (first || target).scrollIntoView({ block: "center" });
  });

  function mark(root, needle) {
    var nodes = [], text = "", walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) { nodes.push({ node: walker.currentNode, start: text.length }); text += walker.currentNode.data; }
    var ranges = [];
    for (var at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
    ranges.reverse().forEach(function (r) {
      nodes.slice().reverse().forEach(function (n) {
        var from = Math.max(r[0], n.start), to = Math.min(r[1], n.start + n.node.data.length);
        if (from >= to || n.node.parentNode.closest("mark.search-hit")) return;
        var range = document.createRange();
        range.setStart(n.node, from - n.start); range.setEnd(n.node, to - n.start);
        var m = document.createElement("mark"); m.className = "search-hit";
        range.surroundContents(m);
      });
    });
  }
})();
