//! Named queries (`queries/*.rq`, embedded), parameters, evaluation over the union of the
//! document graphs, and result formats.

use std::io::Write;
use std::time::Duration;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryEvaluationError, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

include!(concat!(env!("OUT_DIR"), "/queries.rs"));

#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error("no named query {0:?} (see `jiandu query --list`)")]
    Unknown(String),
    #[error("query {query}: unknown parameter {param:?}")]
    UnknownParam { query: String, param: String },
    #[error("parameter must be name=value, got {0:?}")]
    BadParam(String),
    #[error("SPARQL syntax error: {0}")]
    Syntax(String),
    #[error("query evaluation failed: {0}")]
    Evaluation(String),
    #[error("query cancelled after {0:?}")]
    Timeout(Duration),
    #[error("unknown result format {0:?}")]
    Format(String),
    #[error("format {format} does not fit a {kind} result")]
    FormatMismatch { format: String, kind: &'static str },
    #[error("updates are not allowed here")]
    UpdateRefused,
    #[error("federated SERVICE calls are disabled")]
    ServiceRefused,
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Param {
    pub name: String,
    pub default: String,
    pub description: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct NamedQuery {
    pub name: String,
    pub description: String,
    pub params: Vec<Param>,
    pub sparql: String,
}

impl NamedQuery {
    pub fn parse(name: &str, text: &str) -> Self {
        let mut description = String::new();
        let mut params = Vec::new();
        for line in text.lines().take_while(|l| l.starts_with('#')) {
            let line = line.trim_start_matches('#').trim();
            if let Some(d) = line.strip_prefix("description:") {
                description = d.trim().to_string();
            } else if let Some(p) = line.strip_prefix("param:") {
                let (spec, desc) = p.split_once('|').unwrap_or((p, ""));
                let (pname, default) = spec.split_once('=').unwrap_or((spec, ""));
                params.push(Param {
                    name: pname.trim().to_string(),
                    default: default.trim().to_string(),
                    description: desc.trim().to_string(),
                });
            }
        }
        NamedQuery {
            name: name.to_string(),
            description,
            params,
            sparql: text.to_string(),
        }
    }

    /// The query text with every `{{param}}` replaced by its value escaped for use inside a
    /// double-quoted SPARQL string.
    pub fn bind(&self, values: &[(String, String)]) -> Result<String, QueryError> {
        for (k, _) in values {
            if !self.params.iter().any(|p| &p.name == k) {
                return Err(QueryError::UnknownParam {
                    query: self.name.clone(),
                    param: k.clone(),
                });
            }
        }
        let mut text = self.sparql.clone();
        for p in &self.params {
            let value = values
                .iter()
                .rev()
                .find(|(k, _)| k == &p.name)
                .map(|(_, v)| v.as_str())
                .unwrap_or(&p.default);
            text = text.replace(&format!("{{{{{}}}}}", p.name), &escape_string(value));
        }
        Ok(text)
    }
}

pub fn escape_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ => out.push(c),
        }
    }
    out
}

pub fn named_queries() -> Vec<NamedQuery> {
    EMBEDDED_QUERIES
        .iter()
        .map(|(n, t)| NamedQuery::parse(n, t))
        .collect()
}

pub fn named_query(name: &str) -> Result<NamedQuery, QueryError> {
    named_queries()
        .into_iter()
        .find(|q| q.name == name)
        .ok_or_else(|| QueryError::Unknown(name.to_string()))
}

pub fn parse_params(raw: &[String]) -> Result<Vec<(String, String)>, QueryError> {
    raw.iter()
        .map(|p| {
            p.split_once('=')
                .map(|(k, v)| (k.trim().to_string(), v.to_string()))
                .ok_or_else(|| QueryError::BadParam(p.clone()))
        })
        .collect()
}

/// Dataset choice from the request (SPARQL protocol default-graph-uri / named-graph-uri).
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    pub default_graphs: Vec<String>,
    pub named_graphs: Vec<String>,
}

/// Evaluates a read-only query. The default graph is the union of all graphs unless the
/// query or the dataset names graphs; SERVICE is refused so no request leaves the machine.
pub fn evaluate<'a>(
    store: &'a Store,
    sparql: &str,
    dataset: &Dataset,
    cancel: Option<CancellationToken>,
) -> Result<QueryResults<'a>, QueryError> {
    let mut evaluator = SparqlEvaluator::new();
    if let Some(token) = cancel {
        evaluator = evaluator.with_cancellation_token(token);
    }
    let mut prepared = evaluator
        .parse_query(sparql)
        .map_err(|e| QueryError::Syntax(e.to_string()))?;
    if contains_service(sparql) {
        return Err(QueryError::ServiceRefused);
    }
    apply_dataset(prepared.dataset_mut(), dataset)?;
    prepared.on_store(store).execute().map_err(evaluation_error)
}

