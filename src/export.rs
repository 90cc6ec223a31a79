//! Store → petgraph → DOT / SVG / PNG / GraphML / JSON.
//!
//! The oversight network is read from the store with a few DISTINCT SELECTs (the default
//! graph is the union of the document graphs, or one document's graph with `--doc`), built
//! into a [`petgraph::Graph`], focused (`--region`, `--body`/`--depth`, `--category`,
//! `--since`/`--until`) and written. Oversight bodies, the units they oversee and the
//! regions are nodes; parent (`org:subOrganizationOf`), resident-at (`jd:residentAt`),
//! supervises (`jd:supervises`), in-region and within-region are edges. Counted actions are
//! summed by category and unit: on the agent → target edge when the action names a target,
//! otherwise under the agent's name.
//!
//! DOT is written by hand so that regions and parent commissions become nested
//! `subgraph cluster…` boxes, and so that the output is stable: nodes and edges are sorted
//! by label and IRI, node ids are the IRIs (shortened), so the same store always gives the
//! same bytes and a diff between two stores shows what changed. SVG and PNG are drawn by
//! GraphViz's `dot`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::fmt::Write as _;
use std::io::{IsTerminal, Write as _};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use oxigraph::store::Store;
use petgraph::graph::{EdgeIndex, Graph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use crate::query::{self, Dataset};
use crate::rdf;
use crate::store::GraphStore;

/// The font every label is drawn with, so that SVG and PNG show characters, not boxes
/// (Debian: fonts-noto-cjk).
pub const FONT: &str = "Noto Sans CJK SC";

const JD: &str = rdf::JD;
const ORG: &str = "http://www.w3.org/ns/org#";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const PREFIXES: &str = "PREFIX jd: <https://jiandu.dev/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
";

/// Draw the oversight network.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ExportArgs {
    /// dot, svg, png, graphml or json [default: from the --out extension, else dot].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write here instead of standard output.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// Only bodies in this region (or whose name contains it), with their neighbours.
    #[arg(long)]
    pub region: Option<String>,
    /// Only this body (substring of its name, exact match preferred) and its neighbourhood.
    #[arg(long)]
    pub body: Option<String>,
    /// How many edges away from --body to draw.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Only what this document's graph says (its id, e.g. 000_725d685e7e627845).
    #[arg(long)]
    pub doc: Option<String>,
    /// Only the actions of this category (and the bodies that performed them).
    #[arg(long, value_enum)]
    pub category: Option<Category>,
    /// Only actions dated on or after this day (YYYY-MM-DD); undated actions are left out.
    #[arg(long)]
    pub since: Option<String>,
    /// Only actions dated on or before this day (YYYY-MM-DD); undated actions are left out.
    #[arg(long)]
    pub until: Option<String>,
    /// Draw the triples of this SPARQL CONSTRUCT query instead (subjects and objects as
    /// nodes, predicates as edge labels, rdfs:label as node labels).
    #[arg(long, value_name = "FILE.rq", conflicts_with_all = ["region", "doc", "category", "since", "until"])]
    pub query: Option<PathBuf>,
    /// Add a legend of the node kinds and edge kinds (DOT, SVG, PNG).
    #[arg(long)]
    pub legend: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Dot,
    Svg,
    Png,
    Graphml,
    Json,
}

impl Format {
    fn from_extension(path: &Path) -> Option<Self> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "dot" | "gv" => Some(Self::Dot),
            "svg" => Some(Self::Svg),
            "png" => Some(Self::Png),
            "graphml" => Some(Self::Graphml),
            "json" => Some(Self::Json),
            _ => None,
        }
    }
}

/// The `jd:Category` individuals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Category {
    Inspect,
    Document,
    Finding,
    Rectify,
    Interview,
    Investigate,
    Discipline,
    Meeting,
    Deploy,
    Other,
}

impl Category {
    pub const ALL: [Category; 10] = [
        Self::Inspect,
        Self::Document,
        Self::Finding,
        Self::Rectify,
        Self::Interview,
        Self::Investigate,
        Self::Discipline,
        Self::Meeting,
        Self::Deploy,
        Self::Other,
    ];

    pub fn local_name(self) -> &'static str {
        match self {
            Self::Inspect => "inspect",
            Self::Document => "document",
            Self::Finding => "finding",
            Self::Rectify => "rectify",
            Self::Interview => "interview",
            Self::Investigate => "investigate",
            Self::Discipline => "discipline",
            Self::Meeting => "meeting",
            Self::Deploy => "deploy",
            Self::Other => "other",
        }
    }

    fn from_iri(iri: &str) -> Option<Self> {
        let local = iri.strip_prefix(JD)?;
        Self::ALL.into_iter().find(|c| c.local_name() == local)
    }

    /// The ontology's `skos:prefLabel@zh`, used when the store lacks the ontology graph.
    fn default_label(self) -> &'static str {
        match self {
            Self::Inspect => "监督检查",
            Self::Document => "文书",
            Self::Finding => "发现问题",
            Self::Rectify => "整改",
            Self::Interview => "约谈/谈话",
            Self::Investigate => "查处/立案",
            Self::Discipline => "处分/问责",
            Self::Meeting => "会议",
            Self::Deploy => "出动/下沉/抽调",
            Self::Other => "其他",
        }
    }
}

/// What a node is; drives its shape and colour.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Kind {
    Commission,
    ResidentGroup,
    WorkingCommittee,
    InternalOffice,
    EnterpriseOrSchoolCommittee,
    Collective,
    OversightBody,
    Unit,
    Region,
    /// Any other IRI or blank node (CONSTRUCT results).
    Resource,
    /// A literal object (CONSTRUCT results).
    Literal,
}

impl Kind {
    const CLASSES: [Kind; 9] = [
        Self::Commission,
        Self::ResidentGroup,
        Self::WorkingCommittee,
        Self::InternalOffice,
        Self::EnterpriseOrSchoolCommittee,
        Self::Collective,
        Self::OversightBody,
        Self::Unit,
        Self::Region,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Commission => "Commission",
            Self::ResidentGroup => "ResidentGroup",
            Self::WorkingCommittee => "WorkingCommittee",
            Self::InternalOffice => "InternalOffice",
            Self::EnterpriseOrSchoolCommittee => "EnterpriseOrSchoolCommittee",
            Self::Collective => "Collective",
            Self::OversightBody => "OversightBody",
            Self::Unit => "Unit",
            Self::Region => "Region",
            Self::Resource => "Resource",
            Self::Literal => "Literal",
        }
    }

    /// The ontology's Chinese class label (for the legend).
    fn label_zh(self) -> &'static str {
        match self {
            Self::Commission => "纪委监委",
            Self::ResidentGroup => "派驻纪检监察组",
            Self::WorkingCommittee => "纪工委",
            Self::InternalOffice => "内设机构",
            Self::EnterpriseOrSchoolCommittee => "企业高校纪委",
            Self::Collective => "纪检监察机关（集合）",
            Self::OversightBody => "纪检监察机构",
            Self::Unit => "被监督单位",
            Self::Region => "行政区划",
            Self::Resource => "资源",
            Self::Literal => "值",
        }
    }

    fn from_class(iri: &str) -> Option<Self> {
        let local = iri.strip_prefix(JD)?;
        Self::CLASSES.into_iter().find(|k| k.name() == local)
    }

    pub fn is_body(self) -> bool {
        matches!(
            self,
            Self::Commission
                | Self::ResidentGroup
                | Self::WorkingCommittee
                | Self::InternalOffice
                | Self::EnterpriseOrSchoolCommittee
                | Self::Collective
                | Self::OversightBody
        )
    }

    fn dot_style(self) -> &'static str {
        match self {
            Self::Commission => {
                r##"shape=box, style="rounded,filled,bold", fillcolor="#f6d5d1", color="#a93226""##
            }
            Self::ResidentGroup => {
                r##"shape=box, style="rounded,filled", fillcolor="#fdebd0", color="#ca6f1e""##
            }
            Self::WorkingCommittee => {
                r##"shape=hexagon, style=filled, fillcolor="#e8daef", color="#7d3c98""##
            }
            Self::InternalOffice => {
                r##"shape=box, style="rounded,filled,dashed", fillcolor="#fbeee6", color="#a93226""##
            }
            Self::EnterpriseOrSchoolCommittee => {
                r##"shape=component, style=filled, fillcolor="#d6eaf8", color="#2471a3""##
            }
            Self::Collective => {
                r##"shape=box3d, style=filled, fillcolor="#fcf3cf", color="#9a7d0a""##
            }
            Self::OversightBody => {
                r##"shape=box, style="rounded,filled", fillcolor="#eeeeee", color="#555555""##
            }
            Self::Unit => r##"shape=ellipse, style=filled, fillcolor="#e9f7ef", color="#1e8449""##,
            Self::Region => r##"shape=tab, style=filled, fillcolor="#eaf2f8", color="#5d6d7e""##,
            Self::Resource => r##"shape=ellipse, style=dashed, color="#555555""##,
            Self::Literal => r##"shape=note, style=filled, fillcolor="#fdfefe", color="#999999""##,
        }
    }
}

/// What an edge says.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum EdgeKind {
    /// body → parent body (`org:subOrganizationOf`).
    Parent,
    /// resident group → host (`jd:residentAt`).
    ResidentAt,
    /// body → unit or body (`jd:supervises`, or a counted action naming a target).
    Supervises,
    /// body or unit → region (`jd:inRegion`).
    InRegion,
    /// region → parent region (`jd:withinRegion`).
    WithinRegion,
    /// Any predicate of a CONSTRUCT result.
    Predicate,
}

