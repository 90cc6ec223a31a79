//! The Oxigraph store: on disk by default, one named graph per document plus one for the
//! ontology. A document's graph is replaced in one transaction, so a failure never leaves
//! it half-written; an unchanged document is skipped.

use std::collections::HashSet;
use std::path::Path;

use oxigraph::io::RdfFormat;
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode,
    NamedOrBlankNodeRef, Quad, QuadRef, Term, TermRef,
};
use oxigraph::store::{BulkLoader, StorageError, Store, Transaction};

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
    #[error("cannot compute the store statistics: {0}")]
    Statistics(String),
}

pub struct GraphStore {
    pub store: Store,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadOutcome {
    Unchanged,
    Added,
    Replaced,
    /// Another file of this run has the same document id; this one was not loaded.
    DuplicateId,
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

    /// Every stored document extracted by this version of jiandu, with the hash of its
    /// text: read in two scans of the predicate index, so that a re-run of `build` over a
    /// large unchanged corpus does not look each document up twice.
    pub fn current_documents(&self) -> Result<DocumentHashes, StoreError> {
        let mut current: HashSet<String> = HashSet::new();
        self.for_each_document_literal(rdf::jd("extractorVersion").as_ref(), |doc, version| {
            if version == extractor_version() {
                current.insert(doc.to_string());
            }
        })?;
        let mut hashes = DocumentHashes::default();
        self.for_each_document_literal(rdf::jd("contentHash").as_ref(), |doc, hash| {
            if current.contains(doc) {
                hashes.0.insert(doc.to_string(), hash.to_string());
            }
        })?;
        Ok(hashes)
    }

    /// Calls `f` with (document IRI, value) for every literal of predicate `p` that a
    /// document states about itself in its own graph (what [`Self::literal`] reads for one).
    fn for_each_document_literal(
        &self,
        p: NamedNodeRef<'_>,
        mut f: impl FnMut(&str, &str),
    ) -> Result<(), StoreError> {
        for q in self.store.quads_for_pattern(None, Some(p), None, None) {
            let q = q?;
            if let (NamedOrBlankNode::NamedNode(s), GraphName::NamedNode(g), Term::Literal(l)) =
                (&q.subject, &q.graph_name, &q.object)
            {
                if s == g {
                    f(s.as_str(), l.value());
                }
            }
        }
        Ok(())
    }

    /// What loading this text of the document would do: add it, replace the stored one, or
    /// nothing when the same text was extracted by this version of jiandu.
    fn load_outcome(&self, doc: NamedNodeRef<'_>, hash: &str) -> Result<LoadOutcome, StoreError> {
        Ok(
            match self.literal(doc, doc, rdf::jd("contentHash").as_ref())? {
                None => LoadOutcome::Added,
                Some(h) if h == hash && self.extractor_unchanged(doc)? => LoadOutcome::Unchanged,
                Some(_) => LoadOutcome::Replaced,
            },
        )
    }

    /// Adds or replaces several documents at once (see [`Loader`]); unchanged ones are
    /// skipped.
    pub fn load_documents(
        &self,
        docs: &[DocFacts],
    ) -> Result<Vec<(LoadOutcome, usize)>, StoreError> {
        let mut loader = self.loader();
        let outcomes = loader.load(docs)?;
        loader.commit()?;
        Ok(outcomes)
    }

    /// A loader for one `build` run.
    pub fn loader(&self) -> Loader<'_> {
        Loader {
            store: self,
            bulk: None,
            pending: Vec::new(),
            in_this_run: HashSet::new(),
            entity_quads: rdf::EntityQuadsOnce::default(),
        }
    }

