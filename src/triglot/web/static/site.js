// Triglot web edition: languages shown (remembered, never none; one at a time on phones),
// entity and date cards (hover, focus, click; keyboard-safe), document list sorting and filters,
// citation copy buttons. Loaded as a file: the Content-Security-Policy forbids inline script.
(function () {
  "use strict";
  var KEY = "triglot.hidden-columns";
  var PHONE_KEY = "triglot.phone-column";
  var PHONE = window.matchMedia("(max-width: 48rem)");

  function stored(key, fallback) {
    try { var v = JSON.parse(localStorage.getItem(key)); return v === null ? fallback : v; } catch (e) { return fallback; }
  }
  function store(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode */ }
  }

  // Wide screens: any set of columns but never none. A stored set hiding every column is ignored.
  function setupColumns() {
    var toggle = document.querySelector(".column-toggle");
    var parallel = document.querySelector(".parallel");
    if (!toggle || !parallel) return;
    var boxes = Array.prototype.slice.call(toggle.querySelectorAll("input[data-column]"));
    var note = toggle.querySelector(".column-note");
    var hidden = stored(KEY, []);
    if (!Array.isArray(hidden) || boxes.every(function (b) { return hidden.indexOf(b.getAttribute("data-column")) >= 0; })) hidden = [];
    var landed = landedColumn(parallel);
    toggle.hidden = false;
    columnRules(boxes.map(function (b) { return b.getAttribute("data-column"); }));
    boxes.forEach(function (box) {
      var lang = box.getAttribute("data-column");
      box.checked = hidden.indexOf(lang) < 0 || lang === landed;
      parallel.classList.toggle("hide-" + lang, !box.checked);
      box.addEventListener("change", function () {
        if (!boxes.some(function (b) { return b.checked; })) {
          box.checked = true;
          note.textContent = note.getAttribute("data-last");
          return;
        }
        note.textContent = "";
        store(KEY, boxes.filter(function (b) { return !b.checked; }).map(function (b) { return b.getAttribute("data-column"); }));
        parallel.classList.toggle("hide-" + lang, !box.checked);
        tabStops(parallel);
      });
    });
    setupPhoneSwitch(parallel, landed);
    tabStops(parallel);
    PHONE.addEventListener("change", function () { tabStops(parallel); });
  }

  // One Tab stop per name or date per passage: the first visible mention of each (the same names
  // recur in every column and within a passage), so that a long document is not hundreds of
  // stops long. The other mentions stay links for the pointer and for screen readers' link lists.
  function tabStops(parallel) {
    parallel.querySelectorAll(".row").forEach(function (row) {
      var seen = {};
      row.querySelectorAll(".cell a[data-card]").forEach(function (a) {
        var key = a.getAttribute("href");
        var shown = a.getClientRects().length > 0;
        if (shown && !seen[key]) { seen[key] = true; a.removeAttribute("tabindex"); } else { a.setAttribute("tabindex", "-1"); }
      });
    });
  }

  // The show/hide rules of each column of this edition (its languages are data, not CSS), in a
  // sheet of their own: opened from file:// (no server), site.css is another origin's sheet whose
  // rules the browser will not let a script touch, and adding to it threw and stopped the whole
  // script (no phone switch, no column toggles, no cards). The CSP allows a constructed sheet.
  function columnRules(codes) {
    var sheet;
    try { sheet = new CSSStyleSheet(); } catch (e) { return; }
    document.adoptedStyleSheets = Array.prototype.slice.call(document.adoptedStyleSheets).concat([sheet]);
    codes.forEach(function (code) {
      var c = CSS.escape(code);
      sheet.insertRule("@media not all and (max-width: 48rem) { .parallel.hide-" + c + " .col-" + c + " { display: none; } }", sheet.cssRules.length);
      sheet.insertRule("@media (max-width: 48rem) { .parallel[data-phone=\"" + c + "\"] .cell:not(.col-" + c + ") { display: none; } }", sheet.cssRules.length);
    });
  }

  // The column of the passage a link lands on (#DOC.p3.hy, or a row with ?in=hy from a search
  // result): shown for this visit, not remembered, since the reader did not choose it. A Russian
  // reader on a phone who followed a result in an Armenian passage landed at the top of the page
  // with the hit in the hidden Armenian column.
  function landedColumn(parallel) {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return null; }   // "#%E0": a bad link, no column
    var target = id && document.getElementById(id);
    if (!target || !parallel.contains(target)) return null;
    var cell = target.closest(".cell");
    var own = cell && /(?:^|\s)col-(\S+)/.exec(cell.className);
    return own ? own[1] : new URLSearchParams(location.search).get("in");
  }

  // Phones: one language at a time, the interface language first, switched with radio buttons.
  // A language of which this document has no passage translated is not chosen for the reader (the
  // English interface of a Russian play nobody has translated showed "Not yet translated" 85 times,
  // and a language chosen on another document was kept here too); a link to a passage in it is followed.
  function setupPhoneSwitch(parallel, landed) {
    var sw = document.querySelector(".column-switch");
    if (!sw) return;
    var radios = Array.prototype.slice.call(sw.querySelectorAll("input[type=radio]"));
    function readable(r) {
      return Array.prototype.some.call(parallel.querySelectorAll(".cell"), function (c) {
        return c.classList.contains("col-" + r.value) && !c.classList.contains("state-untranslated");
      });
    }
    var kept = stored(PHONE_KEY, null);
    var chosen = radios.filter(function (r) { return r.value === landed; })[0] ||
                 radios.filter(function (r) { return r.value === kept && readable(r); })[0] ||
                 radios.filter(function (r) { return r.getAttribute("data-ui") === "true" && readable(r); })[0] ||
                 radios.filter(readable)[0] || radios[0];
    sw.hidden = false;
    function apply(value) {
      parallel.setAttribute("data-phone", value);
      tabStops(parallel);
    }
    chosen.checked = true;
    apply(chosen.value);
    radios.forEach(function (r) {
      r.addEventListener("change", function () { if (r.checked) { apply(r.value); store(PHONE_KEY, r.value); } });
    });
  }

  // refocusing: focus given back to a card's link as the card closes, which must not open it again
  // (Escape and Close reopened the card at once: a keyboard reader could not dismiss it).
  var opener = null, hoverTimer = null, refocusing = false;

  function hideCards() {
    document.querySelectorAll(".card:not([hidden])").forEach(function (c) { c.hidden = true; });
    if (opener) { opener.setAttribute("aria-expanded", "false"); }
  }

  function closeCards(refocus) {
    var was = opener;
    hideCards();
    opener = null;
    if (refocus && was) { refocusing = true; was.focus(); refocusing = false; }
  }

  function place(card, link) {
    var r = link.getBoundingClientRect();
    var width = Math.min(card.offsetWidth || 352, document.documentElement.clientWidth - 16);
    var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
    card.style.left = (window.scrollX + left) + "px";
    card.style.top = (window.scrollY + r.bottom + 4) + "px";
  }

  function openCard(link, focusInside) {
    var card = document.getElementById(link.getAttribute("data-card"));
    if (!card) return false;
    hideCards();
    card.hidden = false;
    place(card, link);
    opener = link;
    link.setAttribute("aria-expanded", "true");
    if (focusInside) {
      var first = card.querySelector("a, button");
      if (first) first.focus();
    }
    return true;
  }

  function focusables(card) {
    return Array.prototype.slice.call(card.querySelectorAll("a[href], button"));
  }

  function setupCards() {
    document.querySelectorAll("[data-card]").forEach(function (link) {
      link.setAttribute("aria-expanded", "false");
      link.addEventListener("click", function (ev) {
        if (openCard(link, true)) ev.preventDefault();
      });
      link.addEventListener("focus", function () { if (!refocusing) openCard(link, false); });
      link.addEventListener("mouseenter", function () {
        clearTimeout(hoverTimer);
        hoverTimer = setTimeout(function () { openCard(link, false); }, 250);
      });
      link.addEventListener("mouseleave", function () { clearTimeout(hoverTimer); });
    });
    document.querySelectorAll(".card").forEach(function (card) {
      // Tabbing out of a card goes on in the text after its link, not to the top of the page.
      card.addEventListener("keydown", function (ev) {
        if (ev.key !== "Tab" || !opener) return;
        var items = focusables(card);
        if (!ev.shiftKey && document.activeElement === items[items.length - 1]) {
          var link = opener; closeCards(false); link.focus();
        } else if (ev.shiftKey && document.activeElement === items[0]) {
          ev.preventDefault(); closeCards(true);
        }
      });
    });
    document.querySelectorAll(".card-close").forEach(function (b) { b.addEventListener("click", function () { closeCards(true); }); });
    document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") closeCards(true); });
    document.addEventListener("focusin", function (ev) {
      if (opener && !ev.target.closest(".card") && ev.target !== opener) closeCards(false);
    });
    document.addEventListener("click", function (ev) {
      if (!ev.target.closest(".card") && !ev.target.closest("[data-card]")) closeCards(false);
    });
  }

  // The home page's document list: sort by date or title, filter by type, person and place.
  function setupDocList() {
    var form = document.querySelector(".doc-filters");
    var list = document.querySelector(".doc-list");
    if (!form || !list) return;
    form.hidden = false;
    var items = Array.prototype.slice.call(list.children);
    var count = form.querySelector(".doc-count");
    function update() {
      var by = form.querySelector("[data-sort]").value;
      var sorted = items.slice().sort(function (a, b) {
        var ka = a.getAttribute("data-" + by), kb = b.getAttribute("data-" + by);
        return by === "title" ? ka.localeCompare(kb, document.documentElement.lang) : (ka < kb ? -1 : ka > kb ? 1 : 0);
      });
      var shown = 0;
      sorted.forEach(function (li) {
        var ok = Array.prototype.every.call(form.querySelectorAll("[data-filter]"), function (sel) {
          return !sel.value || (li.getAttribute("data-" + sel.getAttribute("data-filter")) || "").split(" ").indexOf(sel.value) >= 0;
        });
        li.hidden = !ok;
        if (ok) shown++;
        list.appendChild(li);
      });
      count.textContent = count.getAttribute("data-count").replace("{count}", shown).replace("{total}", items.length);
    }
    form.addEventListener("change", update);
    form.addEventListener("submit", function (ev) { ev.preventDefault(); });
    update();
  }

  // Copy buttons copy the text of the element they name.
  function setupCopy() {
    document.querySelectorAll("button[data-copy]").forEach(function (b) {
      b.hidden = false;
      b.addEventListener("click", function () {
        var source = document.getElementById(b.getAttribute("data-copy"));
        var text = source ? source.textContent.replace(/\s+/g, " ").trim() : "";
        var done = function () { b.textContent = b.getAttribute("data-done"); };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(done, function () { selectText(source); });
        } else { selectText(source); }
      });
    });
  }

  function selectText(el) {
    if (!el) return;
    var range = document.createRange();
    range.selectNodeContents(el);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  // Language switch keeps the reader on the same passage: carry the fragment along.
  function setupLanguageSwitch() {
    document.querySelectorAll(".lang-switch a").forEach(function (a) {
      a.addEventListener("click", function () {
        if (location.hash) a.setAttribute("href", a.getAttribute("href").split("#")[0] + location.hash);
      });
    });
  }

  // A register split by letter: an old link persons.html#ID lands on the entry's line of the first
  // page's list (the page works so without script); go on to the entry on its letter's page. A part
  // asked for an entry it does not hold (a note's #ID, an entry since renamed to another letter)
  // sends the fragment to the first page, which knows the entry's part.
  function followSplitRegister() {
    if (location.hash.length < 2) return;
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    var item = document.getElementById(id);
    var part = document.querySelector("nav.az[data-first]");
    if (part) {
      if (!item) location.replace(part.getAttribute("data-first") + location.hash);
      return;
    }
    if (!document.querySelector(".register-directory")) return;
    if (item && item.classList.contains("former-id")) {     // an id the entry took over: its part, under that id
      location.replace(new URL(item.getAttribute("data-part"), location.href).href);
      return;
    }
    var link = item && item.hasAttribute("data-part") ? item.querySelector("a[href]") : null;
    if (link) location.replace(link.href);
  }
  followSplitRegister();
  window.addEventListener("hashchange", followSplitRegister);

  document.addEventListener("DOMContentLoaded", function () {
    setupColumns();
    setupCards();
    setupDocList();
    setupCopy();
    setupLanguageSwitch();
  });
})();
