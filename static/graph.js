/* jiandu 监督 — graph page: fetch /export.dot and render it with Viz.js (offline).
 *
 * Hooks for browser tests:
 *   #graph-body, #graph-region, #graph-depth, #graph-render (submit), #graph-all
 *   #graph[data-state="empty"|"loading"|"rendered"|"error"], #graph svg
 *   #graph-error (shown, with the message, when fetching or rendering fails)
 *   #graph-dot (the DOT text last fetched), #graph-dot-link (href = the export URL)
 * The page also reads ?body=&region=&depth= from its own URL and renders at once.
 */
(function () {
  "use strict";

  var ENTITY_IRI_PREFIX = "https://jiandu.dev/id/";

  var form = document.getElementById("graph-form");
  var bodyInput = document.getElementById("graph-body");
  var regionInput = document.getElementById("graph-region");
  var depthInput = document.getElementById("graph-depth");
  var renderButton = document.getElementById("graph-render");
  var allButton = document.getElementById("graph-all");
  var errorBox = document.getElementById("graph-error");
  var statusBox = document.getElementById("graph-status");
  var viewport = document.getElementById("graph-viewport");
  var graph = document.getElementById("graph");
  var dotPre = document.getElementById("graph-dot");
  var dotLink = document.getElementById("graph-dot-link");
  var zoomLabel = document.getElementById("graph-zoom-label");

  var vizPromise = null;
  var requestSeq = 0;
  var zoom = 1;
  var baseSize = null; // {w, h} of the current SVG at 100 %

  function getViz() {
    if (!vizPromise) {
      if (!window.Viz || typeof window.Viz.instance !== "function") {
        return Promise.reject(new Error("Viz.js (static/vendor/viz/viz-standalone.js) did not load."));
      }
      vizPromise = window.Viz.instance();
      vizPromise.catch(function () { vizPromise = null; });
    }
    return vizPromise;
  }

  function showError(msg) {
    errorBox.textContent = msg;
    errorBox.hidden = false;
  }
  function clearError() {
    errorBox.textContent = "";
    errorBox.hidden = true;
  }
  function setStatus(msg) { statusBox.textContent = msg || ""; }

  function exportUrl(params) {
    var qs = new URLSearchParams();
    if (params.body) {
      qs.set("body", params.body);
      if (params.depth) qs.set("depth", params.depth);
    }
    if (params.region) qs.set("region", params.region);
    var s = qs.toString();
    return "/export.dot" + (s ? "?" + s : "");
  }

  function currentParams() {
    var depth = parseInt(depthInput.value, 10);
    return {
      body: bodyInput.value.trim(),
      region: regionInput.value.trim(),
      depth: isFinite(depth) && depth > 0 ? String(depth) : ""
    };
  }

  // Keep the page URL in step so a rendered view can be bookmarked or shared.
  function rememberInUrl(params, whole) {
    var qs = new URLSearchParams();
    if (params.body) qs.set("body", params.body);
    if (params.region) qs.set("region", params.region);
    if (params.body && params.depth) qs.set("depth", params.depth);
    if (whole) qs.set("all", "1");
    var s = qs.toString();
    try { history.replaceState(null, "", window.location.pathname + (s ? "?" + s : "")); } catch (e) { /* ignore */ }
  }

  // ------------------------------------------------------------ zoom and pan

  function applyZoom() {
    var svg = graph.querySelector("svg");
    zoomLabel.textContent = Math.round(zoom * 100) + "%";
    if (!svg || !baseSize) return;
    svg.setAttribute("width", String(baseSize.w * zoom));
    svg.setAttribute("height", String(baseSize.h * zoom));
  }

  function setZoom(z, anchor) {
    z = Math.max(0.05, Math.min(8, z));
    var old = zoom;
    // Keep the point under the cursor (or the centre) where it is.
    var ax = anchor ? anchor.x : viewport.clientWidth / 2;
    var ay = anchor ? anchor.y : viewport.clientHeight / 2;
    var cx = (viewport.scrollLeft + ax) / old;
    var cy = (viewport.scrollTop + ay) / old;
    zoom = z;
    applyZoom();
    viewport.scrollLeft = cx * zoom - ax;
    viewport.scrollTop = cy * zoom - ay;
  }

  function fitZoom() {
    if (!baseSize) return;
    var z = Math.min((viewport.clientWidth - 16) / baseSize.w, (viewport.clientHeight - 16) / baseSize.h, 1.5);
    zoom = Math.max(0.05, z);
    applyZoom();
    viewport.scrollLeft = 0;
    viewport.scrollTop = 0;
  }

  document.getElementById("graph-zoom-in").addEventListener("click", function () { setZoom(zoom * 1.25); });
  document.getElementById("graph-zoom-out").addEventListener("click", function () { setZoom(zoom / 1.25); });
  document.getElementById("graph-zoom-fit").addEventListener("click", fitZoom);

  viewport.addEventListener("wheel", function (e) {
    if (!e.ctrlKey && !e.metaKey) return; // plain wheel scrolls
    e.preventDefault();
    var rect = viewport.getBoundingClientRect();
    setZoom(zoom * (e.deltaY < 0 ? 1.1 : 1 / 1.1), { x: e.clientX - rect.left, y: e.clientY - rect.top });
  }, { passive: false });

  (function dragToPan() {
    var start = null;
    viewport.addEventListener("mousedown", function (e) {
      if (e.button !== 0 || (e.target.closest && e.target.closest("a"))) return;
      start = { x: e.clientX, y: e.clientY, left: viewport.scrollLeft, top: viewport.scrollTop };
      viewport.classList.add("dragging");
    });
    window.addEventListener("mousemove", function (e) {
      if (!start) return;
      viewport.scrollLeft = start.left - (e.clientX - start.x);
      viewport.scrollTop = start.top - (e.clientY - start.y);
    });
    window.addEventListener("mouseup", function () {
      start = null;
      viewport.classList.remove("dragging");
    });
  })();

  viewport.addEventListener("keydown", function (e) {
    if (e.key === "+" || e.key === "=") { e.preventDefault(); setZoom(zoom * 1.25); }
    else if (e.key === "-") { e.preventDefault(); setZoom(zoom / 1.25); }
    else if (e.key === "0") { e.preventDefault(); fitZoom(); }
  });

  // ------------------------------------------------------------ rendering

  // Links in the DOT that point at our own IRIs go to the server's entity page.
  function fixLinks(svg) {
    Array.prototype.forEach.call(svg.querySelectorAll("a"), function (a) {
      var href = a.getAttribute("href") || a.getAttributeNS("http://www.w3.org/1999/xlink", "href") || "";
      if (href.indexOf(ENTITY_IRI_PREFIX) === 0) {
        var target = "/entity?iri=" + encodeURIComponent(href);
        a.setAttribute("href", target);
        if (a.hasAttributeNS("http://www.w3.org/1999/xlink", "href")) {
          a.setAttributeNS("http://www.w3.org/1999/xlink", "xlink:href", target);
        }
      }
    });
  }

  // Graphviz (in WebAssembly, without the browser's fonts) estimates text widths, and
  // underestimates Chinese ones, so labels can spill out of their boxes. Once the SVG is
  // in the page, squeeze any node label that is wider than its shape to fit.
  function fitNodeLabels(svg) {
    Array.prototype.forEach.call(svg.querySelectorAll("g.node"), function (node) {
      var shape = node.querySelector("polygon, ellipse, path, rect");
      if (!shape || typeof shape.getBBox !== "function") return;
      var box;
      try { box = shape.getBBox(); } catch (e) { return; }
      var avail = box.width - 8;
      if (!(avail > 0)) return;
      Array.prototype.forEach.call(node.querySelectorAll("text"), function (t) {
        var len;
        try { len = t.getComputedTextLength(); } catch (e) { return; }
        if (len > avail) {
          t.setAttribute("textLength", String(avail));
          t.setAttribute("lengthAdjust", "spacingAndGlyphs");
        }
      });
    });
  }

  function sizeOf(svg) {
    var vb = svg.viewBox && svg.viewBox.baseVal;
    if (vb && vb.width && vb.height) return { w: vb.width, h: vb.height };
    var w = parseFloat(svg.getAttribute("width")) || 800;
    var h = parseFloat(svg.getAttribute("height")) || 600;
    return { w: w, h: h };
  }

  function render(params, whole) {
    var seq = ++requestSeq;
    var url = exportUrl(whole ? {} : params);
    clearError();
    dotLink.setAttribute("href", url);
    graph.setAttribute("data-state", "loading");
    renderButton.disabled = true;
    allButton.disabled = true;
    setStatus("Fetching " + url + " …");
    rememberInUrl(whole ? {} : params, whole);

    var dotText = null;
    return fetch(url, { headers: { Accept: "text/vnd.graphviz, text/plain;q=0.9, */*;q=0.5" } })
      .then(function (res) {
        return res.text().then(function (text) {
          if (!res.ok) {
            var detail = text && text.length < 2000 ? "\n" + text.trim() : "";
            throw new Error("Could not fetch " + url + ": HTTP " + res.status + " " + res.statusText + detail);
          }
          return text;
        });
      })
      .then(function (dot) {
        if (seq !== requestSeq) return null;
        dotText = dot;
        dotPre.textContent = dot;
        if (!dot.trim()) throw new Error("The server returned an empty graph for " + url + ".");
        setStatus("Rendering " + Math.round(dot.length / 1024 * 10) / 10 + " KiB of DOT …");
        return getViz().then(function (viz) {
          try {
            return viz.renderSVGElement(dot);
          } catch (err) {
            throw new Error("Graphviz could not render the DOT: " + (err && err.message ? err.message : err));
          }
        });
      })
      .then(function (svg) {
        if (!svg || seq !== requestSeq) return;
        fixLinks(svg);
        graph.textContent = "";
        graph.classList.remove("stale");
        graph.appendChild(svg);
        baseSize = sizeOf(svg);
        fitNodeLabels(svg);
        svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
        fitZoom();
        var nodes = svg.querySelectorAll("g.node").length;
        var edges = svg.querySelectorAll("g.edge").length;
        graph.setAttribute("data-state", "rendered");
        graph.setAttribute("data-nodes", String(nodes));
        graph.setAttribute("data-edges", String(edges));
        setStatus(nodes + " nodes, " + edges + " edges. Drag to pan; Ctrl + wheel or +/− to zoom.");
      })
      .catch(function (err) {
        if (seq !== requestSeq) return;
        graph.setAttribute("data-state", "error");
        graph.classList.add("stale"); // keep the last picture, dimmed
        if (dotText === null) dotPre.textContent = "";
        setStatus("");
        showError(err && err.message ? err.message : String(err));
      })
      .then(function () {
        if (seq !== requestSeq) return;
        renderButton.disabled = false;
        allButton.disabled = false;
      });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var p = currentParams();
    if (!p.body && !p.region) {
      showError("Enter a body name or a region, or use “Whole graph”.");
      bodyInput.focus();
      return;
    }
    render(p, false);
  });
  allButton.addEventListener("click", function () { render(currentParams(), true); });

  // Start from ?body=&region=&depth= (or ?all=1) in the page URL.
  (function fromUrl() {
    var qs = new URLSearchParams(window.location.search);
    if (qs.get("body")) bodyInput.value = qs.get("body");
    if (qs.get("region")) regionInput.value = qs.get("region");
    if (qs.get("depth")) depthInput.value = qs.get("depth");
    if (qs.get("body") || qs.get("region")) render(currentParams(), false);
    else if (qs.get("all")) render(currentParams(), true);
  })();

  // Warm up the WebAssembly module while the user types.
  getViz().catch(function (err) { showError(err && err.message ? err.message : String(err)); });
})();