impl EdgeKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Parent => "parent",
            Self::ResidentAt => "resident-at",
            Self::Supervises => "supervises",
            Self::InRegion => "in-region",
            Self::WithinRegion => "within-region",
            Self::Predicate => "predicate",
        }
    }

    fn label_zh(self) -> &'static str {
        match self {
            Self::Parent => "隶属于",
            Self::ResidentAt => "派驻",
            Self::Supervises => "监督",
            Self::InRegion => "所在地区",
            Self::WithinRegion => "上级地区",
            Self::Predicate => "",
        }
    }

    fn is_regional(self) -> bool {
        matches!(self, Self::InRegion | Self::WithinRegion)
    }

    fn dot_style(self) -> &'static str {
        match self {
            Self::Parent => r##"dir=back, arrowtail=empty, color="#a93226", penwidth=1.2"##,
            Self::ResidentAt => r##"color="#ca6f1e", fontcolor="#935116", penwidth=1.6"##,
            Self::Supervises => r##"color="#1e8449", fontcolor="#145a32""##,
            Self::InRegion | Self::WithinRegion => {
                r##"style=dotted, color="#5d6d7e", fontcolor="#5d6d7e""##
            }
            Self::Predicate => r##"color="#555555", fontcolor="#333333""##,
        }
    }
}

/// A node of the drawn graph.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NodeData {
    /// Stable id: the IRI without `https://jiandu.dev/id/` (e.g. `body/吉林省纪委监委`).
    pub id: String,
    pub iri: String,
    pub label: String,
    pub kind: Kind,
    /// Counted actions without a target, summed by category and unit ("监督检查 1226次").
    pub actions: Vec<String>,
}

/// An edge of the drawn graph.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EdgeData {
    pub kind: EdgeKind,
    /// The predicate for CONSTRUCT results (prefixed), empty otherwise.
    pub predicate: String,
    /// Counted actions of the agent on this target, summed by category and unit.
    pub actions: Vec<String>,
}

impl EdgeData {
    fn new(kind: EdgeKind) -> Self {
        EdgeData {
            kind,
            predicate: String::new(),
            actions: Vec::new(),
        }
    }

    /// The label as drawn: what the edge is, then the action totals.
    pub fn label_lines(&self) -> Vec<String> {
        let head = match self.kind {
            EdgeKind::Predicate => self.predicate.clone(),
            EdgeKind::Parent => String::new(),
            k => k.label_zh().to_string(),
        };
        let mut lines = Vec::new();
        if !head.is_empty() {
            lines.push(head);
        }
        lines.extend(self.actions.iter().cloned());
        lines
    }
}

pub type OversightGraph = Graph<NodeData, EdgeData>;

/// Which part of the store to draw.
#[derive(Debug, Clone, Default)]
pub struct Focus {
    pub region: Option<String>,
    pub body: Option<String>,
    pub depth: usize,
    pub doc: Option<String>,
    pub category: Option<Category>,
    pub since: Option<String>,
    pub until: Option<String>,
}

impl Focus {
    fn filters_actions(&self) -> bool {
        self.category.is_some() || self.since.is_some() || self.until.is_some()
    }

    /// One line saying what is drawn, for the picture's title.
    fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(d) = &self.doc {
            parts.push(format!("文档 {d}"));
        }
        if let Some(r) = &self.region {
            parts.push(format!("地区 {r}"));
        }
        if let Some(b) = &self.body {
            parts.push(format!("{b}（{} 层）", self.depth));
        }
        if let Some(c) = self.category {
            parts.push(format!("类别 {}", c.default_label()));
        }
        match (&self.since, &self.until) {
            (Some(s), Some(u)) => parts.push(format!("{s} 至 {u}")),
            (Some(s), None) => parts.push(format!("{s} 起")),
            (None, Some(u)) => parts.push(format!("至 {u}")),
            (None, None) => {}
        }
        parts.join(" · ")
    }
}

// ---------------------------------------------------------------------------------------
// Command line and web entry points

pub fn cli(store_path: &Path, args: ExportArgs) -> anyhow::Result<()> {
    let format = args
        .format
        .or_else(|| args.out.as_deref().and_then(Format::from_extension))
        .unwrap_or(Format::Dot);
    if format == Format::Png && args.out.is_none() && std::io::stdout().is_terminal() {
        bail!("refusing to write a PNG to the terminal; give --out FILE.png or redirect");
    }
    for d in [&args.since, &args.until].into_iter().flatten() {
        check_date(d)?;
    }
    let store = GraphStore::open_read_only(store_path)?;
    let (graph, title) = match &args.query {
        Some(file) => {
            let sparql = std::fs::read_to_string(file)
                .with_context(|| format!("reading {}", file.display()))?;
            let mut graph = construct_graph(&store.store, &sparql)?;
            if let Some(name) = &args.body {
                graph = neighbourhood(&graph, name, args.depth)?;
            }
            (graph, file.display().to_string())
        }
        None => {
            let focus = Focus {
                region: args.region.clone(),
                body: args.body.clone(),
                depth: args.depth,
                doc: args.doc.clone(),
                category: args.category,
                since: args.since.clone(),
                until: args.until.clone(),
            };
            let graph = oversight_graph(&store.store, &focus)?;
            if graph.node_count() == 0 {
                eprintln!("jiandu: nothing to draw for this focus");
            }
            (graph, focus.describe())
        }
    };
    let options = DotOptions {
        title,
        legend: args.legend,
    };
    let bytes = match format {
        Format::Dot => to_dot(&graph, &options).into_bytes(),
        Format::Svg => run_dot(&to_dot(&graph, &options), "svg")?,
        Format::Png => run_dot(&to_dot(&graph, &options), "png")?,
        Format::Graphml => to_graphml(&graph).into_bytes(),
        Format::Json => to_json(&graph)?.into_bytes(),
    };
    match &args.out {
        Some(path) => {
            std::fs::write(path, &bytes).with_context(|| format!("writing {}", path.display()))?
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
        }
    }
    Ok(())
}

/// The DOT the web server serves at `/export.dot`: the whole store, or one body's
/// neighbourhood to `depth`, or one region.
pub fn dot_for_web(
    store: &Store,
    body: Option<&str>,
    region: Option<&str>,
    depth: usize,
) -> Result<String, String> {
    let focus = Focus {
        body: body.filter(|s| !s.trim().is_empty()).map(str::to_string),
        region: region.filter(|s| !s.trim().is_empty()).map(str::to_string),
        depth,
        ..Focus::default()
    };
    let graph = oversight_graph(store, &focus).map_err(|e| format!("{e:#}"))?;
    Ok(to_dot(
        &graph,
        &DotOptions {
            title: focus.describe(),
            legend: false,
        },
    ))
}

fn check_date(d: &str) -> anyhow::Result<()> {
    let ok = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = d.split('-').collect();
    let valid = match parts.as_slice() {
        [y, m, day] => ok(y, 4) && ok(m, 2) && ok(day, 2),
        [y, m] => ok(y, 4) && ok(m, 2),
        _ => false,
    };
    if !valid {
        bail!("dates are written YYYY-MM-DD, got {d:?}");
    }
    Ok(())
}