/// Applies the protocol's `default-graph-uri` / `named-graph-uri` to a parsed query; without
/// them (and without FROM in the query), the default graph is the union of all graphs.
pub fn apply_dataset(
    ds: &mut oxigraph::sparql::QueryDatasetSpecification,
    dataset: &Dataset,
) -> Result<(), QueryError> {
    if !dataset.default_graphs.is_empty() || !dataset.named_graphs.is_empty() {
        let to_nodes = |v: &[String]| -> Result<Vec<oxigraph::model::NamedNode>, QueryError> {
            v.iter()
                .map(|g| {
                    oxigraph::model::NamedNode::new(g.clone())
                        .map_err(|e| QueryError::Syntax(format!("graph IRI {g}: {e}")))
                })
                .collect()
        };
        let defaults = to_nodes(&dataset.default_graphs)?;
        ds.set_default_graph(defaults.into_iter().map(Into::into).collect());
        if !dataset.named_graphs.is_empty() {
            let named = to_nodes(&dataset.named_graphs)?;
            ds.set_available_named_graphs(named.into_iter().map(Into::into).collect());
        }
    } else if ds.is_default_dataset() {
        ds.set_default_graph_as_union();
    }
    Ok(())
}

/// Runs a query to the end and writes Oxigraph's evaluation plan with the number of rows
/// and the time of each step (JSON): what to look at when a query is slow.
pub fn explain(
    store: &Store,
    sparql: &str,
    out: &mut dyn std::io::Write,
) -> Result<(), QueryError> {
    if contains_service(sparql) {
        return Err(QueryError::ServiceRefused);
    }
    let mut prepared = SparqlEvaluator::new()
        .parse_query(sparql)
        .map_err(|e| QueryError::Syntax(e.to_string()))?;
    apply_dataset(prepared.dataset_mut(), &Dataset::default())?;
    let (results, explanation) = prepared.on_store(store).compute_statistics().explain();
    match results.map_err(evaluation_error)? {
        QueryResults::Solutions(rows) => {
            for row in rows {
                row.map_err(evaluation_error)?;
            }
        }
        QueryResults::Graph(triples) => {
            for t in triples {
                t.map_err(evaluation_error)?;
            }
        }
        QueryResults::Boolean(_) => {}
    }
    explanation.write_in_json(&mut *out)?;
    writeln!(out)?;
    Ok(())
}

/// Checks the parsed algebra, so an IRI or a string that merely says "service" passes.
fn contains_service(sparql: &str) -> bool {
    spargebra::SparqlParser::new()
        .parse_query(sparql)
        .map(|q| q.to_sse().contains("(service "))
        .unwrap_or(false)
}

