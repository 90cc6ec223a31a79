use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use jiandu::query::{self, Dataset, OutputFormat};
use jiandu::store::GraphStore;

/// A build allocates and frees millions of short-lived quads and strings from several
/// threads; glibc's allocator spent a fifth of a 100k-article build in malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "jiandu",
    version,
    about = "监督: a knowledge graph of who oversaw what, from Chinese discipline-inspection articles"
)]
struct Cli {
    /// Where the on-disk Oxigraph store lives.
    #[arg(long, global = true, default_value = "jiandu-store")]
    store: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest articles, extract facts and load them into the store.
    Build {
        /// Files or folders (recursive; .txt, .html, .htm).
        #[arg(default_value = "data/corpus")]
        paths: Vec<PathBuf>,
        /// Build in memory only (nothing is written to disk).
        #[arg(long)]
        memory: bool,
        /// After building, print the answers of every named query.
        #[arg(long)]
        answer: bool,
        /// Compact the store after loading: auto (when this run at least doubled the
        /// documents in the store), always or never.
        #[arg(long, default_value = "auto")]
        compact: jiandu::Compaction,
    },
    /// Extract facts from articles without a store.
    Extract {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// jsonl (the SPEC.md record contract), nquads, trig or turtle.
        #[arg(long, default_value = "jsonl")]
        format: String,
    },
    /// Run a named query, a .rq file or inline SPARQL against the store.
    Query {
        /// Named query (see --list) or path to a .rq file.
        name: Option<String>,
        #[arg(long)]
        sparql: Option<String>,
        /// name=value, repeatable.
        #[arg(long = "param", short = 'p')]
        params: Vec<String>,
        /// table, csv, tsv, json, xml, turtle, ntriples.
        #[arg(long, default_value = "table")]
        format: String,
        /// List the named queries with their descriptions.
        #[arg(long)]
        list: bool,
        /// Print the evaluation plan with rows and time per step (JSON) instead of the results.
        #[arg(long)]
        explain: bool,
    },
    /// Counts by class, by region and by document.
    Stats,
    /// Serve the store as a SPARQL 1.1 endpoint with a web page.
    Serve(jiandu::serve::ServeArgs),
    /// Draw the oversight network (DOT, SVG, PNG, GraphML, JSON).
    Export(jiandu::export::ExportArgs),
    /// Generate a realistic synthetic corpus for benchmarks.
    GenCorpus(jiandu::bench::GenCorpusArgs),
    /// Measure extraction, build and query speed.
    Bench(jiandu::bench::BenchArgs),
    /// Score extracted facts against gold annotations (the same scoring as score.py).
    Eval {
        #[arg(long)]
        gold: PathBuf,
        /// JSON Lines predictions; when absent, --corpus is extracted afresh.
        #[arg(long)]
        pred: Option<PathBuf>,
        #[arg(long, default_value = "data/corpus/seeds")]
        corpus: PathBuf,
        /// List every miss and false positive.
        #[arg(long)]
        verbose: bool,
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("jiandu: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// `jiandu query … | head` closes the pipe early; that is not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.to_string().contains("Broken pipe")
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let store_path = cli.store.clone();
    match cli.command {
        Command::Build {
            paths,
            memory,
            answer,
            compact,
        } => {
            let store = if memory {
                GraphStore::memory()?
            } else {
                GraphStore::open(&store_path)?
            };
            let bar = std::io::stderr().is_terminal().then(|| {
                let bar = indicatif::ProgressBar::new(0);
                bar.set_style(
                    indicatif::ProgressStyle::with_template(
                        "{spinner} {bar:40} {pos}/{len} documents {elapsed}",
                    )
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                );
                bar
            });
            let progress = |n: usize, total: usize| {
                if let Some(b) = &bar {
                    b.set_length(total as u64);
                    b.set_position(n as u64);
                }
            };
            let errors = std::sync::Mutex::new(0usize);
            let report = |msg: &str| {
                if let Some(b) = &bar {
                    b.suspend(|| eprintln!("jiandu: {msg}"));
                } else {
                    eprintln!("jiandu: {msg}");
                }
                if let Ok(mut n) = errors.lock() {
                    *n += 1;
                }
            };
            let summary = jiandu::build(&store, &paths, compact, &progress, &report)?;
            if let Some(b) = &bar {
                b.finish_and_clear();
            }
            println!(
                "{} documents ({} added, {} replaced, {} unchanged, {} failed), {} bodies, {} actions, {} triples written, {:.2} s{}",
                summary.documents,
                summary.added,
                summary.replaced,
                summary.unchanged,
                summary.failed,
                summary.bodies,
                summary.actions,
                summary.triples_written,
                summary.seconds,
                if summary.compact_seconds > 0.0 {
                    format!(" (compacting the store {:.2} s)", summary.compact_seconds)
                } else {
                    String::new()
                }
            );
            if answer {
                for q in query::named_queries() {
                    println!("\n== {} — {}", q.name, q.description);
                    let text = q.bind(&[])?;
                    let results = query::evaluate(&store.store, &text, &Dataset::default(), None)?;
                    query::write_results(
                        results,
                        OutputFormat::Table,
                        &mut std::io::stdout().lock(),
                    )?;
                }
            }
            Ok(if summary.failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Extract { files, format } => {
            let (docs, errors) = jiandu::extract_paths(&files);
            let mut out = std::io::stdout().lock();
            match format.as_str() {
                "jsonl" => {
                    for (_, facts) in &docs {
                        out.write_all(facts.to_jsonl().as_bytes())?;
                    }
                }
                "nquads" | "trig" | "turtle" => {
                    let rdf_format = match format.as_str() {
                        "nquads" => oxigraph::io::RdfFormat::NQuads,
                        "trig" => oxigraph::io::RdfFormat::TriG,
                        _ => oxigraph::io::RdfFormat::Turtle,
                    };
                    let mut ser = oxigraph::io::RdfSerializer::from_format(rdf_format);
                    for (p, iri) in query::PREFIXES {
                        ser = ser.with_prefix(*p, *iri)?;
                    }
                    let mut w = ser.for_writer(&mut out);
                    // Entity statements are shared by the documents that name an entity:
                    // written once, as the store holds them once.
                    let mut entity_quads = jiandu::rdf::EntityQuadsOnce::default();
                    for (_, facts) in &docs {
                        for q in jiandu::rdf::document_quads(facts) {
                            if !entity_quads.admit(&q) {
                                continue;
                            }
                            if rdf_format == oxigraph::io::RdfFormat::Turtle {
                                w.serialize_triple(oxigraph::model::TripleRef::from(
                                    oxigraph::model::QuadRef::from(&q),
                                ))?;
                            } else {
                                w.serialize_quad(&q)?;
                            }
                        }
                    }
                    w.finish()?;
                }
                other => anyhow::bail!("unknown format {other:?} (jsonl, nquads, trig, turtle)"),
            }
            for e in &errors {
                eprintln!("jiandu: {e}");
            }
            Ok(if errors.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Query {
            name,
            sparql,
            params,
            format,
            list,
            explain,
        } => {
            if list {
                for q in query::named_queries() {
                    let params: Vec<String> = q
                        .params
                        .iter()
                        .map(|p| format!("{}={}", p.name, p.default))
                        .collect();
                    println!(
                        "{:<20} {}{}",
                        q.name,
                        q.description,
                        if params.is_empty() {
                            String::new()
                        } else {
                            format!("  [{}]", params.join(", "))
                        }
                    );
                }
                return Ok(ExitCode::SUCCESS);
            }
            let values = query::parse_params(&params)?;
            let text = match (name, sparql) {
                (_, Some(s)) => s,
                (Some(n), None) if n.ends_with(".rq") => {
                    let text =
                        std::fs::read_to_string(&n).with_context(|| format!("reading {n}"))?;
                    query::NamedQuery::parse(&n, &text).bind(&values)?
                }
                (Some(n), None) => query::named_query(&n)?.bind(&values)?,
                (None, None) => {
                    anyhow::bail!("give a query name, a .rq file or --sparql (see --list)")
                }
            };
            let store = GraphStore::open_read_only(&store_path)?;
            if explain {
                query::explain(&store.store, &text, &mut std::io::stdout().lock())?;
                return Ok(ExitCode::SUCCESS);
            }
            let format = OutputFormat::parse(&format)?;
            let results = query::evaluate(&store.store, &text, &Dataset::default(), None)?;
            let mut out = std::io::stdout().lock();
            query::write_results(results, format, &mut out)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats => {
            let store = GraphStore::open_read_only(&store_path)?;
            for (title, sparql) in STATS {
                println!("== {title}");
                let results = query::evaluate(&store.store, sparql, &Dataset::default(), None)?;
                query::write_results(results, OutputFormat::Table, &mut std::io::stdout().lock())?;
                println!();
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve(args) => {
            jiandu::serve::cli(&store_path, args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export(args) => {
            jiandu::export::cli(&store_path, args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::GenCorpus(args) => {
            jiandu::bench::gen_corpus_cli(args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench(args) => {
            jiandu::bench::bench_cli(&store_path, args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            gold,
            pred,
            corpus,
            verbose,
            json,
        } => {
            let report = jiandu::eval::evaluate(&gold, pred.as_deref(), &corpus)?;
            if verbose {
                for miss in &report.misses {
                    println!("{miss}");
                }
            }
            if json {
                println!("{}", serde_json::to_string_pretty(&report.to_json())?);
            } else {
                print!("{}", report.table());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

const STATS: &[(&str, &str)] = &[
    (
        "by class",
        "PREFIX jd: <https://jiandu.dev/ontology#>
SELECT ?class (COUNT(DISTINCT ?s) AS ?count) WHERE {
  GRAPH ?g { ?s a ?class } FILTER(?g != <https://jiandu.dev/ontology>)
} GROUP BY ?class ORDER BY DESC(?count) ?class",
    ),
    (
        "bodies by region",
        "PREFIX jd: <https://jiandu.dev/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?region (COUNT(DISTINCT ?b) AS ?bodies) WHERE {
  ?b jd:inRegion ?r . ?r rdfs:label ?region
} GROUP BY ?region ORDER BY DESC(?bodies) ?region",
    ),
    (
        "by document",
        "PREFIX jd: <https://jiandu.dev/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?doc ?date (COUNT(DISTINCT ?body) AS ?bodies) (COUNT(DISTINCT ?action) AS ?actions) (COUNT(DISTINCT ?claim) AS ?supervisions) WHERE {
  ?d a jd:Document ; jd:docId ?doc .
  OPTIONAL { ?d dcterms:date ?date }
  OPTIONAL { ?body jd:mentionedIn ?d ; a ?c . FILTER(?c NOT IN (jd:Unit, jd:Person)) }
  OPTIONAL { ?action a jd:OversightAction ; prov:wasDerivedFrom ?d }
  OPTIONAL { ?claim a jd:Supervision ; prov:wasDerivedFrom ?d }
} GROUP BY ?doc ?date ORDER BY ?doc",
    ),
];