/// Runs GraphViz `dot -T{format}` on `dot_text`.
pub fn run_dot(dot_text: &str, format: &str) -> anyhow::Result<Vec<u8>> {
    use std::process::{Command, Stdio};
    let mut child = match Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "GraphViz `dot` is not installed; install the Debian package graphviz (apt-get install graphviz), or use --format dot"
        ),
        Err(e) => return Err(e).context("running GraphViz dot"),
    };
    let mut stdin = child.stdin.take().context("dot's stdin")?;
    let text = dot_text.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let out = child.wait_with_output().context("running GraphViz dot")?;
    let _ = writer.join();
    if !out.status.success() {
        bail!(
            "GraphViz dot failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(out.stdout)
}

// ---------------------------------------------------------------------------------------
// Reading the store

fn select(store: &Store, sparql: &str, vars: &[&str]) -> anyhow::Result<Vec<Vec<Option<Term>>>> {
    let results = query::evaluate(store, sparql, &Dataset::default(), None)?;
    let QueryResults::Solutions(solutions) = results else {
        bail!("internal query is not a SELECT");
    };
    let mut rows = Vec::new();
    for s in solutions {
        let s = s.map_err(query::evaluation_error)?;
        rows.push(vars.iter().map(|v| s.get(*v).cloned()).collect());
    }
    Ok(rows)
}

fn term_key(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_string(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

fn iri_of(t: &Option<Term>) -> Option<&str> {
    match t {
        Some(Term::NamedNode(n)) => Some(n.as_str()),
        _ => None,
    }
}

fn literal_of(t: &Option<Term>) -> Option<&str> {
    match t {
        Some(Term::Literal(l)) => Some(l.value()),
        _ => None,
    }
}

/// The short, stable id of an IRI: the part after `https://jiandu.dev/id/`, or a prefixed
/// name, or the IRI itself.
pub fn short_id(iri: &str) -> String {
    if let Some(rest) = iri.strip_prefix(rdf::ID) {
        return rest.to_string();
    }
    query::display_term(&Term::NamedNode(oxigraph::model::NamedNode::new_unchecked(
        iri,
    )))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A label for an IRI that has none: its last path segment, decoded.
fn fallback_label(iri: &str) -> String {
    let tail = iri
        .rsplit(['/', '#'])
        .find(|s| !s.is_empty())
        .unwrap_or(iri);
    percent_decode(tail)
}

fn kind_from_iri(iri: &str) -> Kind {
    match iri.strip_prefix(rdf::ID) {
        Some(rest) if rest.starts_with("body/") => Kind::OversightBody,
        Some(rest) if rest.starts_with("unit/") => Kind::Unit,
        Some(rest) if rest.starts_with("region/") => Kind::Region,
        _ => Kind::Resource,
    }
}

/// One counted action as read from the store.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Action {
    iri: String,
    agent: String,
    target: Option<String>,
    category: Category,
    value: f64,
    unit: String,
    date: Option<String>,
    approximate: bool,
}

/// `date` (YYYY-MM-DD or YYYY-MM) against a bound, at the coarser of the two precisions.
fn date_cmp(date: &str, bound: &str) -> std::cmp::Ordering {
    let n = date.len().min(bound.len());
    date[..n].cmp(&bound[..n])
}

struct Raw {
    nodes: BTreeMap<String, (Kind, String)>,
    edges: BTreeSet<(String, EdgeKind, String)>,
    actions: Vec<Action>,
    category_labels: HashMap<Category, String>,
}

fn read_store(store: &Store, focus: &Focus) -> anyhow::Result<Raw> {
    // A document's graph says which entities it names (`jd:mentionedIn`) and what it
    // claims; what the entities are (class, label, parent, host, region) is in the shared
    // entities graph, read through the default graph.
    let doc_graph = match &focus.doc {
        Some(id) => {
            let iri = rdf::doc_iri(id);
            let ask = format!("ASK {{ GRAPH <{}> {{ ?s ?p ?o }} }}", iri.as_str());
            let exists = matches!(
                query::evaluate(store, &ask, &Dataset::default(), None)?,
                QueryResults::Boolean(true)
            );
            if !exists {
                bail!("no document {id:?} in the store (see `jiandu stats`)");
            }
            Some(iri)
        }
        None => None,
    };
    let (open, close) = match &doc_graph {
        Some(iri) => (format!("GRAPH <{}> {{", iri.as_str()), "}".to_string()),
        None => (String::new(), String::new()),
    };
    let mentioned = match &doc_graph {
        Some(iri) => format!("GRAPH <{0}> {{ ?n jd:mentionedIn <{0}> }}", iri.as_str()),
        None => String::new(),
    };

    let classes: Vec<String> = Kind::CLASSES
        .iter()
        .map(|k| format!("jd:{}", k.name()))
        .collect();
    let node_rows = select(
        store,
        &format!(
            "{PREFIXES}SELECT DISTINCT ?n ?class ?label WHERE {{ {mentioned} VALUES ?class {{ {} }} ?n a ?class . OPTIONAL {{ ?n rdfs:label ?label }} }}",
            classes.join(" ")
        ),
        &["n", "class", "label"],
    )?;
    // iri → (most specific kind, smallest label)
    let mut nodes: BTreeMap<String, (Kind, Option<String>)> = BTreeMap::new();
    for row in &node_rows {
        let (Some(n), Some(class)) = (iri_of(&row[0]), iri_of(&row[1])) else {
            continue;
        };
        let Some(kind) = Kind::from_class(class) else {
            continue;
        };
        let label = literal_of(&row[2]).map(str::to_string);
        let entry = nodes.entry(n.to_string()).or_insert((kind, None));
        entry.0 = entry.0.min(kind);
        if let Some(l) = label {
            if entry.1.as_ref().is_none_or(|old| &l < old) {
                entry.1 = Some(l);
            }
        }
    }

    // For one document, its own supervision claims stand for the `supervises` edges, and
    // the entity edges are kept between the entities it names.
    let edge_query = match &doc_graph {
        Some(iri) => format!(
            "{PREFIXES}SELECT DISTINCT ?s ?p ?o WHERE {{ {{ GRAPH <{}> {{ ?c a jd:Supervision ; jd:agent ?s ; jd:target ?o }} BIND(jd:supervises AS ?p) }} UNION {{ VALUES ?p {{ org:subOrganizationOf jd:residentAt jd:inRegion jd:withinRegion }} ?s ?p ?o . }} FILTER(isIRI(?o)) }}",
            iri.as_str()
        ),
        None => format!(
            "{PREFIXES}SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ org:subOrganizationOf jd:residentAt jd:supervises jd:inRegion jd:withinRegion }} ?s ?p ?o . FILTER(isIRI(?o)) }}"
        ),
    };
    let mut edge_rows = select(store, &edge_query, &["s", "p", "o"])?;
    if doc_graph.is_some() {
        edge_rows.retain(|row| {
            let named = |t: &Option<Term>| iri_of(t).is_some_and(|n| nodes.contains_key(n));
            named(&row[0]) && named(&row[2])
        });
    }
    let mut edges = BTreeSet::new();
    for row in &edge_rows {
        let (Some(s), Some(p), Some(o)) = (iri_of(&row[0]), iri_of(&row[1]), iri_of(&row[2]))
        else {
            continue;
        };
        let kind = match p.strip_prefix(JD) {
            Some("residentAt") => EdgeKind::ResidentAt,
            Some("supervises") => EdgeKind::Supervises,
            Some("inRegion") => EdgeKind::InRegion,
            Some("withinRegion") => EdgeKind::WithinRegion,
            _ if p == format!("{ORG}subOrganizationOf") => EdgeKind::Parent,
            _ => continue,
        };
        edges.insert((s.to_string(), kind, o.to_string()));
    }

    let action_rows = select(
        store,
        &format!(
            "{PREFIXES}SELECT DISTINCT ?a ?agent ?cat ?target ?value ?unit ?date ?approx WHERE {{ {open}
  ?a a jd:OversightAction ; prov:wasAssociatedWith ?agent ; jd:category ?cat ;
     jd:value ?value ; jd:unit ?unit .
  OPTIONAL {{ ?a jd:target ?target }}
  OPTIONAL {{ ?a jd:date ?date }}
  OPTIONAL {{ ?a jd:approximate ?approx }} {close} }}"
        ),
        &[
            "a", "agent", "cat", "target", "value", "unit", "date", "approx",
        ],
    )?;
    let mut actions: Vec<Action> = Vec::new();
    for row in &action_rows {
        let (Some(a), Some(agent), Some(cat)) = (iri_of(&row[0]), iri_of(&row[1]), iri_of(&row[2]))
        else {
            continue;
        };
        let Some(category) = Category::from_iri(cat) else {
            continue;
        };
        let Some(value) = literal_of(&row[4]).and_then(|v| v.parse::<f64>().ok()) else {
            continue;
        };
        actions.push(Action {
            iri: a.to_string(),
            agent: agent.to_string(),
            target: iri_of(&row[3]).map(str::to_string),
            category,
            value,
            unit: literal_of(&row[5]).unwrap_or_default().to_string(),
            date: literal_of(&row[6]).map(str::to_string),
            approximate: literal_of(&row[7]) == Some("true"),
        });
    }
    // One row per action, whatever the store's iteration order.
    actions.sort_by(|x, y| x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal));
    actions.dedup_by(|x, y| x.iri == y.iri);
    actions.retain(|a| {
        focus.category.is_none_or(|c| a.category == c)
            && focus.since.as_deref().is_none_or(|s| {
                a.date
                    .as_deref()
                    .is_some_and(|d| date_cmp(d, s) != std::cmp::Ordering::Less)
            })
            && focus.until.as_deref().is_none_or(|u| {
                a.date
                    .as_deref()
                    .is_some_and(|d| date_cmp(d, u) != std::cmp::Ordering::Greater)
            })
    });

    // Category labels come from the ontology graph (in the union default graph).
    let mut category_labels = HashMap::new();
    for row in select(
        store,
        &format!(
            "{PREFIXES}SELECT DISTINCT ?c ?l WHERE {{ ?c a jd:Category ; skos:prefLabel ?l . FILTER(langMatches(lang(?l), \"zh\")) }}"
        ),
        &["c", "l"],
    )? {
        if let (Some(c), Some(l)) = (iri_of(&row[0]).and_then(Category::from_iri), literal_of(&row[1]))
        {
            let entry = category_labels.entry(c).or_insert_with(|| l.to_string());
            if l < entry.as_str() {
                *entry = l.to_string();
            }
        }
    }

    let nodes = nodes
        .into_iter()
        .map(|(iri, (kind, label))| {
            let label = label.unwrap_or_else(|| fallback_label(&iri));
            (iri, (kind, label))
        })
        .collect();
    Ok(Raw {
        nodes,
        edges,
        actions,
        category_labels,
    })
}

// ---------------------------------------------------------------------------------------
// Aggregating counted actions

/// Totals by (category, unit): the sum and whether any part was approximate.
type Sums = BTreeMap<(Category, String), (f64, bool)>;

fn format_number(v: f64) -> String {
    let plain = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{}", v as i64)
        } else {
            let s = format!("{v:.2}");
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    };
    if v.abs() >= 100_000.0 {
        format!("{}万", plain((v / 10_000.0 * 100.0).round() / 100.0))
    } else {
        plain(v)
    }
}