    /// Whether the statistics graph holds anything (a build interrupted after its first
    /// batch leaves it empty).
    pub fn has_statistics(&self) -> Result<bool, StoreError> {
        let stats = NamedNodeRef::new_unchecked(rdf::STATS_GRAPH);
        match self
            .store
            .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(stats)))
            .next()
        {
            Some(q) => q.map(|_| true).map_err(StoreError::from),
            None => Ok(false),
        }
    }

    /// Recomputes the VoID description of the store (`void:classPartition` with the number
    /// of instances of each class, `void:documents`) in the statistics graph, so that
    /// "how many of each" is a lookup rather than a scan of every document at query time.
    pub fn refresh_statistics(&self) -> Result<(), StoreError> {
        use std::collections::BTreeMap;
        let ontology = NamedNode::new_unchecked(rdf::ONTOLOGY_GRAPH);
        let stats = NamedNode::new_unchecked(rdf::STATS_GRAPH);
        // Grouped by the query engine on encoded terms: only the classes and their counts
        // are decoded, not every subject (a scan that decoded each typed quad was a tenth
        // of a build).
        let sparql = format!(
            "SELECT ?class (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s a ?class }} \
             FILTER(?g != <{}> && ?g != <{}> && isIRI(?class)) }} GROUP BY ?class",
            ontology.as_str(),
            stats.as_str()
        );
        let statistics_error = |e: &dyn std::fmt::Display| StoreError::Statistics(e.to_string());
        let results = oxigraph::sparql::SparqlEvaluator::new()
            .parse_query(&sparql)
            .map_err(|e| statistics_error(&e))?
            .on_store(&self.store)
            .execute()
            .map_err(|e| statistics_error(&e))?;
        let mut counts: BTreeMap<NamedNode, usize> = BTreeMap::new();
        if let oxigraph::sparql::QueryResults::Solutions(rows) = results {
            for row in rows {
                let row = row.map_err(|e| statistics_error(&e))?;
                if let (Some(Term::NamedNode(class)), Some(Term::Literal(n))) =
                    (row.get("class"), row.get("n"))
                {
                    counts.insert(class.clone(), n.value().parse().unwrap_or(0));
                }
            }
        }
        let void = |local: &str| NamedNode::new_unchecked(format!("{}{local}", rdf::VOID));
        let dataset = NamedNode::new_unchecked(format!("{}dataset", rdf::ID));
        let int = |n: usize| {
            Literal::new_typed_literal(n.to_string(), oxigraph::model::vocab::xsd::INTEGER)
        };
        let mut quads = vec![Quad::new(
            dataset.clone(),
            oxigraph::model::vocab::rdf::TYPE,
            void("Dataset"),
            stats.clone(),
        )];
        let documents = counts.get(&rdf::jd("Document")).copied().unwrap_or(0);
        quads.push(Quad::new(
            dataset.clone(),
            void("documents"),
            int(documents),
            stats.clone(),
        ));
        for (class, n) in &counts {
            let local = class.as_str().rsplit(['#', '/']).next().unwrap_or("class");
            let partition = NamedNode::new_unchecked(format!(
                "{}dataset/class/{}",
                rdf::ID,
                rdf::encode_segment(local)
            ));
            quads.push(Quad::new(
                dataset.clone(),
                void("classPartition"),
                partition.clone(),
                stats.clone(),
            ));
            quads.push(Quad::new(
                partition.clone(),
                void("class"),
                class.clone(),
                stats.clone(),
            ));
            quads.push(Quad::new(
                partition,
                void("entities"),
                int(*n),
                stats.clone(),
            ));
        }
        self.replace_graph(stats.as_ref(), &quads)
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

    /// Compacts every index of the on-disk store (RocksDB's full compaction).
    pub fn compact(&self) -> Result<(), StoreError> {
        self.store.optimize()?;
        Ok(())
    }
}

/// Stored documents (by IRI) current with this extractor, and the hashes of their texts.
#[derive(Debug, Default)]
pub struct DocumentHashes(std::collections::HashMap<String, String>);

