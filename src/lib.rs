//! jiandu (监督): a knowledge graph of Chinese discipline-inspection oversight, extracted
//! from official articles.
//!
//! Data flows one way: `ingest` (files → documents) → `extract` (mentions) → `resolve`
//! (facts) → `rdf` (quads) → `store` (Oxigraph) → `query` / `serve` / `export` (answers).

pub mod bench;
pub mod eval;
pub mod export;
pub mod extract;
pub mod facts;
pub mod ingest;
pub mod lexicon;
pub mod resolve;
pub mod segment;
pub mod serve;

pub use facts::DocFacts;
pub use ingest::Document;

/// (year, month 1–12, day 1–31) of a day counted from 1970-01-01, proleptic Gregorian
/// (Howard Hinnant's civil-from-days): dates for reports and HTTP headers without a
/// calendar crate.
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

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
            let facts =
                resolve::try_facts_for(&doc).map_err(|reason| ingest::IngestError::Extract {
                    path: p.clone(),
                    reason,
                })?;
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

pub mod query;
pub mod rdf;
pub mod store;

/// What one `build` run did.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct BuildSummary {
    pub documents: usize,
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub failed: usize,
    pub bodies: usize,
    pub actions: usize,
    pub triples_written: usize,
    /// Of `seconds`, the time spent compacting the store after loading (0 when skipped).
    pub compact_seconds: f64,
    pub seconds: f64,
}

/// Whether `build` compacts the store after loading.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Compaction {
    /// When this run at least doubled the documents in the store (a first build, a corpus
    /// loaded into a small store): a bulk load leaves overlapping files in every index,
    /// which made each lookup of the named queries several seeks (100k articles: officials
    /// 699 ms before compacting, 205 ms after, over HTTP) and the store 8.2 GB instead of
    /// 4.7. Compacting rewrites the whole store, too dear after a small update.
    #[default]
    Auto,
    Always,
    Never,
}

impl std::str::FromStr for Compaction {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "auto" => Ok(Compaction::Auto),
            "always" => Ok(Compaction::Always),
            "never" => Ok(Compaction::Never),
            other => Err(format!(
                "compaction must be auto, always or never, not {other:?}"
            )),
        }
    }
}

/// Ingest, extract and load: extraction runs in parallel while the previous batch is being
/// written, new documents become visible a batch of whole documents at a time (see
/// [`store::Loader`]), and a failing file is reported without stopping the others.
pub fn build(
    store: &store::GraphStore,
    inputs: &[std::path::PathBuf],
    compaction: Compaction,
    on_progress: &(dyn Fn(usize, usize) + Sync),
    on_error: &dyn Fn(&str),
) -> Result<BuildSummary, store::StoreError> {
    use rayon::prelude::*;
    let started = std::time::Instant::now();
    store.ensure_ontology()?;
    let (paths, errors) = ingest::collect_paths(inputs);
    let mut summary = BuildSummary::default();
    for e in &errors {
        on_error(&e.to_string());
        summary.failed += 1;
    }
    let total = paths.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    // Extract in parallel chunks and hand each to the loader as it is ready: memory stays
    // bounded and the store sees whole documents only. Unchanged documents (same text, same
    // extractor) are recognised by their hash before any extraction.
    enum Prepared {
        Unchanged,
        Extracted(Box<DocFacts>),
        Failed(String),
    }
    // Read once: looking each document up on its own costs a re-run over a large corpus
    // more than reading the files.
    let current = store.current_documents()?;
    let stored_before = current.len();
    let mut loader = store.loader();
    for chunk in paths.chunks(512) {
        let results: Vec<Prepared> = chunk
            .par_iter()
            .map(|p| {
                let prepared = match ingest::read_document(p) {
                    Err(e) => Prepared::Failed(e.to_string()),
                    Ok(doc) if current.is_unchanged(&doc.id, &doc.hash) => Prepared::Unchanged,
                    Ok(doc) => match resolve::try_facts_for(&doc) {
                        Ok(facts) => Prepared::Extracted(Box::new(facts)),
                        Err(reason) => Prepared::Failed(format!("{}: {reason}", p.display())),
                    },
                };
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                on_progress(n, total);
                prepared
            })
            .collect();
        let mut batch = Vec::new();
        for r in results {
            summary.documents += usize::from(!matches!(r, Prepared::Failed(_)));
            match r {
                Prepared::Unchanged => summary.unchanged += 1,
                Prepared::Extracted(facts) => {
                    summary.bodies += facts.bodies.len();
                    summary.actions += facts.facts.len();
                    batch.push(*facts);
                }
                Prepared::Failed(e) => {
                    on_error(&e);
                    summary.failed += 1;
                }
            }
        }
        for (facts, (outcome, quads)) in batch.iter().zip(loader.load(&batch)?) {
            summary.triples_written += quads;
            match outcome {
                store::LoadOutcome::Added => summary.added += 1,
                store::LoadOutcome::Replaced => summary.replaced += 1,
                store::LoadOutcome::Unchanged => summary.unchanged += 1,
                store::LoadOutcome::DuplicateId => {
                    on_error(&format!(
                        "{}: another file of this build has the document id {:?} (the file name without its extension); this one is skipped, rename it to load both",
                        facts.path, facts.doc
                    ));
                    summary.documents -= 1;
                    summary.failed += 1;
                }
            }
        }
    }
    loader.commit()?;
    // Missing statistics: an earlier build was interrupted after its first batch.
    if summary.added + summary.replaced > 0 || !store.has_statistics()? {
        store.refresh_statistics()?;
    }
    store.flush()?;
    let loaded = summary.added + summary.replaced;
    let compact = match compaction {
        Compaction::Always => true,
        Compaction::Never => false,
        Compaction::Auto => loaded > 0 && loaded >= stored_before,
    };
    if compact {
        let compacting = std::time::Instant::now();
        store.compact()?;
        summary.compact_seconds = compacting.elapsed().as_secs_f64();
    }
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil_dates_around_epoch_and_leap_days() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(-1), (1969, 12, 31));
        assert_eq!(super::civil_from_days(19_782), (2024, 2, 29));
    }
}