fn char_width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// "监督检查 1226次、1863个 · 文书 21份": one entry per category (ontology order), units by
/// total, packed into lines of about `width` columns.
fn aggregate_lines(sums: &Sums, labels: &HashMap<Category, String>, width: usize) -> Vec<String> {
    let mut entries = Vec::new();
    for c in Category::ALL {
        let mut units: Vec<(&str, f64, bool)> = sums
            .iter()
            .filter(|((cat, _), _)| *cat == c)
            .map(|((_, u), (v, approx))| (u.as_str(), *v, *approx))
            .collect();
        if units.is_empty() {
            continue;
        }
        units.sort_by(|a, b| {
            b.1.partial_cmp(&a.1)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.0.cmp(b.0))
        });
        let amounts: Vec<String> = units
            .iter()
            .map(|(u, v, approx)| {
                format!(
                    "{}{}{u}",
                    if *approx { "约" } else { "" },
                    format_number(*v)
                )
            })
            .collect();
        let label = labels
            .get(&c)
            .map(String::as_str)
            .unwrap_or(c.default_label());
        entries.push(format!("{label} {}", amounts.join("、")));
    }
    let mut lines: Vec<String> = Vec::new();
    for e in entries {
        match lines.last_mut() {
            Some(last) if char_width(last) + 3 + char_width(&e) <= width => {
                last.push_str(" · ");
                last.push_str(&e);
            }
            _ => lines.push(e),
        }
    }
    lines
}

// ---------------------------------------------------------------------------------------
// Building and focusing the graph

/// The oversight network of the store (or of one document), focused as asked.
pub fn oversight_graph(store: &Store, focus: &Focus) -> anyhow::Result<OversightGraph> {
    let raw = read_store(store, focus)?;
    let mut g = OversightGraph::new();
    let mut index: HashMap<String, NodeIndex> = HashMap::new();
    let mut add_node = |g: &mut OversightGraph, iri: &str, raw: &Raw| -> NodeIndex {
        *index.entry(iri.to_string()).or_insert_with(|| {
            let (kind, label) = raw
                .nodes
                .get(iri)
                .cloned()
                .unwrap_or_else(|| (kind_from_iri(iri), fallback_label(iri)));
            g.add_node(NodeData {
                id: short_id(iri),
                iri: iri.to_string(),
                label,
                kind,
                actions: Vec::new(),
            })
        })
    };
    // Every body and region; units only when an edge reaches them.
    for (iri, (kind, _)) in &raw.nodes {
        if *kind != Kind::Unit {
            add_node(&mut g, iri, &raw);
        }
    }
    let resident: HashSet<(&str, &str)> = raw
        .edges
        .iter()
        .filter(|(_, k, _)| *k == EdgeKind::ResidentAt)
        .map(|(s, _, o)| (s.as_str(), o.as_str()))
        .collect();
    let mut edge_index: HashMap<(NodeIndex, NodeIndex), EdgeIndex> = HashMap::new();
    for (s, kind, o) in &raw.edges {
        // jd:residentAt ⊑ jd:supervises: the resident-at edge says both.
        if *kind == EdgeKind::Supervises && resident.contains(&(s.as_str(), o.as_str())) {
            continue;
        }
        if s == o {
            continue;
        }
        let a = add_node(&mut g, s, &raw);
        let b = add_node(&mut g, o, &raw);
        let e = g.add_edge(a, b, EdgeData::new(*kind));
        if matches!(kind, EdgeKind::ResidentAt | EdgeKind::Supervises) {
            edge_index.insert((a, b), e);
        }
    }

    // Counted actions: on the agent → target edge, else under the agent's name.
    let mut on_node: BTreeMap<String, Sums> = BTreeMap::new();
    let mut on_edge: BTreeMap<(String, String), Sums> = BTreeMap::new();
    for a in &raw.actions {
        let sums = match &a.target {
            Some(t) if t != &a.agent => on_edge.entry((a.agent.clone(), t.clone())).or_default(),
            _ => on_node.entry(a.agent.clone()).or_default(),
        };
        let entry = sums
            .entry((a.category, a.unit.clone()))
            .or_insert((0.0, false));
        entry.0 += a.value;
        entry.1 |= a.approximate;
    }
    let mut acting: HashSet<NodeIndex> = HashSet::new();
    let mut counted_edges: HashSet<EdgeIndex> = HashSet::new();
    for (agent, sums) in &on_node {
        let n = add_node(&mut g, agent, &raw);
        g[n].actions = aggregate_lines(sums, &raw.category_labels, 28);
        acting.insert(n);
    }
    for ((agent, target), sums) in &on_edge {
        let a = add_node(&mut g, agent, &raw);
        let t = add_node(&mut g, target, &raw);
        let e = *edge_index
            .entry((a, t))
            .or_insert_with(|| g.add_edge(a, t, EdgeData::new(EdgeKind::Supervises)));
        g[e].actions = aggregate_lines(sums, &raw.category_labels, 32);
        acting.insert(a);
        acting.insert(t);
        counted_edges.insert(e);
    }

    // Focus: each filter gives a set of nodes to keep; the graph keeps their intersection.
    let all: HashSet<NodeIndex> = g.node_indices().collect();
    let mut keep = all.clone();
    let mut seeds: HashSet<NodeIndex> = HashSet::new();
    if focus.filters_actions() {
        // The bodies that acted (and their targets), with their parent and host for context.
        let mut set = acting.clone();
        for &n in &acting {
            for e in g.edges_directed(n, Direction::Outgoing) {
                if matches!(e.weight().kind, EdgeKind::Parent | EdgeKind::ResidentAt) {
                    set.insert(e.target());
                }
            }
        }
        seeds.extend(acting.iter().copied());
        keep.retain(|n| set.contains(n));
    }
    if let Some(region) = &focus.region {
        let set = region_focus(&g, region)?;
        keep.retain(|n| set.contains(n));
    }
    if let Some(name) = &focus.body {
        let matched = match_nodes(&g, name);
        if matched.is_empty() {
            bail!("no body or unit matches {name:?}");
        }
        seeds.extend(matched.iter().copied());
        let set = bfs(&g, &matched, focus.depth);
        keep.retain(|n| set.contains(n));
    }
    Ok(finalize(&g, &keep, &seeds, |e| {
        !focus.filters_actions() || g[e].kind != EdgeKind::Supervises || counted_edges.contains(&e)
    }))
}