pub fn evaluation_error(e: QueryEvaluationError) -> QueryError {
    match e {
        QueryEvaluationError::Cancelled => QueryError::Timeout(Duration::ZERO),
        other => QueryError::Evaluation(other.to_string()),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Table,
    Results(QueryResultsFormat),
    Rdf(RdfFormat),
}

impl OutputFormat {
    pub fn parse(s: &str) -> Result<Self, QueryError> {
        Ok(match s {
            "table" => Self::Table,
            "csv" => Self::Results(QueryResultsFormat::Csv),
            "tsv" => Self::Results(QueryResultsFormat::Tsv),
            "json" => Self::Results(QueryResultsFormat::Json),
            "xml" => Self::Results(QueryResultsFormat::Xml),
            "turtle" | "ttl" => Self::Rdf(RdfFormat::Turtle),
            "ntriples" | "nt" => Self::Rdf(RdfFormat::NTriples),
            "nquads" | "nq" => Self::Rdf(RdfFormat::NQuads),
            "rdfxml" => Self::Rdf(RdfFormat::RdfXml),
            other => return Err(QueryError::Format(other.to_string())),
        })
    }
}

/// Streams results to `out`; returns the number of rows (or triples) written.
pub fn write_results(
    results: QueryResults<'_>,
    format: OutputFormat,
    out: &mut dyn Write,
) -> Result<usize, QueryError> {
    let mut rows = 0;
    match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            match format {
                OutputFormat::Table => {
                    let mut table: Vec<Vec<String>> = Vec::new();
                    for s in solutions {
                        let s = s.map_err(evaluation_error)?;
                        table.push(
                            variables
                                .iter()
                                .map(|v| s.get(v).map(display_term).unwrap_or_default())
                                .collect(),
                        );
                    }
                    rows = table.len();
                    write_table(
                        out,
                        &variables
                            .iter()
                            .map(|v| v.as_str().to_string())
                            .collect::<Vec<_>>(),
                        &table,
                    )?;
                }
                OutputFormat::Results(f) => {
                    let mut ser = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(out, variables)?;
                    for s in solutions {
                        let s = s.map_err(evaluation_error)?;
                        ser.serialize(&s)?;
                        rows += 1;
                    }
                    ser.finish()?;
                }
                OutputFormat::Rdf(_) => {
                    return Err(QueryError::FormatMismatch {
                        format: format!("{format:?}"),
                        kind: "SELECT",
                    })
                }
            }
        }
        QueryResults::Boolean(b) => match format {
            OutputFormat::Table => writeln!(out, "{b}")?,
            OutputFormat::Results(f) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(out, b)?;
            }
            OutputFormat::Rdf(_) => {
                return Err(QueryError::FormatMismatch {
                    format: format!("{format:?}"),
                    kind: "ASK",
                })
            }
        },
        QueryResults::Graph(triples) => {
            let rdf_format = match format {
                OutputFormat::Rdf(f) => f,
                OutputFormat::Table => RdfFormat::Turtle,
                OutputFormat::Results(_) => {
                    return Err(QueryError::FormatMismatch {
                        format: format!("{format:?}"),
                        kind: "CONSTRUCT",
                    })
                }
            };
            let mut ser = RdfSerializer::from_format(rdf_format);
            if rdf_format.supports_datasets()
                || matches!(
                    rdf_format,
                    RdfFormat::Turtle | RdfFormat::TriG | RdfFormat::RdfXml
                )
            {
                for (p, iri) in PREFIXES {
                    ser = ser
                        .with_prefix(*p, *iri)
                        .map_err(|e| QueryError::Evaluation(e.to_string()))?;
                }
            }
            let mut w = ser.for_writer(out);
            for t in triples {
                let t = t.map_err(evaluation_error)?;
                w.serialize_triple(&t)?;
                rows += 1;
            }
            w.finish()?;
        }
    }
    Ok(rows)
}

pub const PREFIXES: &[(&str, &str)] = &[
    ("jd", "https://jiandu.dev/ontology#"),
    ("org", "http://www.w3.org/ns/org#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("void", "http://rdfs.org/ns/void#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("dcterms", "http://purl.org/dc/terms/"),
];

/// Literals as their value, IRIs shortened by the project prefixes.
pub fn display_term(t: &Term) -> String {
    match t {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => {
            let iri = n.as_str();
            for (p, ns) in PREFIXES {
                if let Some(local) = iri.strip_prefix(ns) {
                    return format!("{p}:{local}");
                }
            }
            if let Some(rest) = iri.strip_prefix(crate::rdf::ID) {
                return format!("id:{rest}");
            }
            iri.to_string()
        }
        other => other.to_string(),
    }
}

fn width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

fn write_table(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    const MAX: usize = 60;
    let clip = |s: &str| -> String {
        if width(s) <= MAX {
            return s.to_string();
        }
        let mut acc = String::new();
        for c in s.chars() {
            if width(&acc) + 3 >= MAX {
                break;
            }
            acc.push(c);
        }
        acc + "…"
    };
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clip(&c.replace('\n', " "))).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for r in &cells {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(width(c));
        }
    }
    let line = |out: &mut dyn Write, r: &[String]| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, c) in r.iter().enumerate() {
            s.push_str(c);
            s.push_str(&" ".repeat(widths[i] - width(c) + 2));
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, header)?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
    )?;
    for r in &cells {
        line(out, r)?;
    }
    writeln!(out, "({} rows)", rows.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_queries_have_descriptions_and_bind_safely() {
        let qs = named_queries();
        assert!(qs.len() >= 8);
        for q in &qs {
            assert!(!q.description.is_empty(), "{} lacks a description", q.name);
        }
        let q = named_query("overseers-of-unit").expect("exists");
        let text = q
            .bind(&[("unit".into(), "卫\"健}委".into())])
            .expect("binds");
        assert!(text.contains("卫\\\"健}委"));
        assert!(q.bind(&[("nope".into(), "x".into())]).is_err());
    }

    #[test]
    fn service_is_refused() {
        let store = Store::new().expect("memory store");
        let err = evaluate(
            &store,
            "SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }",
            &Dataset::default(),
            None,
        )
        .err()
        .expect("refused");
        assert!(matches!(err, QueryError::ServiceRefused));
        let ok = evaluate(
            &store,
            "SELECT * WHERE { ?s <http://example.com/service> \"SERVICE\" }",
            &Dataset::default(),
            None,
        );
        assert!(
            ok.is_ok(),
            "an IRI or literal naming a service is not a SERVICE call"
        );
    }
}
