// Triglot web edition: column show/hide (remembered), entity and date cards.
// Loaded as a file: the Content-Security-Policy forbids inline script.
(function () {
  "use strict";
  var KEY = "triglot.hidden-columns";

  function hiddenColumns() {
    try { return JSON.parse(localStorage.getItem(KEY) || "[]"); } catch (e) { return []; }
  }

  function setupColumns() {
    var toggle = document.querySelector(".column-toggle");
    var parallel = document.querySelector(".parallel");
    if (!toggle || !parallel) return;
    var hidden = hiddenColumns();
    // Any language: the cells of a column are marked, not the page given a class per language.
    function show(lang, on) {
      parallel.querySelectorAll(".col-" + lang).forEach(function (cell) {
        cell.classList.toggle("col-hidden", !on);
      });
    }
    toggle.hidden = false;
    toggle.querySelectorAll("input[data-column]").forEach(function (box) {
      var lang = box.getAttribute("data-column");
      box.checked = hidden.indexOf(lang) < 0;
      show(lang, box.checked);
      box.addEventListener("change", function () {
        var now = hiddenColumns().filter(function (l) { return l !== lang; });
        if (!box.checked) now.push(lang);
        try { localStorage.setItem(KEY, JSON.stringify(now)); } catch (e) { /* private mode */ }
        show(lang, box.checked);
      });
    });
  }

  var opener = null;

  function closeCards() {
    document.querySelectorAll(".card:not([hidden])").forEach(function (c) { c.hidden = true; });
    if (opener) { opener.setAttribute("aria-expanded", "false"); opener.focus(); opener = null; }
  }

  function openCard(link) {
    var card = document.getElementById(link.getAttribute("data-card"));
    if (!card) return false;
    closeCards();
    var r = link.getBoundingClientRect();
    card.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 360)) + "px";
    card.style.top = (window.scrollY + r.bottom + 4) + "px";
    card.hidden = false;
    opener = link;
    link.setAttribute("aria-expanded", "true");
    var first = card.querySelector("a, button");
    if (first) first.focus();
    return true;
  }

  function setupCards() {
    document.querySelectorAll("[data-card]").forEach(function (link) {
      link.setAttribute("aria-expanded", "false");
      link.addEventListener("click", function (ev) {
        if (openCard(link)) ev.preventDefault();
      });
    });
    document.querySelectorAll(".card-close").forEach(function (b) { b.addEventListener("click", closeCards); });
    document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") closeCards(); });
    document.addEventListener("click", function (ev) {
      if (!ev.target.closest(".card") && !ev.target.closest("[data-card]")) {
        document.querySelectorAll(".card:not([hidden])").forEach(function (c) { c.hidden = true; });
        if (opener) { opener.setAttribute("aria-expanded", "false"); opener = null; }
      }
    });
  }

  // Language switch keeps the reader on the same passage: carry the fragment along.
  function setupLanguageSwitch() {
    document.querySelectorAll(".lang-switch a").forEach(function (a) {
      a.addEventListener("click", function () {
        if (location.hash) a.setAttribute("href", a.getAttribute("href").split("#")[0] + location.hash);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupColumns();
    setupCards();
    setupLanguageSwitch();
  });
})();