/// Nodes whose label matches `name`: bodies first (exact, then substring), then any node.
fn match_nodes(g: &OversightGraph, name: &str) -> Vec<NodeIndex> {
    let name = name.trim();
    let tiers: [&dyn Fn(&NodeData) -> bool; 4] = [
        &|n| n.kind.is_body() && n.label == name,
        &|n| n.kind.is_body() && n.label.contains(name),
        &|n| n.kind != Kind::Region && n.label == name,
        &|n| n.kind != Kind::Region && n.label.contains(name),
    ];
    for test in tiers {
        let found: Vec<NodeIndex> = g.node_indices().filter(|&n| test(&g[n])).collect();
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

/// Undirected breadth-first search over the non-regional edges, to `depth` hops.
fn bfs(g: &OversightGraph, start: &[NodeIndex], depth: usize) -> HashSet<NodeIndex> {
    let mut seen: HashSet<NodeIndex> = start.iter().copied().collect();
    let mut queue: VecDeque<(NodeIndex, usize)> = start.iter().map(|&n| (n, 0)).collect();
    while let Some((n, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        let out = g
            .edges_directed(n, Direction::Outgoing)
            .map(|e| (e.target(), e.weight().kind));
        let inc = g
            .edges_directed(n, Direction::Incoming)
            .map(|e| (e.source(), e.weight().kind));
        for (m, kind) in out.chain(inc) {
            if !kind.is_regional() && seen.insert(m) {
                queue.push_back((m, d + 1));
            }
        }
    }
    seen
}

fn regional_parent(g: &OversightGraph, n: NodeIndex, kind: EdgeKind) -> Option<NodeIndex> {
    g.edges_directed(n, Direction::Outgoing)
        .filter(|e| e.weight().kind == kind)
        .map(|e| e.target())
        .min_by(|a, b| (&g[*a].label, &g[*a].iri).cmp(&(&g[*b].label, &g[*b].iri)))
}

/// A body's region: its own `jd:inRegion`, else its parent body's (resident groups).
fn region_of(g: &OversightGraph, n: NodeIndex) -> Option<NodeIndex> {
    let mut cur = n;
    let mut seen = HashSet::new();
    while seen.insert(cur) {
        if let Some(r) = regional_parent(g, cur, EdgeKind::InRegion) {
            return Some(r);
        }
        cur = regional_parent(g, cur, EdgeKind::Parent)?;
    }
    None
}

/// Bodies in the region (or a region within it) or whose name contains it, with their
/// neighbours.
fn region_focus(g: &OversightGraph, region: &str) -> anyhow::Result<HashSet<NodeIndex>> {
    let region = region.trim();
    let matched: HashSet<NodeIndex> = g
        .node_indices()
        .filter(|&n| g[n].kind == Kind::Region && g[n].label.contains(region))
        .collect();
    let within = |mut r: NodeIndex| -> bool {
        let mut seen = HashSet::new();
        loop {
            if matched.contains(&r) {
                return true;
            }
            if !seen.insert(r) {
                return false;
            }
            match regional_parent(g, r, EdgeKind::WithinRegion) {
                Some(p) => r = p,
                None => return false,
            }
        }
    };
    let bodies: Vec<NodeIndex> = g
        .node_indices()
        .filter(|&n| {
            g[n].kind.is_body()
                && (g[n].label.contains(region) || region_of(g, n).is_some_and(within))
        })
        .collect();
    if bodies.is_empty() {
        bail!("no region or body matches {region:?}");
    }
    Ok(bfs(g, &bodies, 1))
}

/// The subgraph on `keep`: units left without an edge go (unless asked for), and the
/// regions of what is kept come along (a region within a dropped region hangs from the
/// nearest kept one).
fn finalize(
    g: &OversightGraph,
    keep: &HashSet<NodeIndex>,
    seeds: &HashSet<NodeIndex>,
    edge_ok: impl Fn(EdgeIndex) -> bool,
) -> OversightGraph {
    let live_edge = |e: EdgeIndex| -> bool {
        let (a, b) = g.edge_endpoints(e).expect("edge exists");
        keep.contains(&a) && keep.contains(&b) && !g[e].kind.is_regional() && edge_ok(e)
    };
    let mut nodes: BTreeSet<NodeIndex> = BTreeSet::new();
    for &n in keep {
        match g[n].kind {
            Kind::Region => {}
            k if k.is_body() => {
                nodes.insert(n);
            }
            _ => {
                let connected = g
                    .edges_directed(n, Direction::Outgoing)
                    .chain(g.edges_directed(n, Direction::Incoming))
                    .any(|e| live_edge(e.id()));
                if connected || seeds.contains(&n) {
                    nodes.insert(n);
                }
            }
        }
    }
    let mut regions: BTreeSet<NodeIndex> = BTreeSet::new();
    for &n in &nodes {
        if let Some(r) = regional_parent(g, n, EdgeKind::InRegion) {
            regions.insert(r);
        }
    }
    let mut out = OversightGraph::new();
    let mut map: HashMap<NodeIndex, NodeIndex> = HashMap::new();
    for &n in nodes.iter().chain(regions.iter()) {
        map.insert(n, out.add_node(g[n].clone()));
    }
    for e in g.edge_references() {
        let ok = match e.weight().kind {
            EdgeKind::InRegion => nodes.contains(&e.source()) && regions.contains(&e.target()),
            EdgeKind::WithinRegion => false,
            _ => live_edge(e.id()) && nodes.contains(&e.source()) && nodes.contains(&e.target()),
        };
        if ok {
            out.add_edge(map[&e.source()], map[&e.target()], e.weight().clone());
        }
    }
    for &r in &regions {
        let mut cur = r;
        let mut seen = HashSet::new();
        while seen.insert(cur) {
            match regional_parent(g, cur, EdgeKind::WithinRegion) {
                Some(p) if regions.contains(&p) => {
                    out.add_edge(map[&r], map[&p], EdgeData::new(EdgeKind::WithinRegion));
                    break;
                }
                Some(p) => cur = p,
                None => break,
            }
        }
    }
    out
}

/// `name`'s neighbourhood to `depth` in any graph (used on CONSTRUCT results).
pub fn neighbourhood(
    g: &OversightGraph,
    name: &str,
    depth: usize,
) -> anyhow::Result<OversightGraph> {
    let matched = match_nodes(g, name);
    if matched.is_empty() {
        bail!("no node matches {name:?}");
    }
    let keep = bfs(g, &matched, depth);
    let mut out = OversightGraph::new();
    let mut map = HashMap::new();
    for n in g.node_indices().filter(|n| keep.contains(n)) {
        map.insert(n, out.add_node(g[n].clone()));
    }
    for e in g.edge_references() {
        if let (Some(&a), Some(&b)) = (map.get(&e.source()), map.get(&e.target())) {
            out.add_edge(a, b, e.weight().clone());
        }
    }
    Ok(out)
}

/// The triples of a CONSTRUCT query as a graph: subjects and objects are nodes, predicates
/// edge labels; `rdfs:label` names a node and `rdf:type` to a jiandu class sets its kind.
pub fn construct_graph(store: &Store, sparql: &str) -> anyhow::Result<OversightGraph> {
    let results = query::evaluate(store, sparql, &Dataset::default(), None)?;
    let QueryResults::Graph(triples) = results else {
        bail!("--query needs a CONSTRUCT (or DESCRIBE) query");
    };
    let mut all = BTreeSet::new();
    for t in triples {
        let t = t.map_err(query::evaluation_error)?;
        let s = match &t.subject {
            oxigraph::model::NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
            oxigraph::model::NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
        };
        let object_is_literal = matches!(t.object, Term::Literal(_));
        all.insert((
            s,
            t.predicate.as_str().to_string(),
            object_is_literal,
            term_key(&t.object),
        ));
    }
    let mut labels: BTreeMap<String, String> = BTreeMap::new();
    let mut kinds: BTreeMap<String, Kind> = BTreeMap::new();
    for (s, p, lit, o) in &all {
        if p == RDFS_LABEL && *lit {
            labels.entry(s.clone()).or_insert_with(|| o.clone());
        }
        if p == RDF_TYPE && !lit {
            if let Some(k) = Kind::from_class(o) {
                let entry = kinds.entry(s.clone()).or_insert(k);
                *entry = (*entry).min(k);
            }
        }
    }
    let mut g = OversightGraph::new();
    let mut index: HashMap<(bool, String), NodeIndex> = HashMap::new();
    let mut node = |g: &mut OversightGraph, key: &str, literal: bool| -> NodeIndex {
        *index.entry((literal, key.to_string())).or_insert_with(|| {
            let data = if literal {
                NodeData {
                    id: format!("literal:{key}"),
                    iri: String::new(),
                    label: key.to_string(),
                    kind: Kind::Literal,
                    actions: Vec::new(),
                }
            } else {
                let kind = kinds
                    .get(key)
                    .copied()
                    .unwrap_or_else(|| kind_from_iri(key));
                let label = labels.get(key).cloned().unwrap_or_else(|| {
                    if key.starts_with("_:") {
                        key.to_string()
                    } else if kind == Kind::Resource {
                        short_id(key)
                    } else {
                        fallback_label(key)
                    }
                });
                NodeData {
                    id: if key.starts_with("_:") {
                        key.to_string()
                    } else {
                        short_id(key)
                    },
                    iri: key.to_string(),
                    label,
                    kind,
                    actions: Vec::new(),
                }
            };
            g.add_node(data)
        })
    };
    for (s, p, lit, o) in &all {
        let drawn_as_attribute = (p == RDFS_LABEL && *lit && labels.get(s) == Some(o))
            || (p == RDF_TYPE && !lit && Kind::from_class(o).is_some());
        let a = node(&mut g, s, false);
        if drawn_as_attribute {
            continue;
        }
        let b = node(&mut g, o, *lit);
        let mut e = EdgeData::new(EdgeKind::Predicate);
        e.predicate = short_id(p);
        g.add_edge(a, b, e);
    }
    Ok(g)
}

// ---------------------------------------------------------------------------------------
// Writers

/// DOT drawing options.
#[derive(Debug, Clone, Default)]
pub struct DotOptions {
    /// Shown under the picture after "jiandu 监督网络".
    pub title: String,
    pub legend: bool,
}

/// Breaks a long name into lines: after 纪委监委 (or 纪工委, 纪委), before 纪检监察组, and
/// then every ~14 characters.
pub fn wrap_name(name: &str) -> Vec<String> {
    const MAX: usize = 15;
    let len = |s: &str| s.chars().count();
    if len(name) <= MAX {
        return vec![name.to_string()];
    }
    let mut lines = Vec::new();
    let mut rest = name;
    for marker in ["纪委监委", "纪工委", "纪委"] {
        if let Some(pos) = rest.find(marker) {
            let end = pos + marker.len();
            if end < rest.len() && len(&rest[end..]) > 1 {
                lines.push(rest[..end].to_string());
                rest = &rest[end..];
                break;
            }
        }
    }
    if len(rest) > MAX {
        for suffix in ["纪检监察组", "纪检监察工委", "纪检监察机构"] {
            if let Some(head) = rest.strip_suffix(suffix) {
                if !head.is_empty() {
                    let mut head_lines = hard_wrap(head, MAX);
                    let last = head_lines.last_mut().expect("non-empty");
                    if len(last) + len(suffix) <= MAX {
                        last.push_str(suffix);
                    } else {
                        head_lines.push(suffix.to_string());
                    }
                    lines.extend(head_lines);
                    return lines;
                }
            }
        }
    }
    lines.extend(hard_wrap(rest, MAX));
    lines
}

fn hard_wrap(s: &str, max: usize) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= max {
        return vec![s.to_string()];
    }
    // Even pieces rather than a long line and a stub.
    let pieces = chars.len().div_ceil(max);
    let size = chars.len().div_ceil(pieces);
    chars.chunks(size).map(|c| c.iter().collect()).collect()
}

fn dot_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t') => {}
            _ => out.push(c),
        }
    }
    out
}

fn quoted(s: &str) -> String {
    format!("\"{}\"", dot_escape(s))
}

fn node_order(g: &OversightGraph) -> impl Fn(&NodeIndex, &NodeIndex) -> std::cmp::Ordering + '_ {
    move |a, b| (&g[*a].label, &g[*a].id, &g[*a].iri).cmp(&(&g[*b].label, &g[*b].id, &g[*b].iri))
}

