//! The Oxigraph store: on disk by default, one named graph per document plus one for the
//! ontology. A document's graph is replaced in one transaction, so a failure never leaves
//! it half-written; an unchanged document is skipped.

use std::path::Path;

use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphNameRef, Literal, NamedNode, NamedNodeRef, Quad, QuadRef, Term};
use oxigraph::store::{StorageError, Store};

use crate::facts::DocFacts;
use crate::rdf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the store at {path}: {source}{hint}")]
    Open {
        path: String,
        source: StorageError,
        hint: &'static str,
    },
    #[error("store error: {0}")]
    Storage(#[from] StorageError),
    #[error("cannot load the ontology: {0}")]
    Ontology(String),
}

pub struct GraphStore {
    pub store: Store,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadOutcome {
    Unchanged,
    Added,
    Replaced,
}

impl GraphStore {
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let store = Store::open(path).map_err(|source| {
            let locked = source.to_string().to_lowercase().contains("lock");
            StoreError::Open {
                path: path.display().to_string(),
                source,
                hint: if locked {
                    " (another jiandu process, e.g. `jiandu serve --allow-update` or a running build, holds it; stop it or serve read-only)"
                } else {
                    ""
                },
            }
        })?;
        Ok(GraphStore { store })
    }

    /// Read-only view for serving: `jiandu build` can still write the store meanwhile.
    pub fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        let store = Store::open_read_only(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
            hint: " (run `jiandu build` first)",
        })?;
        Ok(GraphStore { store })
    }

    pub fn memory() -> Result<Self, StoreError> {
        Ok(GraphStore {
            store: Store::new()?,
        })
    }

    /// (Re)loads the ontology graph when its content differs from the embedded one.
    pub fn ensure_ontology(&self) -> Result<(), StoreError> {
        let graph = NamedNode::new_unchecked(rdf::ONTOLOGY_GRAPH);
        let marker = rdf::jd("ontologyHash");
        let hash = crate::ingest::parse_document(
            "ontology",
            Path::new("ontology"),
            rdf::ONTOLOGY_TTL.as_bytes(),
            false,
        )
        .map(|d| d.hash)
        .unwrap_or_default();
        let current = self.literal(graph.as_ref(), graph.as_ref(), marker.as_ref())?;
        if current.as_deref() == Some(hash.as_str()) {
            return Ok(());
        }
        let mut quads: Vec<Quad> = oxigraph::io::RdfParser::from_format(RdfFormat::Turtle)
            .with_default_graph(graph.clone())
            .for_slice(rdf::ONTOLOGY_TTL.as_bytes())
            .collect::<Result<_, _>>()
            .map_err(|e| StoreError::Ontology(e.to_string()))?;
        quads.push(Quad::new(
            graph.clone(),
            marker,
            Literal::new_simple_literal(hash),
            graph.clone(),
        ));
        self.replace_graph(graph.as_ref(), &quads)
    }

    fn literal(
        &self,
        graph: NamedNodeRef<'_>,
        s: NamedNodeRef<'_>,
        p: NamedNodeRef<'_>,
    ) -> Result<Option<String>, StoreError> {
        for q in self.store.quads_for_pattern(
            Some(s.into()),
            Some(p),
            None,
            Some(GraphNameRef::NamedNode(graph)),
        ) {
            if let Term::Literal(l) = q?.object {
                return Ok(Some(l.value().to_string()));
            }
        }
        Ok(None)
    }

    fn replace_graph(&self, graph: NamedNodeRef<'_>, quads: &[Quad]) -> Result<(), StoreError> {
        let mut tx = self.store.start_transaction()?;
        tx.clear_graph(graph)?;
        for q in quads {
            tx.insert(QuadRef::from(q));
        }
        tx.commit()?;
        Ok(())
    }

    /// True when the store already holds this document with the same text, extracted by
    /// this version of jiandu: `build` then skips it without extracting.
    pub fn is_unchanged(&self, doc_id: &str, hash: &str) -> Result<bool, StoreError> {
        let doc = rdf::doc_iri(doc_id);
        let existing = self.literal(doc.as_ref(), doc.as_ref(), rdf::jd("contentHash").as_ref())?;
        Ok(existing.as_deref() == Some(hash) && self.extractor_unchanged(doc.as_ref())?)
    }

    /// Adds or replaces one document's graph; skips it when its content hash is unchanged.
    pub fn load_document(&self, facts: &DocFacts) -> Result<(LoadOutcome, usize), StoreError> {
        Ok(self.load_documents(std::slice::from_ref(facts))?[0])
    }

    /// Adds or replaces several documents' graphs in one transaction: all of them land or
    /// none does, and a document is never half-written. Unchanged ones are skipped.
    pub fn load_documents(
        &self,
        docs: &[DocFacts],
    ) -> Result<Vec<(LoadOutcome, usize)>, StoreError> {
        let mut outcomes = Vec::with_capacity(docs.len());
        let mut writes: Vec<(NamedNode, Vec<Quad>)> = Vec::new();
        let mut bulk: Vec<Quad> = Vec::new();
        for facts in docs {
            let doc = rdf::doc_iri(&facts.doc);
            let existing =
                self.literal(doc.as_ref(), doc.as_ref(), rdf::jd("contentHash").as_ref())?;
            let outcome = match existing {
                Some(h) if h == facts.hash && self.extractor_unchanged(doc.as_ref())? => {
                    outcomes.push((LoadOutcome::Unchanged, 0));
                    continue;
                }
                Some(_) => LoadOutcome::Replaced,
                None => LoadOutcome::Added,
            };
            let mut quads = rdf::document_quads(facts);
            quads.push(Quad::new(
                doc.clone(),
                rdf::jd("extractorVersion"),
                Literal::new_simple_literal(extractor_version()),
                doc.clone(),
            ));
            outcomes.push((outcome, quads.len()));
            // New documents whose graph is empty go through the bulk loader (atomic until
            // commit, and an order of magnitude faster); replacements through a transaction.
            let fresh = outcome == LoadOutcome::Added
                && self
                    .store
                    .quads_for_pattern(
                        None,
                        None,
                        None,
                        Some(GraphNameRef::NamedNode(doc.as_ref())),
                    )
                    .next()
                    .is_none();
            if fresh {
                bulk.extend(quads);
            } else {
                writes.push((doc, quads));
            }
        }
        if !writes.is_empty() {
            let mut tx = self.store.start_transaction()?;
            for (graph, quads) in &writes {
                tx.clear_graph(graph.as_ref())?;
                for q in quads {
                    tx.insert(QuadRef::from(q));
                }
            }
            tx.commit()?;
        }
        if !bulk.is_empty() {
            let mut loader = self.store.bulk_loader();
            loader.load_quads(bulk)?;
            loader.commit()?;
        }
        Ok(outcomes)
    }

    /// A new jiandu version may extract more from the same text: re-extract then.
    fn extractor_unchanged(&self, doc: NamedNodeRef<'_>) -> Result<bool, StoreError> {
        Ok(self
            .literal(doc, doc, rdf::jd("extractorVersion").as_ref())?
            .as_deref()
            == Some(extractor_version()))
    }

    pub fn len(&self) -> Result<usize, StoreError> {
        Ok(self.store.len()?)
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.store.is_empty()?)
    }

    pub fn flush(&self) -> Result<(), StoreError> {
        self.store.flush()?;
        Ok(())
    }
}

/// The extractor's identity: the crate version plus a hash of the lexicon data it embeds.
pub fn extractor_version() -> &'static str {
    static VERSION: once_cell::sync::Lazy<String> = once_cell::sync::Lazy::new(|| {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        for (_, text) in crate::lexicon::DATA_FILES {
            h.update(text.as_bytes());
        }
        let digest = h.finalize();
        format!(
            "{}+{:02x}{:02x}{:02x}{:02x}",
            env!("CARGO_PKG_VERSION"),
            digest[0],
            digest[1],
            digest[2],
            digest[3]
        )
    });
    VERSION.as_str()
}
