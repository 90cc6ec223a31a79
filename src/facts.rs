//! Facts: the plain serde structs that are the contract between the language side
//! (ingest → extract → resolve) and the graph side (rdf → store). `jiandu extract --format
//! jsonl` prints them in the record contract of SPEC.md.

use serde::{Deserialize, Serialize};

/// Where a fact was read: the sentence as it stands in the document and its character
/// offsets into the document's decoded text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Evidence {
    pub sentence: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Body {
    pub name: String,
    pub kind: String,
    pub parent: Option<String>,
    pub host: Option<String>,
    /// Forms as written in the article that resolved to this body.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Canonical name of the body's region, when known.
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Supervision {
    pub agent: String,
    pub target: String,
    #[serde(default)]
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub agent: String,
    pub category: String,
    pub action: String,
    pub value: f64,
    pub unit: String,
    pub object: Option<String>,
    pub approx: bool,
    pub date: Option<String>,
    #[serde(default)]
    pub target: Option<String>,
    #[serde(default)]
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub org: String,
    pub role: Option<String>,
    #[serde(default)]
    pub held_to_account: bool,
    #[serde(default)]
    pub evidence: Evidence,
}

/// A region the document mentions, for the graph's region nodes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegionInfo {
    pub name: String,
    pub code: String,
    pub level: String,
    pub parent: Option<String>,
    pub parent_code: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct DocFacts {
    pub doc: String,
    pub title: String,
    pub published: Option<String>,
    pub source: Option<String>,
    pub path: String,
    pub hash: String,
    /// The document's home region as the text establishes it.
    pub region: Option<String>,
    pub bodies: Vec<Body>,
    pub supervises: Vec<Supervision>,
    pub facts: Vec<Fact>,
    pub people: Vec<Person>,
    pub regions: Vec<RegionInfo>,
}

impl DocFacts {
    /// JSON Lines records in the SPEC.md contract (extra fields are ignored by the scorer).
    pub fn to_jsonl(&self) -> String {
        let mut out = String::new();
        let mut push = |value: serde_json::Value| {
            out.push_str(&value.to_string());
            out.push('\n');
        };
        push(serde_json::json!({
            "doc": self.doc, "type": "document", "title": self.title,
            "published": self.published, "source": self.source, "region": self.region,
            "hash": self.hash,
        }));
        for b in &self.bodies {
            push(serde_json::json!({
                "doc": self.doc, "type": "body", "name": b.name, "kind": b.kind,
                "parent": b.parent, "host": b.host, "aliases": b.aliases, "region": b.region,
                "evidence": b.evidence.sentence, "start": b.evidence.start, "end": b.evidence.end,
            }));
        }
        for s in &self.supervises {
            push(serde_json::json!({
                "doc": self.doc, "type": "supervises", "agent": s.agent, "target": s.target,
                "evidence": s.evidence.sentence, "start": s.evidence.start, "end": s.evidence.end,
            }));
        }
        for f in &self.facts {
            push(serde_json::json!({
                "doc": self.doc, "type": "fact", "agent": f.agent, "category": f.category,
                "action": f.action, "value": f.value, "unit": f.unit, "object": f.object,
                "approx": f.approx, "date": f.date, "target": f.target,
                "evidence": f.evidence.sentence, "start": f.evidence.start, "end": f.evidence.end,
            }));
        }
        for p in &self.people {
            push(serde_json::json!({
                "doc": self.doc, "type": "person", "name": p.name, "org": p.org, "role": p.role,
                "held_to_account": p.held_to_account,
                "evidence": p.evidence.sentence, "start": p.evidence.start, "end": p.evidence.end,
            }));
        }
        out
    }
}