fn sorted_nodes(g: &OversightGraph) -> Vec<NodeIndex> {
    let mut v: Vec<NodeIndex> = g.node_indices().collect();
    v.sort_by(node_order(g));
    v
}

fn sorted_edges(g: &OversightGraph) -> Vec<EdgeIndex> {
    let mut v: Vec<EdgeIndex> = g.edge_indices().collect();
    let key = |e: &EdgeIndex| {
        let (a, b) = g.edge_endpoints(*e).expect("edge exists");
        (
            (&g[a].label, &g[a].id),
            (&g[b].label, &g[b].id),
            g[*e].kind,
            g[*e].label_lines(),
        )
    };
    v.sort_by(|x, y| key(x).cmp(&key(y)));
    v
}

/// Where a node or a cluster sits in the DOT drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Container {
    Top,
    Region(NodeIndex),
    Family(NodeIndex),
}

struct Layout {
    /// Regions drawn as clusters rather than as nodes.
    region_clusters: HashSet<NodeIndex>,
    nodes_in: HashMap<Container, Vec<NodeIndex>>,
    clusters_in: HashMap<Container, Vec<Container>>,
    /// The top-level container (or the node itself, at top level) of every node.
    top_of: HashMap<NodeIndex, Container>,
}

/// Placement: the sub-organisations of a body share a "family" cluster beside it; a body
/// sits in its region's cluster (resident groups in their parent's family); a unit without
/// a region of its own sits in the region of the bodies that reach it when they agree;
/// region clusters nest by `jd:withinRegion`.
fn layout(g: &OversightGraph) -> Layout {
    let first_target = |n: NodeIndex, kind: EdgeKind| regional_parent(g, n, kind);
    let order = sorted_nodes(g);
    // Parent links among bodies, without cycles.
    let mut parent: HashMap<NodeIndex, NodeIndex> = HashMap::new();
    for &n in &order {
        if !g[n].kind.is_body() {
            continue;
        }
        if let Some(p) = first_target(n, EdgeKind::Parent).filter(|p| g[*p].kind.is_body()) {
            let mut cur = p;
            let mut seen = HashSet::new();
            let mut cycle = false;
            while seen.insert(cur) {
                if cur == n {
                    cycle = true;
                    break;
                }
                match parent.get(&cur) {
                    Some(&q) => cur = q,
                    None => break,
                }
            }
            if !cycle {
                parent.insert(n, p);
            }
        }
    }
    let heads: HashSet<NodeIndex> = parent.values().copied().collect();
    // The region a body is drawn in: its own, else its family head's.
    let body_region = |n: NodeIndex| -> Option<NodeIndex> {
        let mut cur = n;
        let mut seen = HashSet::new();
        while seen.insert(cur) {
            if let Some(r) = first_target(cur, EdgeKind::InRegion) {
                return Some(r);
            }
            cur = *parent.get(&cur)?;
        }
        None
    };
    let unit_region = |n: NodeIndex| -> Option<NodeIndex> {
        if let Some(r) = first_target(n, EdgeKind::InRegion) {
            return Some(r);
        }
        let mut regions = g
            .edges_directed(n, Direction::Incoming)
            .chain(g.edges_directed(n, Direction::Outgoing))
            .filter(|e| !e.weight().kind.is_regional())
            .map(|e| {
                if e.source() == n {
                    e.target()
                } else {
                    e.source()
                }
            })
            .filter(|m| g[*m].kind.is_body())
            .map(body_region);
        let first = regions.next()??;
        regions.all(|r| r == Some(first)).then_some(first)
    };
    let mut region_clusters: HashSet<NodeIndex> = HashSet::new();
    let mut nodes_in: HashMap<Container, Vec<NodeIndex>> = HashMap::new();
    let mut clusters_in: HashMap<Container, Vec<Container>> = HashMap::new();
    let in_region = |r: Option<NodeIndex>, region_clusters: &mut HashSet<NodeIndex>| match r {
        Some(r) => {
            region_clusters.insert(r);
            Container::Region(r)
        }
        None => Container::Top,
    };
    for &n in &order {
        let kind = g[n].kind;
        if kind == Kind::Region {
            continue; // a cluster when it holds something, else a node (below)
        }
        // A family head sits beside the cluster of its sub-organisations, not inside it: an
        // edge label between the head and a node outside would otherwise sit on the border.
        let home = if let Some(&p) = parent.get(&n) {
            Container::Family(p)
        } else if kind.is_body() {
            in_region(first_target(n, EdgeKind::InRegion), &mut region_clusters)
        } else if kind == Kind::Unit {
            in_region(unit_region(n), &mut region_clusters)
        } else {
            Container::Top
        };
        nodes_in.entry(home).or_default().push(n);
        if heads.contains(&n) {
            clusters_in
                .entry(home)
                .or_default()
                .push(Container::Family(n));
        }
    }
    // Nest region clusters by jd:withinRegion (finalize links each kept region to its
    // nearest kept ancestor).
    let mut pending: Vec<NodeIndex> = region_clusters.iter().copied().collect();
    pending.sort_by(node_order(g));
    let mut done: HashSet<NodeIndex> = HashSet::new();
    while let Some(r) = pending.pop() {
        if !done.insert(r) {
            continue;
        }
        let outer = match first_target(r, EdgeKind::WithinRegion) {
            Some(p) if p != r => {
                region_clusters.insert(p);
                pending.push(p);
                Container::Region(p)
            }
            _ => Container::Top,
        };
        clusters_in
            .entry(outer)
            .or_default()
            .push(Container::Region(r));
    }
    // Regions holding nothing (CONSTRUCT results, a sub-organisation's own region) are nodes.
    for &n in &order {
        if g[n].kind == Kind::Region && !region_clusters.contains(&n) {
            nodes_in.entry(Container::Top).or_default().push(n);
        }
    }
    // A cycle of regions would leave clusters unreachable from Top: hang them there.
    let mut reachable: HashSet<Container> = HashSet::new();
    let mut stack = vec![Container::Top];
    while let Some(c) = stack.pop() {
        if reachable.insert(c) {
            stack.extend(clusters_in.get(&c).into_iter().flatten().copied());
        }
    }
    let mut orphans: Vec<Container> = clusters_in
        .values()
        .flatten()
        .copied()
        .filter(|c| !reachable.contains(c))
        .collect();
    orphans.sort_by_key(|c| container_key(g, c));
    orphans.dedup();
    for c in orphans {
        for list in clusters_in.values_mut() {
            list.retain(|x| x != &c);
        }
        clusters_in.entry(Container::Top).or_default().push(c);
    }
    for list in clusters_in.values_mut() {
        list.sort_by_key(|c| container_key(g, c));
        list.dedup();
    }
    // Which top-level item each node belongs to.
    let mut top_of: HashMap<NodeIndex, Container> = HashMap::new();
    fn mark(
        c: Container,
        top: Container,
        nodes_in: &HashMap<Container, Vec<NodeIndex>>,
        clusters_in: &HashMap<Container, Vec<Container>>,
        top_of: &mut HashMap<NodeIndex, Container>,
    ) {
        for &n in nodes_in.get(&c).into_iter().flatten() {
            top_of.insert(n, top);
        }
        for &sub in clusters_in.get(&c).into_iter().flatten() {
            mark(sub, top, nodes_in, clusters_in, top_of);
        }
    }
    for &c in clusters_in.get(&Container::Top).into_iter().flatten() {
        mark(c, c, &nodes_in, &clusters_in, &mut top_of);
    }
    Layout {
        region_clusters,
        nodes_in,
        clusters_in,
        top_of,
    }
}

fn container_key(g: &OversightGraph, c: &Container) -> (u8, String, String) {
    match c {
        Container::Top => (0, String::new(), String::new()),
        Container::Family(n) => (1, g[*n].label.clone(), g[*n].id.clone()),
        Container::Region(n) => (2, g[*n].label.clone(), g[*n].id.clone()),
    }
}