impl DocumentHashes {
    /// How many documents the store holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// True when the store holds this document with the same text, extracted by this
    /// version of jiandu: `build` then skips it without extracting.
    pub fn is_unchanged(&self, doc_id: &str, hash: &str) -> bool {
        self.0
            .get(rdf::doc_iri(doc_id).as_str())
            .is_some_and(|h| h == hash)
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

/// Quads collected for the bulk loader before they are handed over as one batch: large
/// enough that RocksDB gets few, big sorted files, small enough to bound memory.
const BULK_BATCH_QUADS: usize = 400_000;

/// Loads the documents of one `build` run.
///
/// New documents go through Oxigraph's bulk loader, which sorts and writes each batch on a
/// background thread while the caller extracts the next documents. A batch holds whole
/// documents and becomes visible at once, in the order the batches were handed over, so an
/// interrupted build leaves the documents of the batches done so far, each complete, and
/// none of the rest (a re-run adds them). A changed document is replaced in a transaction
/// of its own batch (its old graph cleared, the entities it alone named removed from the
/// shared entities graph), so it is never half-written either.
pub struct Loader<'a> {
    store: &'a GraphStore,
    bulk: Option<BulkLoader<'a>>,
    pending: Vec<Quad>,
    /// Documents handed to the bulk loader in this run (maybe not yet visible in the store).
    in_this_run: HashSet<String>,
    /// Entity statements go to the bulk loader once per run: sorting the same quad once
    /// per article was a large part of a build.
    entity_quads: rdf::EntityQuadsOnce,
}

impl Loader<'_> {
    pub fn load(&mut self, docs: &[DocFacts]) -> Result<Vec<(LoadOutcome, usize)>, StoreError> {
        use rayon::prelude::*;
        let store = &self.store.store;
        let mut outcomes = Vec::with_capacity(docs.len());
        let mut replacements: Vec<(NamedNode, Vec<Quad>)> = Vec::new();
        let mut to_write: Vec<(&DocFacts, NamedNode, LoadOutcome)> = Vec::new();
        for facts in docs {
            // Two files with one id would otherwise merge into one graph at commit.
            if !self.in_this_run.insert(facts.doc.clone()) {
                outcomes.push((LoadOutcome::DuplicateId, 0));
                continue;
            }
            let doc = rdf::doc_iri(&facts.doc);
            let outcome = self.store.load_outcome(doc.as_ref(), &facts.hash)?;
            outcomes.push((outcome, 0));
            if outcome == LoadOutcome::Unchanged {
                continue;
            }
            to_write.push((facts, doc, outcome));
        }
        // Turning facts into quads is a third of loading; it runs on every core.
        let version = extractor_version();
        let all_quads: Vec<Vec<Quad>> = to_write
            .par_iter()
            .map(|(facts, doc, _)| {
                let mut quads = rdf::document_quads(facts);
                quads.push(Quad::new(
                    doc.clone(),
                    rdf::jd("extractorVersion"),
                    Literal::new_simple_literal(version),
                    doc.clone(),
                ));
                quads
            })
            .collect();
        let mut written = all_quads.iter().map(Vec::len);
        for o in outcomes.iter_mut() {
            if matches!(o.0, LoadOutcome::Added | LoadOutcome::Replaced) {
                o.1 = written.next().unwrap_or(0);
            }
        }
        for ((_, doc, outcome), quads) in to_write.into_iter().zip(all_quads) {
            let empty = store
                .quads_for_pattern(
                    None,
                    None,
                    None,
                    Some(GraphNameRef::NamedNode(doc.as_ref())),
                )
                .next()
                .is_none();
            if outcome == LoadOutcome::Added && empty {
                let entity_quads = &mut self.entity_quads;
                self.pending
                    .extend(quads.into_iter().filter(|q| entity_quads.admit(q)));
            } else {
                replacements.push((doc, quads));
            }
        }
        if !replacements.is_empty() {
            let mut tx = store.start_transaction()?;
            for (doc, quads) in &replacements {
                replace_document(&mut tx, doc.as_ref(), quads)?;
            }
            tx.commit()?;
        }
        if self.pending.len() >= BULK_BATCH_QUADS {
            self.flush_pending()?;
        }
        Ok(outcomes)
    }

    fn flush_pending(&mut self) -> Result<(), StoreError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let store = &self.store.store;
        if self.bulk.is_none() {
            // The statistics describe the store before this run until `build` recomputes
            // them; an interrupted run leaves none rather than wrong ones.
            store.clear_graph(NamedNodeRef::new_unchecked(rdf::STATS_GRAPH))?;
        }
        // Up to two batches sort and write in the background while the next documents are
        // extracted (measured on 2 cores, 10k articles: 23.5 s against 28.8 s with one).
        // Each batch is ingested as soon as it is written, whole documents only, so RocksDB
        // compacts while extraction goes on: holding every batch back to one ingestion at
        // the end left 80 overlapping files per index to compact after the load (30k
        // articles: 61.4 s against 50.9 s).
        let bulk = self
            .bulk
            .get_or_insert_with(|| store.bulk_loader().with_num_threads(2).without_atomicity());
        bulk.load_quads(std::mem::take(&mut self.pending))?;
        Ok(())
    }

    /// Waits for the last batches: every document of this run is then in the store.
    pub fn commit(mut self) -> Result<(), StoreError> {
        self.flush_pending()?;
        if let Some(bulk) = self.bulk.take() {
            bulk.commit()?;
        }
        Ok(())
    }
}

