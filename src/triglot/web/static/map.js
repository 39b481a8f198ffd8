/* The map of places: zoom and pan with buttons, keyboard (arrows, + and -) and pointer
   (drag, ctrl + wheel, double click). Zoom levels are fixed (pixels per map unit, listed in
   data-levels); each has its own group of place links whose labels were placed at build
   time so that none overlaps another at that level (triglot.web.labels). A place reached
   with Tab is brought into view. No network, no library. */
(function () {
  "use strict";

  function nums(text) { return text.trim().split(/\s+/).map(Number); }

  function setup(svg) {
    var figure = svg.closest("figure");
    var tools = figure.querySelector(".map-tools");
    var levels = nums(svg.getAttribute("data-levels"));
    var home = nums(svg.getAttribute("data-home"));
    var extent = nums(svg.getAttribute("data-extent"));
    var groups = Array.prototype.slice.call(svg.querySelectorAll("g.places"));
    var state = { level: 0, cx: home[0] + home[2] / 2, cy: home[1] + home[3] / 2, fitted: true };

    function size() { return { w: svg.clientWidth || 1, h: svg.clientHeight || 1 }; }

    function fitLevel() {
      var s = size(), best = 0;
      levels.forEach(function (k, i) { if (home[2] * k <= s.w && home[3] * k <= s.h) { best = i; } });
      return best;
    }

    function clamp() {
      var s = size(), k = levels[state.level];
      var halfW = s.w / k / 2, halfH = s.h / k / 2;
      var minX = extent[0] + halfW, maxX = extent[2] - halfW;
      var minY = extent[1] + halfH, maxY = extent[3] - halfH;
      state.cx = minX > maxX ? (extent[0] + extent[2]) / 2 : Math.min(maxX, Math.max(minX, state.cx));
      state.cy = minY > maxY ? (extent[1] + extent[3]) / 2 : Math.min(maxY, Math.max(minY, state.cy));
    }

    function render() {
      var s = size(), k = levels[state.level];
      clamp();
      var w = s.w / k, h = s.h / k;
      svg.setAttribute("viewBox", [state.cx - w / 2, state.cy - h / 2, w, h].map(function (v) {
        return Math.round(v * 100) / 100;
      }).join(" "));
      svg.setAttribute("data-level", String(state.level));
      groups.forEach(function (g) {
        if (g.getAttribute("data-level") === String(state.level)) { g.removeAttribute("display"); }
        else { g.setAttribute("display", "none"); }
      });
      svg.classList.toggle("zoomed", state.level > fitLevel());
      tools.querySelector("[data-map=in]").disabled = state.level >= levels.length - 1;
      tools.querySelector("[data-map=out]").disabled = state.level <= 0;
    }

    function goHome() {
      state.level = fitLevel();
      state.cx = home[0] + home[2] / 2;
      state.cy = home[1] + home[3] / 2;
      state.fitted = true;
      render();
    }

    /* Change level, keeping the point (px, py) of the map where it is on screen and the
       focused place focused (its link in the new level's group). */
    function zoom(step, px, py) {
      var next = Math.max(0, Math.min(levels.length - 1, state.level + step));
      if (next === state.level) { return; }
      var focused = document.activeElement && document.activeElement.closest && document.activeElement.closest("a.place");
      var k0 = levels[state.level], k1 = levels[next];
      if (px !== undefined) {
        state.cx = px - (px - state.cx) * k0 / k1;
        state.cy = py - (py - state.cy) * k0 / k1;
      }
      state.level = next;
      state.fitted = false;
      render();
      if (focused && svg.contains(focused)) {
        var again = groups[next].querySelector('a.place[data-place="' + focused.getAttribute("data-place") + '"]');
        if (again) { again.focus(); }
      }
    }

    function pan(dx, dy) {
      var k = levels[state.level];
      state.cx += dx / k;
      state.cy += dy / k;
      state.fitted = false;
      render();
    }

    function toMap(clientX, clientY) {
      var r = svg.getBoundingClientRect(), k = levels[state.level], s = size();
      return { x: state.cx + (clientX - r.left - s.w / 2) / k, y: state.cy + (clientY - r.top - s.h / 2) / k };
    }

    /* A place reached with Tab: bring its dot into view, with room for its name. */
    svg.addEventListener("focusin", function (event) {
      var link = event.target.closest && event.target.closest("a.place");
      if (!link) { return; }
      var dot = link.querySelector("circle");
      var x = Number(dot.getAttribute("cx")), y = Number(dot.getAttribute("cy"));
      var s = size(), k = levels[state.level], marginX = Math.min(80, s.w / 4) / k, marginY = Math.min(40, s.h / 4) / k;
      var w = s.w / k, h = s.h / k;
      if (x < state.cx - w / 2 + marginX || x > state.cx + w / 2 - marginX ||
          y < state.cy - h / 2 + marginY || y > state.cy + h / 2 - marginY) {
        state.cx = x;
        state.cy = y;
        state.fitted = false;
        render();
      }
    });

    svg.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) { return; }
      var step = 80, moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      if (moves[event.key]) {
        pan(moves[event.key][0], moves[event.key][1]);
      } else if (event.key === "+" || event.key === "=") {
        zoom(1);
      } else if (event.key === "-" || event.key === "_") {
        zoom(-1);
      } else if (event.key === "0") {
        goHome();
      } else {
        return;
      }
      event.preventDefault();
    });

    var drag = null;
    svg.addEventListener("pointerdown", function (event) {
      if (event.button !== 0 || (event.pointerType === "touch" && !svg.classList.contains("zoomed"))) { return; }
      drag = { id: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
    });
    svg.addEventListener("pointermove", function (event) {
      if (!drag || drag.id !== event.pointerId) { return; }
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
      if (!drag.moved) { svg.setPointerCapture(event.pointerId); }
      drag.moved = true;
      drag.x = event.clientX;
      drag.y = event.clientY;
      pan(-dx, -dy);
    });
    function endDrag(event) {
      if (drag && drag.id === event.pointerId) {
        svg.classList.toggle("dragged", drag.moved);
        drag = null;
      }
    }
    svg.addEventListener("pointerup", endDrag);
    svg.addEventListener("pointercancel", endDrag);
    /* a drag that ends on a place does not follow its link */
    svg.addEventListener("click", function (event) {
      if (svg.classList.contains("dragged")) {
        svg.classList.remove("dragged");
        event.preventDefault();
      }
    }, true);
    svg.addEventListener("wheel", function (event) {
      if (!event.ctrlKey && !event.metaKey) { return; }      /* plain wheel scrolls the page */
      event.preventDefault();
      var p = toMap(event.clientX, event.clientY);
      zoom(event.deltaY < 0 ? 1 : -1, p.x, p.y);
    }, { passive: false });
    svg.addEventListener("dblclick", function (event) {
      var p = toMap(event.clientX, event.clientY);
      zoom(event.shiftKey ? -1 : 1, p.x, p.y);
    });

    tools.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) { return; }
      var action = button.getAttribute("data-map");
      if (action === "in") { zoom(1); } else if (action === "out") { zoom(-1); } else { goHome(); }
    });

    function layout() {
      var ratio = home[3] / home[2];
      var height = Math.min(svg.clientWidth * ratio * 1.15, window.innerHeight * 0.7);
      svg.style.height = Math.max(200, Math.round(height)) + "px";
      if (state.fitted) { goHome(); } else { render(); }
    }
    window.addEventListener("resize", layout);
    svg.classList.add("interactive");
    tools.hidden = false;
    layout();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("svg.place-map[data-levels]"), setup);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
