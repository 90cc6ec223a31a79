#!/usr/bin/env python3
"""Check the jiandu ontology and the named SPARQL queries.

Run from anywhere, on a store `jiandu build` made from the bundled seeds:
    jiandu --store /tmp/seeds build data/corpus/seeds
    python3 queries/tests/check_queries.py --store /tmp/seeds [-v]
Needs only the standard library and pyoxigraph (pip install pyoxigraph==0.5.13, the
Oxigraph version jiandu embeds, so it can open the store read-only).
What each query answers on the seeds is asserted by tests/cli.rs; this script checks the
shape every named query must keep.

1. ontology/jiandu.ttl parses; every jd: term of docs/DATA-MODEL.md is declared,
   with rdfs:label @zh and @en and an rdfs:comment @en; properties are typed.
2. Every queries/*.rq has the header the Rust code parses (# name / # description /
   # param: name = default | description), its name equals the file stem, and the
   {{param}} placeholders match the declared params and sit inside "...".
3. Each query, with its defaults substituted (escaped as for a SPARQL string literal),
   runs on the store with the default graph as the union of all graphs, returns at least
   one row, no duplicate rows, the same rows on a second run, and ORDER BY mentions every
   projected variable (total order).
4. Every jd: term used in the store is declared in the ontology.
"""
import re
import sys
from pathlib import Path

import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
QUERIES = HERE.parent
ROOT = QUERIES.parent
ONTOLOGY = ROOT / "ontology" / "jiandu.ttl"
DATA_MODEL = ROOT / "docs" / "DATA-MODEL.md"
ONTOLOGY_GRAPH = ox.NamedNode("https://jiandu.dev/ontology")

JD = "https://jiandu.dev/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"

VERBOSE = "-v" in sys.argv
passed = 0
failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
        if VERBOSE:
            print(f"ok   {what}")
    else:
        failed += 1
        print(f"FAIL {what}")
    return ok


def escape_literal(value):
    """Escape a value for use inside a double-quoted SPARQL string literal."""
    return (value.replace("\\", "\\\\").replace('"', '\\"')
            .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))


# ---------------------------------------------------------------------------- ontology

def check_ontology(store):
    def objects(s, p):
        return [q.object for q in store.quads_for_pattern(ox.NamedNode(s), ox.NamedNode(p), None, ONTOLOGY_GRAPH)]

    def types(s):
        return {o.value for o in objects(s, RDF_TYPE.value)}

    declared = {q.subject.value for q in store.quads_for_pattern(None, RDF_TYPE, None, ONTOLOGY_GRAPH)
                if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(JD)}
    check(len(declared) > 40, f"ontology declares jd: terms ({len(declared)})")
    check("https://jiandu.dev/ontology" in {q.subject.value for q in store.quads_for_pattern(
        None, RDF_TYPE, ox.NamedNode(OWL + "Ontology"), ONTOLOGY_GRAPH)}, "ontology IRI is an owl:Ontology")

    used = set()
    if DATA_MODEL.exists():
        used = set(re.findall(r"\bjd:([A-Za-z][A-Za-z0-9_]*)", DATA_MODEL.read_text(encoding="utf-8")))
        missing = sorted(t for t in used if JD + t not in declared)
        check(not missing, f"every jd: term of DATA-MODEL.md is declared (missing: {missing})")
    else:
        print(f"note: {DATA_MODEL} not found, skipping the coverage check")

    for term in sorted(declared):
        labels = objects(term, RDFS + "label")
        langs = {l.language for l in labels if isinstance(l, ox.Literal)}
        check({"zh", "en"} <= langs, f"{term} has rdfs:label @zh and @en")
        comments = [c for c in objects(term, RDFS + "comment") if isinstance(c, ox.Literal) and c.language == "en"]
        check(bool(comments), f"{term} has rdfs:comment @en")
        t = types(term)
        local = term[len(JD):]
        if local[0].isupper() and OWL + "Class" in t:
            continue
        if local in used and local[0].islower() and JD + "Category" not in t:
            check(bool(t & {OWL + "ObjectProperty", OWL + "DatatypeProperty"}),
                  f"{term} is an owl:ObjectProperty or owl:DatatypeProperty")

    sub = objects(JD + "residentAt", RDFS + "subPropertyOf")
    check(ox.NamedNode(JD + "supervises") in sub, "jd:residentAt rdfs:subPropertyOf jd:supervises")
    for cat in ["inspect", "document", "finding", "rectify", "interview", "investigate",
                "discipline", "meeting", "deploy", "other"]:
        t = types(JD + cat)
        check({JD + "Category", "http://www.w3.org/2004/02/skos/core#Concept"} <= t,
              f"jd:{cat} is a jd:Category and a skos:Concept")
    return used


# ---------------------------------------------------------------------------- queries

HEADER_RE = re.compile(r"^# (name|description|param):(.*)$")


