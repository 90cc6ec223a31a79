//! Facts → quads under `ontology/jiandu.ttl`. IRIs are minted from canonical names, so one
//! body mentioned by two articles is one node.
//!
//! Two kinds of graph: one named graph per document holds what that article says (the
//! document, its sentences, actions, supervision claims, and which entities it mentions);
//! the shared entities graph holds what is true of an entity whichever article names it
//! (class, label, aliases, parent, host, region, the direct `supervises` edge). Stating the
//! latter once, not once per article, keeps the union default graph free of duplicates:
//! otherwise a body named in k articles would match `?b a ?c ; rdfs:label ?l` k² times.

use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

use crate::facts::DocFacts;

pub const ONTOLOGY_TTL: &str = include_str!("../ontology/jiandu.ttl");
pub const ONTOLOGY_GRAPH: &str = "https://jiandu.dev/ontology";
pub const ENTITIES_GRAPH: &str = "https://jiandu.dev/graph/entities";
/// VoID statistics of the whole store, recomputed by `build` (see `store::refresh_statistics`).
pub const STATS_GRAPH: &str = "https://jiandu.dev/graph/stats";
pub const VOID: &str = "http://rdfs.org/ns/void#";
pub const JD: &str = "https://jiandu.dev/ontology#";
pub const ID: &str = "https://jiandu.dev/id/";
const ORG: &str = "http://www.w3.org/ns/org#";
const PROV: &str = "http://www.w3.org/ns/prov#";
const DCT: &str = "http://purl.org/dc/terms/";
const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";

/// Percent-encodes what an IRI path segment cannot hold; Chinese characters stay readable.
pub fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric()
            || "-._~".contains(c)
            || (!c.is_ascii() && !c.is_whitespace() && !c.is_control())
        {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

fn node(iri: String) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

pub fn jd(local: &str) -> NamedNode {
    node(format!("{JD}{local}"))
}
pub fn org_holds() -> NamedNode {
    org("holds")
}
fn org(local: &str) -> NamedNode {
    node(format!("{ORG}{local}"))
}
fn prov(local: &str) -> NamedNode {
    node(format!("{PROV}{local}"))
}
fn dct(local: &str) -> NamedNode {
    node(format!("{DCT}{local}"))
}
fn skos(local: &str) -> NamedNode {
    node(format!("{SKOS}{local}"))
}

pub fn body_iri(name: &str) -> NamedNode {
    node(format!("{ID}body/{}", encode_segment(name)))
}
pub fn unit_iri(name: &str) -> NamedNode {
    node(format!("{ID}unit/{}", encode_segment(name)))
}
pub fn region_iri(code: &str) -> NamedNode {
    node(format!("{ID}region/{}", encode_segment(code)))
}
pub fn doc_iri(id: &str) -> NamedNode {
    node(format!("{ID}doc/{}", encode_segment(id)))
}

fn zh(s: &str) -> Term {
    Literal::new_language_tagged_literal_unchecked(s, "zh").into()
}
fn plain(s: &str) -> Term {
    Literal::new_simple_literal(s).into()
}
fn typed(s: &str, datatype: oxigraph::model::NamedNodeRef<'_>) -> Term {
    Literal::new_typed_literal(s, datatype).into()
}

pub fn entities_graph() -> NamedNode {
    node(ENTITIES_GRAPH.to_string())
}

struct Writer {
    graph: GraphName,
    entities: GraphName,
    quads: Vec<Quad>,
}

impl Writer {
    /// A statement of this document.
    fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::from(s.clone()),
            p,
            o.into(),
            self.graph.clone(),
        ));
    }

    /// A statement about an entity that holds whichever document names it.
    fn entity(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::from(s.clone()),
            p,
            o.into(),
            self.entities.clone(),
        ));
    }
}

/// True for a quad of the shared entities graph (as opposed to a document's own graph).
fn is_entity_quad(q: &Quad) -> bool {
    matches!(&q.graph_name, GraphName::NamedNode(g) if g.as_str() == ENTITIES_GRAPH)
}

/// Lets each entity statement through once across many documents' quads: every article
/// restates its bodies' class, label and parent, and the store holds them once. Keeps
/// 128-bit hashes, not the quads, so a 100k-article build stays small.
#[derive(Default)]
pub struct EntityQuadsOnce {
    seen: std::collections::HashSet<u128>,
    hashers: (std::hash::RandomState, std::hash::RandomState),
}

