//! jiandu (监督): a knowledge graph of Chinese discipline-inspection oversight, extracted
//! from official articles.
//!
//! Data flows one way: `ingest` (files → documents) → `extract` (mentions) → `resolve`
//! (facts) → `rdf` (quads) → `store` (Oxigraph) → `query` / `serve` / `export` (answers).

pub mod eval;
pub mod extract;
pub mod facts;
pub mod ingest;
pub mod lexicon;
pub mod resolve;
pub mod segment;

pub use facts::DocFacts;
pub use ingest::Document;

/// Reads and extracts every article under `inputs`; failures are reported per file and
/// never stop the others.
pub fn extract_paths(
    inputs: &[std::path::PathBuf],
) -> (Vec<(Document, DocFacts)>, Vec<ingest::IngestError>) {
    use rayon::prelude::*;
    let (paths, mut errors) = ingest::collect_paths(inputs);
    let results: Vec<Result<(Document, DocFacts), ingest::IngestError>> = paths
        .par_iter()
        .map(|p| {
            let doc = ingest::read_document(p)?;
            let facts = resolve::facts_for(&doc);
            Ok((doc, facts))
        })
        .collect();
    let mut out = Vec::new();
    for r in results {
        match r {
            Ok(x) => out.push(x),
            Err(e) => errors.push(e),
        }
    }
    (out, errors)
}