def parse_header(text):
    """Parse the leading comment header: returns (name, description, [(param, default, desc)])."""
    name = description = None
    params = []
    for line in text.split("\n"):
        if not line.startswith("#"):
            break
        m = HEADER_RE.match(line)
        if not m:
            raise ValueError(f"unexpected header line: {line!r}")
        key, value = m.group(1), m.group(2).strip()
        if key == "name":
            name = value
        elif key == "description":
            description = value
        else:
            lhs, sep, rhs = value.partition("=")
            if not sep or "|" not in rhs:
                raise ValueError(f"bad param line: {line!r}")
            default, _, desc = rhs.partition("|")
            pname = lhs.strip()
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", pname):
                raise ValueError(f"bad param name: {pname!r}")
            params.append((pname, default.strip(), desc.strip()))
            # the same line split the other way (" = " then " | ") must agree
            l2, _, r2 = value.partition(" = ")
            d2, _, e2 = r2.partition(" | ")
            if (l2.strip(), d2.strip(), e2.strip()) != params[-1]:
                raise ValueError(f"param line is ambiguous to split: {line!r}")
    if not name or not description:
        raise ValueError("header lacks # name: or # description:")
    return name, description, params


def substitute(text, values):
    return re.sub(r"\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}", lambda m: escape_literal(values[m.group(1)]), text)


def term_str(t):
    if t is None:
        return ""
    if isinstance(t, ox.Literal):
        return t.value
    return t.value if hasattr(t, "value") else str(t)


def run(store, query):
    result = store.query(query, use_default_graph_as_union=True)
    variables = [v.value for v in result.variables]
    rows = [tuple(sol[v] for v in variables) for sol in result]
    return variables, rows


def projected_and_order(query):
    body = "\n".join(l for l in query.split("\n") if not l.lstrip().startswith("#"))
    m = re.search(r"\bSELECT\b(.*?)\bWHERE\b", body, re.S | re.I)
    head = m.group(1)
    head = re.sub(r"\(.*?\bAS\s+(\?\w+)\s*\)", r"\1", head, flags=re.S | re.I)
    projected = re.findall(r"\?(\w+)", head)
    om = re.search(r"\bORDER\s+BY\b(.*)$", body, re.S | re.I)
    order = set(re.findall(r"\?(\w+)", om.group(1))) if om else set()
    return projected, order, bool(om)


def check_queries(store):
    results = {}
    files = sorted(QUERIES.glob("*.rq"))
    check(len(files) >= 11, f"found {len(files)} queries")
    for f in files:
        text = f.read_text(encoding="utf-8")
        try:
            name, description, params = parse_header(text)
        except ValueError as e:
            check(False, f"{f.name}: header: {e}")
            continue
        check(name == f.stem, f"{f.name}: # name: {name} equals the file stem")
        body = "\n".join(l for l in text.split("\n") if not l.startswith("#"))
        used = set(re.findall(r"\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}", body))
        declared = {p for p, _, _ in params}
        check(used == declared, f"{name}: placeholders {sorted(used)} match params {sorted(declared)}")
        bare = re.sub(r'"\{\{[A-Za-z_][A-Za-z0-9_]*\}\}"', "", body)
        check("{{" not in bare, f"{name}: every placeholder is written as \"{{{{param}}}}\"")
        check(re.search(r"^PREFIX\s", body, re.M | re.I) is not None, f"{name}: declares PREFIXes")

        defaults = {p: d for p, d, _ in params}
        query = substitute(text, defaults)
        try:
            variables, rows = run(store, query)
        except Exception as e:  # noqa: BLE001 - report any parse/eval error
            check(False, f"{name}: runs ({e})")
            continue
        check(len(rows) >= 1, f"{name}: returns at least one row with defaults {defaults} ({len(rows)} rows)")
        keys = [tuple(map(term_str, r)) for r in rows]
        check(len(set(rows)) == len(rows), f"{name}: no duplicate rows")
        _, rows2 = run(store, query)
        check(rows == rows2, f"{name}: same rows in the same order on a second run")
        projected, order, has_order = projected_and_order(text)
        check(has_order, f"{name}: has ORDER BY")
        missing = [v for v in projected if v not in order]
        check(not missing, f"{name}: ORDER BY covers every projected variable (missing {missing})")

        # a hostile value must still give a valid query
        hostile = {p: 'x"y\\z\n' for p in defaults}
        if hostile:
            try:
                run(store, substitute(text, hostile))
                check(True, f"{name}: runs with a value holding quotes and backslashes")
            except Exception as e:  # noqa: BLE001
                check(False, f"{name}: runs with a hostile value ({e})")
        results[name] = [dict(zip(variables, k)) for k in keys]
        if VERBOSE:
            print(f"     {name}: {len(rows)} rows; first: {results[name][0] if rows else None}")
    return results


def main():
    if "--store" not in sys.argv:
        print(__doc__)
        return 2
    ontology = ox.Store()
    try:
        ontology.load(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE, to_graph=ONTOLOGY_GRAPH)
        check(True, "ontology parses")
    except Exception as e:  # noqa: BLE001
        check(False, f"ontology parses ({e})")
        print(f"{passed} passed, {failed} failed")
        return 1
    check_ontology(ontology)
    store = ox.Store.read_only(sys.argv[sys.argv.index("--store") + 1])
    # every jd: term of the store is declared in the ontology
    declared = {q.subject.value for q in store.quads_for_pattern(None, RDF_TYPE, None, ONTOLOGY_GRAPH)}
    store_terms = set()
    for q in store.quads_for_pattern(None, None, None, None):
        if q.graph_name == ONTOLOGY_GRAPH:
            continue
        for t in (q.predicate, q.object):
            if isinstance(t, ox.NamedNode) and t.value.startswith(JD):
                store_terms.add(t.value)
    undeclared = sorted(store_terms - declared)
    check(not undeclared, f"every jd: term of the store is declared (undeclared: {undeclared})")
    check_queries(store)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