/// Big drawings are cut into blocks (connected pieces, a top-level cluster being one piece)
/// and the blocks set side by side in columns, so the picture is not one tall strip.
/// Returns the columns, each with the nodes of its first rank and those of its last
/// (estimated); one column means no packing.
fn columns(g: &OversightGraph, layout: &Layout) -> Vec<Column> {
    const MIN_NODES: usize = 30;
    let order = sorted_nodes(g);
    let drawn: Vec<NodeIndex> = order
        .iter()
        .copied()
        .filter(|n| !layout.region_clusters.contains(n))
        .collect();
    if drawn.len() < MIN_NODES {
        return Vec::new();
    }
    // Union-find over drawn nodes.
    let pos: HashMap<NodeIndex, usize> = drawn.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let mut up: Vec<usize> = (0..drawn.len()).collect();
    fn find(up: &mut [usize], mut x: usize) -> usize {
        while up[x] != x {
            up[x] = up[up[x]];
            x = up[x];
        }
        x
    }
    let union = |up: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(up, a), find(up, b));
        if ra != rb {
            up[ra.max(rb)] = ra.min(rb);
        }
    };
    for e in g.edge_references() {
        if let (Some(&a), Some(&b)) = (pos.get(&e.source()), pos.get(&e.target())) {
            union(&mut up, a, b);
        }
    }
    let mut first_in_top: HashMap<Container, usize> = HashMap::new();
    for (i, n) in drawn.iter().enumerate() {
        if let Some(top) = layout.top_of.get(n) {
            match first_in_top.get(top) {
                Some(&j) => union(&mut up, i, j),
                None => {
                    first_in_top.insert(*top, i);
                }
            }
        }
    }
    let roots: Vec<usize> = (0..drawn.len()).map(|i| find(&mut up, i)).collect();
    let mut blocks: BTreeMap<usize, Block> = BTreeMap::new();
    for (i, n) in drawn.iter().enumerate() {
        blocks.entry(roots[i]).or_default().0.push(*n);
    }
    if blocks.len() < 2 {
        return Vec::new();
    }
    for e in g.edge_references() {
        if let (Some(&a), Some(&b)) = (pos.get(&e.source()), pos.get(&e.target())) {
            // Drawn direction: parents left of their sub-organisations.
            let pair = if e.weight().kind == EdgeKind::Parent {
                (drawn[b], drawn[a])
            } else {
                (drawn[a], drawn[b])
            };
            if let Some(block) = blocks.get_mut(&roots[a]) {
                block.1.push(pair);
            }
        }
    }
    // Estimated size in inches: ranks by longest path along the drawn edges, height the
    // fullest rank.
    let lines =
        |n: NodeIndex| -> f64 { (wrap_name(&g[n].label).len() + g[n].actions.len()) as f64 };
    let mut ranks_of: HashMap<NodeIndex, usize> = HashMap::new();
    let mut sized: Vec<(f64, f64, Vec<NodeIndex>)> = blocks
        .into_values()
        .map(|(nodes, edges)| {
            let mut rank: HashMap<NodeIndex, usize> = nodes.iter().map(|n| (*n, 0)).collect();
            for _ in 0..nodes.len().min(16) {
                let mut changed = false;
                for &(a, b) in &edges {
                    if rank[&b] < rank[&a] + 1 && rank[&a] < 16 {
                        rank.insert(b, rank[&a] + 1);
                        changed = true;
                    }
                }
                if !changed {
                    break;
                }
            }
            let ranks = rank.values().max().copied().unwrap_or(0) + 1;
            let mut per_rank = vec![0.0; ranks];
            for n in &nodes {
                per_rank[rank[n]] += 0.25 + 0.2 * lines(*n);
            }
            let height = per_rank.iter().cloned().fold(0.0, f64::max) + 0.4;
            ranks_of.extend(rank);
            let width = ranks as f64 * 2.4;
            (height, width, nodes)
        })
        .collect();
    sized.sort_by(|a, b| {
        b.0.partial_cmp(&a.0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| node_order(g)(&a.2[0], &b.2[0]))
    });
    let total: f64 = sized.iter().map(|b| b.0).sum();
    let tallest = sized[0].0;
    // Pick the number of columns whose picture is closest to 3:2 landscape.
    let mut best: Option<(f64, Vec<Vec<usize>>)> = None;
    for k in 1..=6usize.min(sized.len()) {
        if (k as f64 - 1.0) * tallest > total {
            break;
        }
        let mut cols: Vec<(f64, f64, Vec<usize>)> = vec![(0.0, 0.0, Vec::new()); k];
        for (i, b) in sized.iter().enumerate() {
            let c = cols
                .iter_mut()
                .min_by(|x, y| x.0.partial_cmp(&y.0).unwrap_or(std::cmp::Ordering::Equal))
                .expect("k ≥ 1");
            c.0 += b.0;
            c.1 = c.1.max(b.1);
            c.2.push(i);
        }
        let h = cols.iter().map(|c| c.0).fold(0.0, f64::max);
        let w: f64 = cols.iter().map(|c| c.1).sum();
        let score = ((w / h) / 1.5).ln().abs();
        if best.as_ref().is_none_or(|(s, _)| score < *s) {
            best = Some((score, cols.into_iter().map(|c| c.2).collect()));
        }
    }
    let (_, cols) = best.expect("k = 1 is always tried");
    if cols.len() < 2 {
        return Vec::new();
    }
    cols.into_iter()
        .map(|c| {
            let mut nodes: Vec<NodeIndex> =
                c.into_iter().flat_map(|i| sized[i].2.clone()).collect();
            nodes.sort_by(node_order(g));
            let deepest = nodes.iter().map(|n| ranks_of[n]).max().unwrap_or(0);
            Column {
                first: nodes.iter().copied().filter(|n| ranks_of[n] == 0).collect(),
                last: nodes
                    .iter()
                    .copied()
                    .filter(|n| ranks_of[n] == deepest)
                    .collect(),
            }
        })
        .collect()
}

/// A connected piece of the drawing: its nodes and its edges (in drawn direction).
type Block = (Vec<NodeIndex>, Vec<(NodeIndex, NodeIndex)>);

struct Column {
    first: Vec<NodeIndex>,
    last: Vec<NodeIndex>,
}

fn node_label(n: &NodeData) -> String {
    let name = if n.kind == Kind::Literal {
        hard_wrap(&n.label, 30)
    } else {
        wrap_name(&n.label)
    };
    if n.actions.is_empty() {
        return quoted(&name.join("\n"));
    }
    // One table row per line: GraphViz spaces rows reliably, whereas <br/> lines of mixed
    // font sizes overlap with CJK fonts.
    let mut html =
        String::from("<<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"1\">");
    for line in &name {
        let _ = write!(html, "<tr><td>{}</td></tr>", xml_escape(line));
    }
    for line in &n.actions {
        let _ = write!(
            html,
            "<tr><td><font point-size=\"9\" color=\"#4d5656\">{}</font></td></tr>",
            xml_escape(line)
        );
    }
    html.push_str("</table>>");
    html
}

fn write_node(out: &mut String, g: &OversightGraph, n: NodeIndex, indent: &str) {
    let d = &g[n];
    let tooltip = if d.iri.is_empty() { &d.label } else { &d.iri };
    let _ = writeln!(
        out,
        "{indent}{} [label={}, {}, tooltip={}];",
        quoted(&d.id),
        node_label(d),
        d.kind.dot_style(),
        quoted(tooltip)
    );
}

fn write_container(
    out: &mut String,
    g: &OversightGraph,
    layout: &Layout,
    c: Container,
    depth: usize,
) {
    let indent = "  ".repeat(depth + 1);
    for &sub in layout.clusters_in.get(&c).into_iter().flatten() {
        match sub {
            Container::Region(r) => {
                let _ = writeln!(
                    out,
                    "{indent}subgraph {} {{",
                    quoted(&format!("cluster_{}", g[r].id))
                );
                let _ = writeln!(
                    out,
                    "{indent}  label={}; style=\"rounded,filled\"; fillcolor=\"{}\"; color=\"#85929e\"; fontcolor=\"#34495e\"; fontsize=14; tooltip={};",
                    quoted(&g[r].label),
                    if depth.is_multiple_of(2) { "#f4f8fb" } else { "#e6eef5" },
                    quoted(&g[r].iri)
                );
            }
            Container::Family(h) => {
                let _ = writeln!(
                    out,
                    "{indent}subgraph {} {{",
                    quoted(&format!("cluster_family_{}", g[h].id))
                );
                let _ = writeln!(
                    out,
                    "{indent}  label=\"\"; style=\"rounded,dashed,filled\"; color=\"#c0392b\"; fillcolor=\"#fffdfb\";"
                );
            }
            Container::Top => continue,
        }
        write_container(out, g, layout, sub, depth + 1);
        let _ = writeln!(out, "{indent}}}");
    }
    for &n in layout.nodes_in.get(&c).into_iter().flatten() {
        write_node(out, g, n, &indent);
    }
}

/// The graph as DOT: clusters for regions and parent commissions, sorted nodes and edges,
/// node ids from IRIs, so the same graph always gives the same bytes.
pub fn to_dot(g: &OversightGraph, options: &DotOptions) -> String {
    let layout = layout(g);
    let bodies = g.node_weights().filter(|n| n.kind.is_body()).count();
    let relations = g.edge_weights().filter(|e| !e.kind.is_regional()).count();
    let mut title = String::from("jiandu 监督网络");
    if !options.title.is_empty() {
        title.push_str(" · ");
        title.push_str(&options.title);
    }
    // "\l" ends a left-justified line.
    let title = format!(
        "\"{}\\l{} 个纪检监察机构 · {} 条关系\\l\"",
        dot_escape(&title),
        bodies,
        relations
    );
    let mut out = String::new();
    out.push_str("digraph jiandu {\n");
    let _ = writeln!(
        out,
        "  graph [fontname={f}, charset=\"UTF-8\", rankdir=LR, newrank=true, nodesep=0.2, ranksep=0.5, splines=true, pad=0.3, fontsize=16, labelloc=t, labeljust=l, label={title}];",
        f = quoted(FONT)
    );
    let _ = writeln!(
        out,
        "  node [fontname={f}, fontsize=11, margin=\"0.12,0.05\", penwidth=1.1];",
        f = quoted(FONT)
    );
    let _ = writeln!(
        out,
        "  edge [fontname={f}, fontsize=9, arrowsize=0.7];",
        f = quoted(FONT)
    );
    if options.legend {
        write_legend(&mut out, g);
    }
    write_container(&mut out, g, &layout, Container::Top, 0);
    for e in sorted_edges(g) {
        let (a, b) = g.edge_endpoints(e).expect("edge exists");
        let w = &g[e];
        // Regions drawn as clusters say "in region" by containment.
        if layout.region_clusters.contains(&a) || layout.region_clusters.contains(&b) {
            continue;
        }
        let label = w.label_lines().join("\n");
        // Parents are drawn left of their sub-organisations, the arrow pointing at them.
        let (from, to) = if w.kind == EdgeKind::Parent {
            (b, a)
        } else {
            (a, b)
        };
        let _ = write!(
            out,
            "  {} -> {} [{}",
            quoted(&g[from].id),
            quoted(&g[to].id),
            w.kind.dot_style()
        );
        if !label.is_empty() {
            let _ = write!(out, ", label={}", quoted(&label));
        }
        out.push_str("];\n");
    }
    // Columns: the last rank of a column and the first of the next are tied to two
    // invisible points joined by an invisible edge, so the next column starts to the right.
    let cols = columns(g, &layout);
    for (i, pair) in cols.windows(2).enumerate() {
        let end = quoted(&format!("column_{}_end", i + 1));
        let start = quoted(&format!("column_{}_start", i + 2));
        for (hub, nodes) in [(&end, &pair[0].last), (&start, &pair[1].first)] {
            let _ = write!(
                out,
                "  {hub} [shape=point, style=invis, width=0, height=0, label=\"\"];\n  {{ rank=same; {hub};"
            );
            for n in nodes {
                let _ = write!(out, " {};", quoted(&g[*n].id));
            }
            out.push_str(" }\n");
        }
        let _ = writeln!(out, "  {end} -> {start} [style=invis];");
    }
    out.push_str("}\n");
    out
}

