// Triglot search page: Pagefind's JS API over one record per passage in the page's language.
// Armenian "և" is searched as "եւ", the spelling the index uses, so either spelling finds both.
(function () {
  "use strict";
  function normalise(q) { return q.replace(/\u0587/g, "\u0565\u0582"); }

  function excerptNodes(html) {
    // Pagefind's excerpt is HTML with <mark>; keep only its text and marks.
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    var out = document.createDocumentFragment();
    doc.body.firstChild.childNodes.forEach(function (n) {
      if (n.nodeType === 1 && n.nodeName === "MARK") {
        var m = document.createElement("mark"); m.textContent = n.textContent; out.appendChild(m);
      } else { out.appendChild(document.createTextNode(n.textContent)); }
    });
    return out;
  }

  document.addEventListener("DOMContentLoaded", async function () {
    var form = document.querySelector(".search-form");
    var input = document.getElementById("search-input");
    var status = document.querySelector(".search-status");
    var list = document.querySelector(".search-results");
    var root = document.querySelector("meta[name=triglot-root]").content;
    var base = new URL(root, location.href).pathname;
    var pagefind;
    try {
      pagefind = await import(new URL(root + "pagefind/pagefind.js", location.href).href);
      await pagefind.options({ baseUrl: base });
    } catch (e) { status.textContent = status.dataset.nojs; return; }

    async function run(q) {
      list.textContent = "";
      if (!q.trim()) { status.textContent = ""; return; }
      var search = await pagefind.search(normalise(q));
      var pages = await Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
      // One hit per passage: the sub-results anchored at a passage heading.
      var data = [];
      pages.forEach(function (d) {
        (d.sub_results || []).forEach(function (s) {
          if (s.url.indexOf("#") > 0) data.push({ url: s.url, title: d.meta.title, passage: s.title, excerpt: s.excerpt });
        });
      });
      status.textContent = data.length ? status.dataset.count.replace("{count}", data.length) : status.dataset.none;
      data.forEach(function (d) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = d.url;
        a.textContent = d.title + " — " + d.passage;
        var p = document.createElement("p");
        p.lang = document.documentElement.lang;
        p.appendChild(excerptNodes(d.excerpt));
        li.appendChild(a); li.appendChild(p); list.appendChild(li);
      });
    }

    var q = new URLSearchParams(location.search).get("q") || "";
    input.value = q;
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
      run(input.value);
    });
    if (q) run(q);
  });
})();
