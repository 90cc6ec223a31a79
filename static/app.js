/* jiandu 监督 — SPARQL page.
 *
 * Everything here talks only to this server:
 *   POST /sparql      the SPARQL 1.1 endpoint (YASGUI)
 *   GET  /queries     the named queries
 *   GET  /search?q=   the entity search box
 *   /entity?iri=      the page about one entity (links only)
 *
 * Hooks for browser tests (see also the comments next to each):
 *   #search-input, #search-results li.search-result a.search-result-link, .kind-tag[data-kind]
 *   #named-query-list[data-state="loaded"|"error"], button[data-query="<name>"],
 *   input[data-param="<param>"] inside li[data-query-item="<name>"]
 *   #yasgui[data-query-state="idle"|"running"|"done"|"error"], #yasgui[data-active-tab-name]
 *   document.body[data-yasgui-ready="true"], window.jianduYasgui (the Yasgui instance)
 */
(function () {
  "use strict";

  // ---------------------------------------------------------------- constants

  // Absolute URL of this server's endpoint. YASGUI calls `new URL(endpoint)` in a few
  // places (GET requests, error rendering), which throws for a bare "/sparql".
  var ENDPOINT = new URL("/sparql", window.location.href).href;

  // Instance IRIs that the server can describe on /entity.
  var ENTITY_IRI_PREFIX = "https://jiandu.dev/id/";

  var DEFAULT_QUERY = [
    "PREFIX jd: <https://jiandu.dev/ontology#>",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "",
    "# Oversight bodies (纪委监委, 派驻纪检监察组, …) and their names",
    "SELECT ?body ?label WHERE {",
    "  ?body a/rdfs:subClassOf* jd:OversightBody ;",
    "        rdfs:label ?label .",
    "}",
    "LIMIT 50",
    ""
  ].join("\n");

  // Shown compactly in result tables (a query's own PREFIX lines take precedence).
  var RESULT_PREFIXES = {
    jd: "https://jiandu.dev/ontology#",
    org: "http://www.w3.org/ns/org#",
    prov: "http://www.w3.org/ns/prov#",
    rdfs: "http://www.w3.org/2000/01/rdf-schema#",
    xsd: "http://www.w3.org/2001/XMLSchema#",
    dcterms: "http://purl.org/dc/terms/",
    skos: "http://www.w3.org/2004/02/skos/core#"
  };

  // Autocompleters that work without the outside world:
  //  - "variables": completes ?vars already in the query;
  //  - "prefixes": completes PREFIX lines from the list bundled in yasgui.min.js
  //    (it only fetches when `prefixCcApi` is set, and we keep that null).
  // Not kept: "class" and "property", which query the Linked Open Vocabularies API
  // (lov.linkeddata.es) on every keystroke.
  var LOCAL_AUTOCOMPLETERS = ["variables", "prefixes"];
  var REMOTE_AUTOCOMPLETERS = ["class", "property"];

  var KIND_ZH = {
    Commission: "纪委监委",
    ResidentGroup: "派驻纪检监察组",
    WorkingCommittee: "纪检监察工委",
    InternalOffice: "内设机构",
    EnterpriseOrSchoolCommittee: "企业/高校纪委",
    Collective: "集体",
    Unit: "单位",
    Person: "人员",
    Region: "地区"
  };

  // ---------------------------------------------------------------- helpers

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === undefined || v === null || v === false) return;
        if (k === "text") node.textContent = v;
        else if (k === "className") node.className = v;
        else if (k.slice(0, 5) === "data-" || k.slice(0, 5) === "aria-" || k === "role" ||
                 k === "for" || k === "title" || k === "type" || k === "href" || k === "id" ||
                 k === "value" || k === "placeholder" || k === "lang" || k === "hidden") {
          node.setAttribute(k, v === true ? "" : String(v));
        } else node[k] = v;
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function entityHref(iri) {
    return "/entity?iri=" + encodeURIComponent(iri);
  }

  function debounce(fn, ms) {
    var t = null;
    return function () {
      var args = arguments, self = this;
      clearTimeout(t);
      t = setTimeout(function () { fn.apply(self, args); }, ms);
    };
  }

  // Value for a {{param}} placeholder. Named queries put placeholders inside SPARQL
  // string literals ("…{{unit}}…"), so escape what would end or break the literal.
  function escapeSparqlString(s) {
    return String(s)
      .replace(/\\/g, "\\\\")
      .replace(/"/g, "\\\"")
      .replace(/\n/g, "\\n")
      .replace(/\r/g, "\\r");
  }

  // Replace every {{name}} (spaces inside the braces allowed) whose name is in
  // `values`; unknown placeholders are left as they are.
  function fillTemplate(sparql, values) {
    return String(sparql).replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name)
        ? escapeSparqlString(values[name])
        : whole;
    });
  }

  // Exposed for tests and the console.
  window.jiandu = { fillTemplate: fillTemplate, escapeSparqlString: escapeSparqlString, ENDPOINT: ENDPOINT };

  // ---------------------------------------------------------------- search box

  function initSearch() {
    var form = document.getElementById("search");
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    if (!form || !input || !list) return;

    var controller = null;
    var lastQuery = null;
    var active = -1;

    function links() { return Array.prototype.slice.call(list.querySelectorAll("a.search-result-link")); }

    function open() { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }
    function setActive(i) {
      var ls = links();
      ls.forEach(function (a, j) { a.classList.toggle("active", j === i); a.setAttribute("aria-selected", j === i ? "true" : "false"); });
      active = i;
      if (i >= 0 && ls[i]) ls[i].scrollIntoView({ block: "nearest" });
    }
    function message(cls, text) {
      list.textContent = "";
      list.appendChild(el("li", { className: cls, role: "presentation", text: text }));
      list.setAttribute("data-state", cls.replace("search-", ""));
      open();
    }

    function render(items, q) {
      list.textContent = "";
      active = -1;
      if (!Array.isArray(items) || items.length === 0) {
        message("search-empty", "No match for “" + q + "”.");
        return;
      }
      items.forEach(function (item) {
        var kind = item.kind || "";
        var a = el("a", {
          className: "search-result-link",
          href: entityHref(item.iri),
          role: "option",
          title: item.iri,
          "data-iri": item.iri,
          "aria-selected": "false"
        }, [
          el("span", { className: "search-label", text: item.label || item.iri }),
          kind ? el("span", {
            className: "kind-tag kind-" + kind.replace(/[^A-Za-z0-9_-]/g, ""),
            "data-kind": kind,
            title: KIND_ZH[kind] || kind,
            text: kind
          }) : null
        ]);
        list.appendChild(el("li", { className: "search-result", role: "presentation" }, [a]));
      });
      list.setAttribute("data-state", "results");
      open();
    }

    var run = debounce(function () {
      var q = input.value.trim();
      if (q === lastQuery && !list.hidden) return;
      lastQuery = q;
      if (controller) controller.abort();
      if (!q) { list.textContent = ""; list.removeAttribute("data-state"); close(); return; }
      controller = typeof AbortController === "function" ? new AbortController() : null;
      list.setAttribute("data-state", "loading");
      fetch("/search?q=" + encodeURIComponent(q), {
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined
      }).then(function (res) {
        if (!res.ok) throw new Error("HTTP " + res.status);
        return res.json();
      }).then(function (items) {
        if (input.value.trim() !== q) return; // stale answer
        render(items, q);
      }).catch(function (err) {
        if (err && err.name === "AbortError") return;
        message("search-error", "Search failed: " + (err && err.message ? err.message : err));
      });
    }, 250);

    input.addEventListener("input", function () { lastQuery = null; run(); });
    input.addEventListener("focus", function () { if (list.childElementCount && input.value.trim()) open(); });
    input.addEventListener("keydown", function (e) {
      var ls = links();
      if (e.key === "ArrowDown") {
        e.preventDefault();
        if (list.hidden && ls.length) open();
        if (ls.length) setActive((active + 1) % ls.length);
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        if (ls.length) setActive(active <= 0 ? ls.length - 1 : active - 1);
      } else if (e.key === "Escape") {
        close();
      } else if (e.key === "Enter") {
        e.preventDefault();
        var target = ls[active >= 0 ? active : 0];
        if (target) window.location.href = target.href;
      }
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    document.addEventListener("click", function (e) { if (!form.contains(e.target)) close(); });
    // "/" focuses the search box (unless typing somewhere already).
    document.addEventListener("keydown", function (e) {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      var t = e.target;
      var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) ||
        (t.closest && t.closest(".CodeMirror")));
      if (typing) return;
      e.preventDefault();
      input.focus();
      input.select();
    });
  }

  // ---------------------------------------------------------------- YASGUI

  function initYasgui() {
    var root = document.getElementById("yasgui");
    if (!root) return null;
    if (typeof window.Yasgui !== "function") {
      root.setAttribute("data-query-state", "error");
      root.appendChild(el("p", { className: "error", text: "The query editor (static/vendor/yasgui/yasgui.min.js) did not load." }));
      return null;
    }
    var Yasgui = window.Yasgui;
    var Yasqe = Yasgui.Yasqe || window.Yasqe;

    // 1. No autocompleter that reaches the internet.
    //    Yasgui merges its config with lodash `merge`, which merges arrays index by index,
    //    so passing a shorter `autocompleters` list in the config would NOT drop the others:
    //    the defaults themselves must be replaced. Yasgui.defaults.yasqe is the same object
    //    as Yasqe.defaults, but set both in case that ever changes.
    if (Yasqe) {
      Yasqe.defaults.autocompleters = LOCAL_AUTOCOMPLETERS.slice();
      Yasqe.defaults.prefixCcApi = null;
      // Unregister the remote ones too, so nothing (e.g. an old saved config) can enable them:
      // enableCompleter() rejects names that are not registered.
      REMOTE_AUTOCOMPLETERS.forEach(function (name) {
        if (Yasqe.Autocompleters) delete Yasqe.Autocompleters[name];
      });
    }
    if (Yasgui.defaults && Yasgui.defaults.yasqe) {
      Yasgui.defaults.yasqe.autocompleters = LOCAL_AUTOCOMPLETERS.slice();
      Yasgui.defaults.yasqe.prefixCcApi = null;
    }

    var yasgui = new Yasgui(root, {
      persistenceId: "jiandu-sparql",
      tabName: "Query",
      copyEndpointOnNewTab: false,
      requestConfig: { endpoint: ENDPOINT, method: "POST" },
      // The endpoint selector is hidden by CSS; make its suggestions only this server anyway
      // (the defaults list DBpedia and Wikidata).
      endpointCatalogueOptions: {
        getData: function () { return [{ endpoint: ENDPOINT }]; },
        keys: []
      },
      endpointInfo: function () {
        return el("span", { className: "jiandu-endpoint", title: ENDPOINT }, [
          "Endpoint: ", el("code", { text: "/sparql" }), " (this server)"
        ]);
      },
      // Share links may carry another endpoint: always query this server.
      populateFromUrl: function (tabConfig) {
        tabConfig.requestConfig = tabConfig.requestConfig || {};
        tabConfig.requestConfig.endpoint = ENDPOINT;
        return tabConfig;
      },
      yasqe: {
        value: DEFAULT_QUERY,
        autocompleters: LOCAL_AUTOCOMPLETERS.slice(),
        prefixCcApi: null,
        editorHeight: "260px"
      },
      yasr: {
        prefixes: RESULT_PREFIXES
      }
    });

    // Tabs saved in localStorage by an earlier visit (maybe on another host or port)
    // keep the endpoint they had: point them all at this server.
    function pinEndpoint(tab) {
      if (tab && typeof tab.getEndpoint === "function" && tab.getEndpoint() !== ENDPOINT) {
        tab.setEndpoint(ENDPOINT);
      }
    }
    yasgui.persistentConfig.getTabs().forEach(function (id) { pinEndpoint(yasgui.getTab(id)); });

    // Test hooks: #yasgui[data-query-state] and [data-active-tab-name].
    function markActive() {
      var tab = yasgui.getTab();
      if (tab) root.setAttribute("data-active-tab-name", tab.getName());
    }
    markActive();
    yasgui.on("tabSelect", function () { setTimeout(markActive, 0); });
    yasgui.on("tabChange", markActive);
    yasgui.on("queryBefore", function (_y, tab) {
      pinEndpoint(tab);
      root.setAttribute("data-query-state", "running");
    });
    yasgui.on("queryAbort", function () { root.setAttribute("data-query-state", "idle"); });
    yasgui.on("queryResponse", function (_y, tab) {
      var yasr = tab && tab.getYasr && tab.getYasr();
      if (!yasr) { root.setAttribute("data-query-state", "done"); return; }
      // The response is drawn after this event; wait for it.
      yasr.once("drawn", function () {
        var failed = yasr.results && typeof yasr.results.hasError === "function" && yasr.results.hasError();
        root.setAttribute("data-query-state", failed ? "error" : "done");
      });
    });

    // IRIs of our own entities in result tables link to /entity instead of the
    // (unserved) https://jiandu.dev/id/… address. Rewritten lazily because the table
    // redraws its rows on paging and sorting.
    // The link text is shown decoded (…/id/body/江苏省纪委监委 rather than …/%E6%B1%9F…).
    function rewriteIriLink(a) {
      if (!a || a.hasAttribute("data-iri")) return;
      var iri = a.getAttribute("href") || "";
      if (iri.indexOf(ENTITY_IRI_PREFIX) !== 0) return;
      a.setAttribute("data-iri", iri);
      a.setAttribute("href", entityHref(iri));
      a.setAttribute("title", iri);
      var text = a.textContent;
      if (text.indexOf(ENTITY_IRI_PREFIX) === 0) {
        try { a.textContent = decodeURI(text); } catch (e) { /* keep it encoded */ }
      }
    }
    function rewriteAll() {
      Array.prototype.forEach.call(root.querySelectorAll(".yasr a.iri:not([data-iri])"), rewriteIriLink);
    }
    var pending = false;
    if (typeof MutationObserver === "function") {
      new MutationObserver(function () {
        if (pending) return;
        pending = true;
        requestAnimationFrame(function () { pending = false; rewriteAll(); });
      }).observe(root, { childList: true, subtree: true });
    }
    // Belt and braces: also just before a link is used.
    ["mouseover", "focusin", "pointerdown"].forEach(function (type) {
      root.addEventListener(type, function (e) {
        rewriteIriLink(e.target && e.target.closest ? e.target.closest("a.iri") : null);
      }, true);
    });
    rewriteAll();

    window.jianduYasgui = yasgui;
    document.body.setAttribute("data-yasgui-ready", "true");
    return yasgui;
  }

  // Open a query in the tab called `name` (created if needed), select it and run it.
  function openInTab(yasgui, name, sparql) {
    var tab = yasgui.tabNameTaken(name);
    if (tab) {
      yasgui.selectTabId(tab.getId());
      tab.show();
      tab.setQuery(sparql);
    } else {
      tab = yasgui.addTab(false, {
        name: name,
        yasqe: { value: sparql },
        requestConfig: { endpoint: ENDPOINT, method: "POST" }
      });
      yasgui.selectTabId(tab.getId());
    }
    if (tab.getEndpoint() !== ENDPOINT) tab.setEndpoint(ENDPOINT);
    return tab.query();
  }

  // ---------------------------------------------------------------- named queries

  function initNamedQueries(yasgui) {
    var list = document.getElementById("named-query-list");
    var status = document.getElementById("named-queries-status");
    if (!list) return;

    function setStatus(text, cls) {
      if (!status) return;
      status.textContent = text || "";
      status.className = "status" + (cls ? " " + cls : "");
      status.hidden = !text;
    }

    function entry(q) {
      var params = Array.isArray(q.params) ? q.params : [];
      var item = el("li", { className: "named-query", "data-query-item": q.name });
      var button = el("button", {
        type: "button",
        className: "named-query-run",
        "data-query": q.name,
        title: "Open “" + q.name + "” in its own tab and run it"
      }, [
        el("span", { className: "named-query-name", text: q.name }),
        q.description ? el("span", { className: "named-query-description", text: q.description }) : null
      ]);
      item.appendChild(button);

      var inputs = {};
      if (params.length) {
        var fields = el("div", { className: "named-query-params" });
        params.forEach(function (p) {
          var id = "nq-" + q.name + "-" + p.name;
          var input = el("input", {
            id: id,
            type: "text",
            className: "named-query-param",
            "data-param": p.name,
            value: p["default"] === undefined || p["default"] === null ? "" : String(p["default"]),
            placeholder: p["default"] === undefined || p["default"] === null ? "" : String(p["default"]),
            title: p.description || p.name,
            spellcheck: false
          });
          input.addEventListener("keydown", function (e) {
            if (e.key === "Enter") { e.preventDefault(); button.click(); }
          });
          inputs[p.name] = input;
          fields.appendChild(el("label", { className: "named-query-param-label", "for": id, title: p.description || "" }, [
            el("span", { className: "param-name", text: p.name }),
            input
          ]));
        });
        item.appendChild(fields);
      }

      button.addEventListener("click", function () {
        if (!yasgui) { setStatus("The query editor is not available.", "error"); return; }
        var values = {};
        params.forEach(function (p) {
          var v = inputs[p.name] ? inputs[p.name].value : undefined;
          values[p.name] = v !== undefined ? v : (p["default"] === undefined || p["default"] === null ? "" : p["default"]);
        });
        var sparql = fillTemplate(q.sparql || "", values);
        Array.prototype.forEach.call(list.querySelectorAll(".named-query.current"), function (n) { n.classList.remove("current"); });
        item.classList.add("current");
        setStatus("Running “" + q.name + "” …", "running");
        var done;
        try {
          done = openInTab(yasgui, q.name, sparql);
        } catch (err) {
          setStatus("Could not open “" + q.name + "”: " + (err && err.message ? err.message : err), "error");
          return;
        }
        Promise.resolve(done).then(function () {
          setStatus("Ran “" + q.name + "”.", "ok");
        }, function (err) {
          setStatus("“" + q.name + "” failed: " + (err && err.message ? err.message : err), "error");
        });
      });
      return item;
    }

    fetch("/queries", { headers: { Accept: "application/json" } })
      .then(function (res) {
        if (!res.ok) throw new Error("HTTP " + res.status);
        return res.json();
      })
      .then(function (queries) {
        list.textContent = "";
        if (!Array.isArray(queries) || queries.length === 0) {
          setStatus("No named queries on this server.", "");
        } else {
          queries.forEach(function (q) { if (q && q.name) list.appendChild(entry(q)); });
          setStatus("", "");
        }
        list.setAttribute("data-state", "loaded");
      })
      .catch(function (err) {
        setStatus("Could not load /queries: " + (err && err.message ? err.message : err), "error");
        list.setAttribute("data-state", "error");
      });
  }

  // ---------------------------------------------------------------- start

  function start() {
    initSearch();
    var yasgui = null;
    try {
      yasgui = initYasgui();
    } catch (err) {
      var root = document.getElementById("yasgui");
      if (root) {
        root.setAttribute("data-query-state", "error");
        root.appendChild(el("p", { className: "error", text: "The query editor failed to start: " + (err && err.message ? err.message : err) }));
      }
      if (window.console) console.error(err);
    }
    initNamedQueries(yasgui);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