/// One node holding a table: a cell per node kind drawn (in its colours) and a line per
/// edge kind.
fn write_legend(out: &mut String, g: &OversightGraph) {
    let kinds: BTreeSet<Kind> = g
        .node_weights()
        .map(|n| n.kind)
        .filter(|k| *k != Kind::Region)
        .collect();
    let edge_kinds: BTreeSet<EdgeKind> = g
        .edge_weights()
        .map(|e| e.kind)
        .filter(|k| !k.is_regional() && *k != EdgeKind::Predicate)
        .collect();
    let attr = |style: &str, key: &str| -> String {
        style
            .split(", ")
            .find_map(|kv| kv.strip_prefix(&format!("{key}=")))
            .unwrap_or("\"#ffffff\"")
            .trim_matches('"')
            .to_string()
    };
    let mut rows = String::from("<tr><td border=\"0\"><b>图例</b></td></tr>");
    for k in &kinds {
        let style = k.dot_style();
        let _ = write!(
            rows,
            "<tr><td bgcolor=\"{}\" color=\"{}\">{}</td></tr>",
            attr(style, "fillcolor"),
            attr(style, "color"),
            k.label_zh()
        );
    }
    for k in &edge_kinds {
        let color = attr(k.dot_style(), "color");
        let text = match k {
            EdgeKind::Parent => "下级 ──▷ 上级（隶属于）".to_string(),
            other => format!("──▶ {}", other.label_zh()),
        };
        let _ = write!(
            rows,
            "<tr><td border=\"0\" align=\"left\"><font color=\"{color}\">{text}</font></td></tr>"
        );
    }
    if kinds.iter().any(|k| k.is_body()) {
        rows.push_str("<tr><td border=\"0\" align=\"left\"><font point-size=\"9\" color=\"#4d5656\">灰字：计数行动合计</font></td></tr>");
    }
    let _ = writeln!(
        out,
        "  \"legend\" [shape=plain, label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"3\" cellpadding=\"4\">{rows}</table>>];"
    );
}

/// GraphML with `label`, `kind`, `iri`, `actions` on nodes and `label`, `kind`, `predicate`,
/// `actions` on edges.
pub fn to_graphml(g: &OversightGraph) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (id, on, name) in [
        ("label", "node", "label"),
        ("kind", "node", "kind"),
        ("iri", "node", "iri"),
        ("actions", "node", "actions"),
        ("elabel", "edge", "label"),
        ("ekind", "edge", "kind"),
        ("epredicate", "edge", "predicate"),
        ("eactions", "edge", "actions"),
    ] {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"{on}\" attr.name=\"{name}\" attr.type=\"string\"/>"
        );
    }
    out.push_str("  <graph id=\"jiandu\" edgedefault=\"directed\">\n");
    for n in sorted_nodes(g) {
        let d = &g[n];
        let _ = writeln!(out, "    <node id=\"{}\">", xml_escape(&d.id));
        let _ = writeln!(
            out,
            "      <data key=\"label\">{}</data>",
            xml_escape(&d.label)
        );
        let _ = writeln!(out, "      <data key=\"kind\">{}</data>", d.kind.name());
        if !d.iri.is_empty() {
            let _ = writeln!(out, "      <data key=\"iri\">{}</data>", xml_escape(&d.iri));
        }
        if !d.actions.is_empty() {
            let _ = writeln!(
                out,
                "      <data key=\"actions\">{}</data>",
                xml_escape(&d.actions.join(" · "))
            );
        }
        out.push_str("    </node>\n");
    }
    for (i, e) in sorted_edges(g).into_iter().enumerate() {
        let (a, b) = g.edge_endpoints(e).expect("edge exists");
        let w = &g[e];
        let _ = writeln!(
            out,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            xml_escape(&g[a].id),
            xml_escape(&g[b].id)
        );
        let _ = writeln!(out, "      <data key=\"ekind\">{}</data>", w.kind.name());
        let label = w.label_lines().join(" · ");
        if !label.is_empty() {
            let _ = writeln!(
                out,
                "      <data key=\"elabel\">{}</data>",
                xml_escape(&label)
            );
        }
        if !w.predicate.is_empty() {
            let _ = writeln!(
                out,
                "      <data key=\"epredicate\">{}</data>",
                xml_escape(&w.predicate)
            );
        }
        if !w.actions.is_empty() {
            let _ = writeln!(
                out,
                "      <data key=\"eactions\">{}</data>",
                xml_escape(&w.actions.join(" · "))
            );
        }
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

#[derive(serde::Serialize)]
struct JsonEdge<'a> {
    source: &'a str,
    target: &'a str,
    kind: &'static str,
    label: String,
    #[serde(skip_serializing_if = "str::is_empty")]
    predicate: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    actions: &'a [String],
}

#[derive(serde::Serialize)]
struct JsonNode<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    iri: &'a str,
    label: &'a str,
    kind: &'static str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    actions: &'a [String],
}

/// `{"nodes": [...], "edges": [...]}`, sorted like the DOT.
pub fn to_json(g: &OversightGraph) -> anyhow::Result<String> {
    let nodes: Vec<JsonNode> = sorted_nodes(g)
        .into_iter()
        .map(|n| {
            let d = &g[n];
            JsonNode {
                id: &d.id,
                iri: &d.iri,
                label: &d.label,
                kind: d.kind.name(),
                actions: &d.actions,
            }
        })
        .collect();
    let edges: Vec<JsonEdge> = sorted_edges(g)
        .into_iter()
        .map(|e| {
            let (a, b) = g.edge_endpoints(e).expect("edge exists");
            let w = &g[e];
            JsonEdge {
                source: &g[a].id,
                target: &g[b].id,
                kind: w.kind.name(),
                label: w.label_lines().join(" · "),
                predicate: &w.predicate,
                actions: &w.actions,
            }
        })
        .collect();
    #[derive(serde::Serialize)]
    struct JsonGraph<'a> {
        nodes: Vec<JsonNode<'a>>,
        edges: Vec<JsonEdge<'a>>,
    }
    let mut s = serde_json::to_string_pretty(&JsonGraph { nodes, edges })?;
    s.push('\n');
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_break_after_the_commission() {
        assert_eq!(
            wrap_name("吉林省纪委监委驻省卫健委纪检监察组"),
            vec!["吉林省纪委监委", "驻省卫健委纪检监察组"]
        );
        assert_eq!(wrap_name("连云港市纪委监委"), vec!["连云港市纪委监委"]);
        for line in wrap_name("吉林省纪委监委驻省政府国有资产监督管理委员会纪检监察组")
        {
            assert!(line.chars().count() <= 15, "{line}");
        }
    }

    #[test]
    fn aggregates_group_by_category_and_unit() {
        let mut sums = BTreeMap::new();
        sums.insert((Category::Inspect, "次".to_string()), (1226.0, false));
        sums.insert((Category::Inspect, "个".to_string()), (1863.0, false));
        sums.insert((Category::Document, "份".to_string()), (21.0, true));
        let lines = aggregate_lines(&sums, &HashMap::new(), 80);
        assert_eq!(lines, vec!["监督检查 1863个、1226次 · 文书 约21份"]);
        assert_eq!(format_number(1_479_000.0), "147.9万");
        assert_eq!(format_number(41.5), "41.5");
    }

    #[test]
    fn dates_compare_at_the_coarser_precision() {
        assert_eq!(date_cmp("2021-08", "2021-08-15"), std::cmp::Ordering::Equal);
        assert_eq!(
            date_cmp("2021-08-03", "2021-08-15"),
            std::cmp::Ordering::Less
        );
        assert!(check_date("2021-08-15").is_ok());
        assert!(check_date("2021/08/15").is_err());
    }

    #[test]
    fn escapes() {
        assert_eq!(dot_escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
        assert_eq!(xml_escape("<&>"), "&lt;&amp;&gt;");
        assert_eq!(percent_decode("%28x%29"), "(x)");
        assert_eq!(
            fallback_label("https://jiandu.dev/id/unit/a%28b%29"),
            "a(b)"
        );
    }
}