impl EntityQuadsOnce {
    /// False for an entity statement already let through; true for everything else.
    pub fn admit(&mut self, q: &Quad) -> bool {
        use std::hash::BuildHasher;
        if !is_entity_quad(q) {
            return true;
        }
        let (a, b) = &self.hashers;
        self.seen
            .insert((u128::from(a.hash_one(q)) << 64) | u128::from(b.hash_one(q)))
    }
}

fn date_literal(date: &str) -> Term {
    if date.len() == 7 {
        typed(date, xsd::G_YEAR_MONTH)
    } else {
        typed(date, xsd::DATE)
    }
}

/// All quads for one document: its own graph, and its entities' statements in the shared
/// entities graph (every entity it names also gets `jd:mentionedIn` in the document graph).
pub fn document_quads(facts: &DocFacts) -> Vec<Quad> {
    let doc = doc_iri(&facts.doc);
    let mut w = Writer {
        graph: GraphName::NamedNode(doc.clone()),
        entities: GraphName::NamedNode(entities_graph()),
        quads: Vec::new(),
    };
    w.add(&doc, rdf::TYPE.into_owned(), jd("Document"));
    w.add(&doc, jd("docId"), plain(&facts.doc));
    w.add(&doc, dct("title"), zh(&facts.title));
    w.add(&doc, rdfs::LABEL.into_owned(), zh(&facts.title));
    if let Some(p) = &facts.published {
        w.add(&doc, dct("date"), date_literal(p));
    }
    if let Some(s) = &facts.source {
        w.add(&doc, dct("source"), zh(s));
    }
    w.add(&doc, jd("contentHash"), plain(&facts.hash));
    w.add(&doc, jd("sourcePath"), plain(&facts.path));

    let region_by_name: std::collections::HashMap<&str, &str> = facts
        .regions
        .iter()
        .map(|r| (r.name.as_str(), r.code.as_str()))
        .collect();
    for r in &facts.regions {
        let iri = region_iri(&r.code);
        w.entity(&iri, rdf::TYPE.into_owned(), jd("Region"));
        w.entity(&iri, rdfs::LABEL.into_owned(), zh(&r.name));
        w.entity(&iri, jd("regionCode"), plain(&r.code));
        w.entity(&iri, jd("regionLevel"), plain(&r.level));
        if let Some(pc) = &r.parent_code {
            w.entity(&iri, jd("withinRegion"), region_iri(pc));
        }
        w.add(&iri, jd("mentionedIn"), doc.clone());
    }
    if let Some(code) = facts.region.as_deref().and_then(|n| region_by_name.get(n)) {
        w.add(&doc, jd("homeRegion"), region_iri(code));
    }

    let mut sentences = std::collections::BTreeMap::new();
    let mut sentence = |w: &mut Writer, ev: &crate::facts::Evidence| -> NamedNode {
        let iri = node(format!(
            "{ID}doc/{}/s/{}",
            encode_segment(&facts.doc),
            ev.start
        ));
        if sentences.insert(ev.start, ()).is_none() {
            w.add(&iri, rdf::TYPE.into_owned(), jd("Sentence"));
            w.add(&iri, jd("text"), zh(&ev.sentence));
            w.add(&iri, jd("inDocument"), doc.clone());
            w.add(
                &iri,
                jd("charStart"),
                typed(&ev.start.to_string(), xsd::INTEGER),
            );
            w.add(
                &iri,
                jd("charEnd"),
                typed(&ev.end.to_string(), xsd::INTEGER),
            );
        }
        iri
    };

    let body_names: std::collections::HashSet<&str> =
        facts.bodies.iter().map(|b| b.name.as_str()).collect();
    let org_node = |name: &str| -> NamedNode {
        if body_names.contains(name) {
            body_iri(name)
        } else {
            unit_iri(name)
        }
    };
    let mut units = std::collections::BTreeSet::new();
    let mut declare_unit = |w: &mut Writer, name: &str| {
        if !body_names.contains(name) && units.insert(name.to_string()) {
            let iri = unit_iri(name);
            w.entity(&iri, rdf::TYPE.into_owned(), jd("Unit"));
            w.entity(&iri, rdfs::LABEL.into_owned(), zh(name));
            w.add(&iri, jd("mentionedIn"), doc.clone());
        }
    };

    for b in &facts.bodies {
        let iri = body_iri(&b.name);
        let class = crate::lexicon::BodyKind::parse(&b.kind)
            .map(|k| k.class_name())
            .unwrap_or("OversightBody");
        w.entity(&iri, rdf::TYPE.into_owned(), jd(class));
        w.entity(&iri, rdfs::LABEL.into_owned(), zh(&b.name));
        for a in &b.aliases {
            if a != &b.name {
                w.entity(&iri, skos("altLabel"), zh(a));
            }
        }
        w.add(&iri, jd("mentionedIn"), doc.clone());
        let ev = sentence(&mut w, &b.evidence);
        w.add(&iri, jd("evidence"), ev);
        if let Some(p) = &b.parent {
            w.entity(&iri, org("subOrganizationOf"), body_iri(p));
        }
        if let Some(h) = &b.host {
            declare_unit(&mut w, h);
            w.entity(&iri, jd("residentAt"), org_node(h));
        }
        if let Some(code) = b.region.as_deref().and_then(|n| region_by_name.get(n)) {
            w.entity(&iri, jd("inRegion"), region_iri(code));
        }
    }

    for (n, s) in facts.supervises.iter().enumerate() {
        declare_unit(&mut w, &s.target);
        let target = org_node(&s.target);
        let agent = body_iri(&s.agent);
        w.entity(&agent, jd("supervises"), target.clone());
        let claim = node(format!(
            "{ID}doc/{}/supervision/{n}",
            encode_segment(&facts.doc)
        ));
        w.add(&claim, rdf::TYPE.into_owned(), jd("Supervision"));
        w.add(&claim, jd("agent"), agent);
        w.add(&claim, jd("target"), target);
        let ev = sentence(&mut w, &s.evidence);
        w.add(&claim, jd("evidence"), ev);
        w.add(&claim, prov("wasDerivedFrom"), doc.clone());
    }

    for (n, f) in facts.facts.iter().enumerate() {
        let action = node(format!("{ID}doc/{}/action/{n}", encode_segment(&facts.doc)));
        w.add(&action, rdf::TYPE.into_owned(), jd("OversightAction"));
        w.add(&action, prov("wasAssociatedWith"), body_iri(&f.agent));
        w.add(&action, jd("category"), jd(&f.category));
        w.add(&action, jd("verb"), zh(&f.action));
        if let Some(t) = &f.target {
            declare_unit(&mut w, t);
            w.add(&action, jd("target"), org_node(t));
        }
        // The count is stated on the action itself: a separate quantity node cost two
        // quads per action (a tenth of a build) and every query a join.
        w.add(
            &action,
            jd("value"),
            typed(&format_decimal(f.value), xsd::DECIMAL),
        );
        w.add(&action, jd("unit"), zh(&f.unit));
        if let Some(o) = &f.object {
            w.add(&action, jd("object"), zh(o));
        }
        // Stated only when true: absent means exact (one quad fewer for most actions).
        if f.approx {
            w.add(&action, jd("approximate"), typed("true", xsd::BOOLEAN));
        }
        if let Some(d) = &f.date {
            w.add(&action, jd("date"), date_literal(d));
        }
        let ev = sentence(&mut w, &f.evidence);
        w.add(&action, jd("evidence"), ev);
        w.add(&action, prov("wasDerivedFrom"), doc.clone());
    }

    for p in &facts.people {
        let person = node(format!(
            "{ID}person/{}/{}",
            encode_segment(&p.org),
            encode_segment(&p.name)
        ));
        w.entity(&person, rdf::TYPE.into_owned(), jd("Person"));
        w.entity(&person, rdfs::LABEL.into_owned(), zh(&p.name));
        w.add(&person, jd("mentionedIn"), doc.clone());
        declare_unit(&mut w, &p.org);
        let role = p.role.clone().unwrap_or_else(|| "成员".into());
        let post = node(format!(
            "{ID}post/{}/{}/{}",
            encode_segment(&p.org),
            encode_segment(&p.name),
            encode_segment(&role)
        ));
        w.entity(&person, org("holds"), post.clone());
        w.entity(&post, rdf::TYPE.into_owned(), org("Post"));
        w.entity(&post, org("postIn"), org_node(&p.org));
        if let Some(r) = &p.role {
            w.entity(&post, rdfs::LABEL.into_owned(), zh(r));
        }
        if p.held_to_account {
            w.entity(&person, jd("heldToAccount"), typed("true", xsd::BOOLEAN));
        }
        let ev = sentence(&mut w, &p.evidence);
        w.add(&person, jd("evidence"), ev);
    }
    w.quads
}

fn format_decimal(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_keep_chinese_and_escape_the_rest() {
        assert_eq!(encode_segment("吉林省纪委监委"), "吉林省纪委监委");
        assert_eq!(
            encode_segment("沃尔玛超市(临河街店)"),
            "沃尔玛超市%28临河街店%29"
        );
        assert_eq!(format_decimal(22864300.0), "22864300");
        assert_eq!(format_decimal(41.4), "41.4");
    }
}