/// Swaps a document's graph for its new quads, and keeps the shared entities graph true:
/// what only the old version said (an entity no other document names, a supervision edge
/// no other document claims) leaves it.
fn replace_document(
    tx: &mut Transaction<'_>,
    doc: NamedNodeRef<'_>,
    quads: &[Quad],
) -> Result<(), StoreError> {
    let graph = GraphNameRef::NamedNode(doc);
    let mentioned_in = rdf::jd("mentionedIn");
    let agent_p = rdf::jd("agent");
    let target_p = rdf::jd("target");
    let old_entities: Vec<NamedOrBlankNode> = tx
        .quads_for_pattern(None, Some(mentioned_in.as_ref()), None, Some(graph))
        .map(|q| q.map(|q| q.subject))
        .collect::<Result<_, _>>()?;
    let mut old_edges = Vec::new();
    for claim in tx.quads_for_pattern(None, Some(agent_p.as_ref()), None, Some(graph)) {
        let claim = claim?;
        for t in tx.quads_for_pattern(
            Some(claim.subject.as_ref()),
            Some(target_p.as_ref()),
            None,
            Some(graph),
        ) {
            old_edges.push((claim.object.clone(), t?.object));
        }
    }

    tx.clear_graph(graph)?;
    for q in quads {
        tx.insert(QuadRef::from(q));
    }

    let entities = rdf::entities_graph();
    let entities_ref = GraphNameRef::NamedNode(entities.as_ref());
    let region_prefix = format!("{}region/", rdf::ID);
    for entity in old_entities {
        let still_named = tx
            .quads_for_pattern(
                Some(entity.as_ref()),
                Some(mentioned_in.as_ref()),
                None,
                None,
            )
            .next()
            .is_some();
        // Regions come from the gazetteer, not from any article: they stay.
        let is_region = matches!(&entity, NamedOrBlankNode::NamedNode(n) if n.as_str().starts_with(&region_prefix));
        if still_named || is_region {
            continue;
        }
        let mut subjects = vec![entity.clone()];
        // A person's posts are described under the post's own IRI.
        for held in tx.quads_for_pattern(
            Some(entity.as_ref()),
            Some(rdf::org_holds().as_ref()),
            None,
            Some(entities_ref),
        ) {
            if let Term::NamedNode(post) = held?.object {
                subjects.push(post.into());
            }
        }
        remove_subjects(tx, &subjects, entities_ref)?;
    }
    for (agent, target) in old_edges {
        let (Term::NamedNode(agent), target) = (agent, target) else {
            continue;
        };
        if !claimed_anywhere(tx, agent.as_ref().into(), target.as_ref())? {
            tx.remove(QuadRef::new(
                agent.as_ref(),
                rdf::jd("supervises").as_ref(),
                target.as_ref(),
                entities_ref,
            ));
        }
    }
    Ok(())
}

fn remove_subjects(
    tx: &mut Transaction<'_>,
    subjects: &[NamedOrBlankNode],
    graph: GraphNameRef<'_>,
) -> Result<(), StoreError> {
    for s in subjects {
        let stale: Vec<Quad> = tx
            .quads_for_pattern(Some(s.as_ref()), None, None, Some(graph))
            .collect::<Result<_, _>>()?;
        for q in &stale {
            tx.remove(q);
        }
    }
    Ok(())
}

/// Whether any document still claims that `agent` supervises `target`.
fn claimed_anywhere(
    tx: &Transaction<'_>,
    agent: NamedOrBlankNodeRef<'_>,
    target: TermRef<'_>,
) -> Result<bool, StoreError> {
    let agent_term: TermRef<'_> = match agent {
        NamedOrBlankNodeRef::NamedNode(n) => n.into(),
        NamedOrBlankNodeRef::BlankNode(b) => b.into(),
    };
    for claim in tx.quads_for_pattern(
        None,
        Some(rdf::jd("agent").as_ref()),
        Some(agent_term),
        None,
    ) {
        let claim = claim?;
        let graph = claim.graph_name.as_ref();
        if tx
            .quads_for_pattern(
                Some(claim.subject.as_ref()),
                Some(rdf::jd("target").as_ref()),
                Some(target),
                Some(graph),
            )
            .next()
            .is_some()
        {
            return Ok(true);
        }
    }
    Ok(false)
}
