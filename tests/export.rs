//! `jiandu export`: the binary against a temporary store built from the bundled seeds.
//!
//! Snapshots live in `tests/snapshots/`; regenerate them with
//! `UPDATE_SNAPSHOTS=1 cargo test --release --test export`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::sync::OnceLock;

use assert_cmd::Command;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn jiandu() -> Command {
    let mut cmd = Command::cargo_bin("jiandu").expect("binary builds");
    cmd.current_dir(manifest());
    cmd
}

fn build_store(dir: &Path) -> PathBuf {
    let path = dir.join("store");
    let out = jiandu()
        .arg("--store")
        .arg(&path)
        .arg("build")
        .arg(manifest().join("data/corpus/seeds"))
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    path
}

/// One store for all read-only tests, built once.
fn store() -> &'static Path {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = STORE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = build_store(dir.path());
        (dir, path)
    });
    path
}

fn export_in(store: &Path, args: &[&str]) -> Vec<u8> {
    let out = jiandu()
        .arg("--store")
        .arg(store)
        .arg("export")
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "export {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn export(args: &[&str]) -> String {
    String::from_utf8(export_in(store(), args)).expect("utf-8")
}

fn export_json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&export(&all)).expect("valid JSON")
}

fn node<'a>(graph: &'a serde_json::Value, label: &str) -> Option<&'a serde_json::Value> {
    graph["nodes"]
        .as_array()
        .expect("nodes array")
        .iter()
        .find(|n| n["label"] == label)
}

fn labels(graph: &serde_json::Value) -> Vec<String> {
    graph["nodes"]
        .as_array()
        .expect("nodes array")
        .iter()
        .map(|n| n["label"].as_str().expect("label").to_string())
        .collect()
}

/// Runs GraphViz `dot -T{format}` on `dot`; returns (success, stdout, stderr).
fn graphviz(dot: &str, format: &str) -> (bool, Vec<u8>, String) {
    let mut child = StdCommand::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("GraphViz `dot` is installed (apt-get install graphviz; see .ci/setup)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(dot.as_bytes())
        .expect("writes");
    let out = child.wait_with_output().expect("dot runs");
    (
        out.status.success(),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn whole_corpus_dot_parses_and_draws_the_network() {
    let dot = export(&[]);
    let (ok, svg, err) = graphviz(&dot, "svg");
    assert!(ok, "dot -Tsvg rejected the export: {err}");
    assert!(!svg.is_empty());

    // A resident group and its host, drawn as a resident-at edge.
    assert!(
        dot.lines().any(|l| l.starts_with(
            "  \"body/吉林省纪委监委驻省卫健委纪检监察组\" -> \"unit/吉林省卫健委\" ["
        ) && l.contains("label=\"派驻\"")),
        "no resident-at edge for the Jilin health commission group:\n{dot}"
    );
    // Parents are drawn on the left of their sub-organisations.
    assert!(dot.contains(
        "  \"body/吉林省纪委监委\" -> \"body/吉林省纪委监委驻省卫健委纪检监察组\" [dir=back"
    ));
    // Counted actions without a target sit under the body's name.
    let police = dot
        .lines()
        .find(|l| {
            l.trim_start()
                .starts_with("\"body/江苏省公安机关纪检监察组\" [")
        })
        .expect("the Jiangsu police group is drawn");
    assert!(police.contains("监督检查 1863个、1226次"), "{police}");
    assert!(police.contains("shape=box3d"), "a Collective: {police}");
    // Regions and parent commissions are clusters.
    assert!(dot.contains("subgraph \"cluster_region/320000\" {"));
    assert!(dot.contains("label=\"江苏省\";"));
    assert!(dot.contains("subgraph \"cluster_family_body/吉林省纪委监委\" {"));
    // 益阳市资阳区 lies within 益阳市: nested clusters.
    let yiyang = dot
        .find("subgraph \"cluster_region/430900\"")
        .expect("益阳市");
    let ziyang = dot
        .find("subgraph \"cluster_region/430902\"")
        .expect("资阳区");
    assert!(yiyang < ziyang);
    // Chinese labels are drawn with a CJK font everywhere.
    for prefix in ["  graph [", "  node [", "  edge ["] {
        let line = dot
            .lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix} line"));
        assert!(line.contains("fontname=\"Noto Sans CJK SC\""), "{line}");
    }
}

#[test]
fn focused_dot_matches_the_snapshot() {
    let dot = export(&["--body", "连云港市纪委监委", "--depth", "1"]);
    let path = manifest().join("tests/snapshots/export-body-lianyungang.dot");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, &dot).expect("writes the snapshot");
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_SNAPSHOTS=1)", path.display()));
    assert!(
        dot == expected,
        "the DOT differs from {} (UPDATE_SNAPSHOTS=1 regenerates it):\n--- expected\n{expected}\n--- got\n{dot}",
        path.display()
    );
    let (ok, _, err) = graphviz(&dot, "svg");
    assert!(ok, "{err}");
}

#[test]
fn dot_is_byte_identical_across_runs_and_stores() {
    let first = export_in(store(), &[]);
    let second = export_in(store(), &[]);
    assert!(first == second, "two runs on one store differ");
    // A second store built from the same articles gives the same bytes too.
    let dir = tempfile::tempdir().expect("temp dir");
    let other = build_store(dir.path());
    let third = export_in(&other, &[]);
    assert!(first == third, "two stores of the same corpus differ");
    let json_a = export_in(store(), &["--format", "json"]);
    let json_b = export_in(&other, &["--format", "json"]);
    assert!(json_a == json_b);
}

#[test]
fn svg_shows_chinese_text() {
    let svg = export(&["--format", "svg", "--body", "连云港市纪委监委"]);
    assert!(svg.contains("<svg"), "{svg}");
    assert!(svg.contains(">连云港市纪委监委</text>"), "{svg}");
    assert!(svg.contains("Noto Sans CJK SC"), "{svg}");
}

#[test]
fn png_is_written_to_the_out_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let png = dir.path().join("focus.png");
    export_in(
        store(),
        &[
            "--body",
            "江苏省纪委监委",
            "--out",
            png.to_str().expect("utf-8 path"),
        ],
    );
    let bytes = std::fs::read(&png).expect("the PNG exists");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
}

#[test]
fn svg_without_graphviz_names_the_package() {
    let empty = tempfile::tempdir().expect("temp dir");
    let out = jiandu()
        .env("PATH", empty.path())
        .arg("--store")
        .arg(store())
        .args(["export", "--format", "svg"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    assert!(err.contains("graphviz"), "{err}");
    // DOT needs nothing.
    let out = jiandu()
        .env("PATH", empty.path())
        .arg("--store")
        .arg(store())
        .args(["export", "--format", "dot", "--body", "连云港市纪委监委"])
        .output()
        .expect("runs");
    assert!(out.status.success());
}

#[test]
fn json_lists_nodes_and_edges() {
    let graph = export_json(&[]);
    let group = node(&graph, "吉林省纪委监委驻省卫健委纪检监察组").expect("the group");
    assert_eq!(group["kind"], "ResidentGroup");
    let edges = graph["edges"].as_array().expect("edges array");
    assert!(edges.iter().any(|e| e["source"] == group["id"]
        && e["target"] == "unit/吉林省卫健委"
        && e["kind"] == "resident-at"));
    assert!(edges.iter().any(|e| e["source"] == group["id"]
        && e["target"] == "body/吉林省纪委监委"
        && e["kind"] == "parent"));
    let police = node(&graph, "江苏省公安机关纪检监察组").expect("the police group");
    let actions = police["actions"].to_string();
    assert!(actions.contains("1226次"), "{actions}");
    // Units only appear when something reaches them; people never.
    assert!(graph["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .all(|n| n["kind"] != "Person"));
}

/// A small well-formedness check: every tag closes in order.
fn balanced_xml(xml: &str) -> bool {
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>') else {
            return false;
        };
        let tag = &rest[start + 1..start + end];
        rest = &rest[start + end + 1..];
        if tag.starts_with('?') || tag.ends_with('/') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            if stack.pop() != Some(name.trim()) {
                return false;
            }
        } else {
            stack.push(tag.split_whitespace().next().unwrap_or(""));
        }
    }
    stack.is_empty()
}

#[test]
fn graphml_has_label_and_kind_keys() {
    let xml = export(&["--format", "graphml"]);
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert!(balanced_xml(&xml), "unbalanced XML:\n{xml}");
    assert!(xml.contains("<key id=\"label\" for=\"node\" attr.name=\"label\""));
    assert!(xml.contains("<key id=\"kind\" for=\"node\" attr.name=\"kind\""));
    assert!(xml.contains("<key id=\"ekind\" for=\"edge\" attr.name=\"kind\""));
    assert!(xml.contains("<node id=\"body/吉林省纪委监委驻省卫健委纪检监察组\">"));
    assert!(xml.contains("<data key=\"kind\">ResidentGroup</data>"));
    assert!(xml.contains("<data key=\"ekind\">resident-at</data>"));
    // Same nodes as the JSON.
    let graph = export_json(&[]);
    assert_eq!(
        xml.matches("<node id=").count(),
        graph["nodes"].as_array().expect("nodes").len()
    );
}

#[test]
fn body_focus_takes_the_neighbourhood_to_depth() {
    let one = export_json(&["--body", "吉林省纪委监委驻省卫健委纪检监察组"]);
    let names = labels(&one);
    assert!(names.contains(&"吉林省卫健委".to_string()), "{names:?}");
    assert!(names.contains(&"吉林省纪委监委".to_string()), "{names:?}");
    assert!(!names.contains(&"吉林省教育厅".to_string()), "{names:?}");
    // Two steps reach the sibling groups through the commission.
    let two = export_json(&[
        "--body",
        "吉林省纪委监委驻省卫健委纪检监察组",
        "--depth",
        "2",
    ]);
    assert!(labels(&two).contains(&"吉林省纪委监委驻省教育厅纪检监察组".to_string()));
    // An exact name wins over the names that contain it.
    let exact = export_json(&["--body", "吉林省纪委监委", "--depth", "0"]);
    assert_eq!(labels(&exact), vec!["吉林省", "吉林省纪委监委"]);
}

#[test]
fn region_focus_keeps_the_region() {
    let graph = export_json(&["--region", "江苏省"]);
    let names = labels(&graph);
    for want in [
        "江苏省纪委监委",
        "连云港市纪委监委",
        "江苏省纪委监委驻省工信厅纪检监察组",
        "江苏省工信厅",
        "江苏省公安机关纪检监察组",
    ] {
        assert!(
            names.contains(&want.to_string()),
            "{want} missing: {names:?}"
        );
    }
    assert!(names.iter().all(|n| !n.contains("吉林")), "{names:?}");
}

#[test]
fn doc_focus_reads_one_document_graph() {
    let graph = export_json(&["--doc", "002_d46297b3900efdb5"]);
    let names = labels(&graph);
    assert!(names.contains(&"高新区纪工委".to_string()), "{names:?}");
    assert!(!names.contains(&"吉林省纪委监委".to_string()), "{names:?}");
    let out = jiandu()
        .arg("--store")
        .arg(store())
        .args(["export", "--doc", "no-such-document"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-document"));
}

#[test]
fn category_and_dates_filter_the_actions() {
    let docs = export_json(&["--category", "document"]);
    let mut counted = 0;
    for n in docs["nodes"].as_array().expect("nodes") {
        for a in n["actions"].as_array().into_iter().flatten() {
            assert!(a.as_str().expect("text").starts_with("文书 "), "{a}");
            counted += 1;
        }
    }
    assert!(counted > 0);
    assert!(node(&docs, "江苏省公安机关纪检监察组").is_none());
    assert!(node(&docs, "吉林省纪委监委驻省教育厅纪检监察组").is_some());

    let august = export_json(&["--since", "2021-08-01", "--until", "2021-08-31"]);
    let yiyang = node(&august, "益阳市纪委监委").expect("dated actions in August 2021");
    assert!(yiyang["actions"].to_string().contains("约谈/谈话 3家"));
    assert!(node(&august, "吉林省纪委监委驻省商务厅纪检监察组").is_none());

    let out = jiandu()
        .arg("--store")
        .arg(store())
        .args(["export", "--since", "2021/08/01"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
}

#[test]
fn construct_query_is_drawn() {
    let dir = tempfile::tempdir().expect("temp dir");
    let rq = dir.path().join("groups.rq");
    std::fs::write(
        &rq,
        "PREFIX jd: <https://jiandu.dev/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?g jd:residentAt ?h ; rdfs:label ?gl . ?h rdfs:label ?hl }
WHERE { ?g jd:residentAt ?h ; rdfs:label ?gl . ?h rdfs:label ?hl . FILTER(STRSTARTS(?gl, \"江苏省\")) }",
    )
    .expect("writes");
    let dot = export(&["--query", rq.to_str().expect("utf-8 path")]);
    assert!(dot.contains("\"body/江苏省纪委监委驻省工信厅纪检监察组\" -> \"unit/江苏省工信厅\" ["));
    assert!(dot.contains("label=\"jd:residentAt\""), "{dot}");
    assert!(dot.contains("label=\"江苏省工信厅\""), "{dot}");
    assert!(
        !dot.contains("rdfs:label"),
        "labels are names, not edges: {dot}"
    );
    let (ok, _, err) = graphviz(&dot, "svg");
    assert!(ok, "{err}");
}

#[test]
fn unknown_body_is_an_error() {
    let out = jiandu()
        .arg("--store")
        .arg(store())
        .args(["export", "--body", "不存在的机构"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("不存在的机构"));
}

#[test]
fn web_dot_matches_the_command_line() {
    let cli = export(&["--body", "连云港市纪委监委", "--depth", "1"]);
    let store = jiandu::store::GraphStore::open_read_only(store()).expect("opens read-only");
    let web = jiandu::export::dot_for_web(&store.store, Some("连云港市纪委监委"), None, 1)
        .expect("draws");
    assert_eq!(web, cli);
    let region = jiandu::export::dot_for_web(&store.store, None, Some("江苏省"), 1).expect("draws");
    assert!(region.contains("连云港市纪委监委"));
    assert!(jiandu::export::dot_for_web(&store.store, Some("不存在的机构"), None, 1).is_err());
}

/// Actions naming a target are summed on the agent → target edge (the bundled seeds have
/// none, so this one builds a tiny store by hand).
#[test]
fn targeted_actions_label_the_edge() {
    let trig = r#"
@prefix jd: <https://jiandu.dev/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://jiandu.dev/id/> .
<https://jiandu.dev/id/doc/t1> {
  <https://jiandu.dev/id/body/甲纪检监察组> a jd:ResidentGroup ; rdfs:label "甲纪检监察组"@zh ;
      jd:supervises <https://jiandu.dev/id/unit/乙局> .
  <https://jiandu.dev/id/unit/乙局> a jd:Unit ; rdfs:label "乙局"@zh .
  <https://jiandu.dev/id/doc/t1/action/0> a jd:OversightAction ;
      prov:wasAssociatedWith <https://jiandu.dev/id/body/甲纪检监察组> ;
      jd:target <https://jiandu.dev/id/unit/乙局> ; jd:category jd:inspect ;
      jd:date "2021-03-02"^^xsd:date ;
      jd:value 1200 ; jd:unit "次"@zh .
  <https://jiandu.dev/id/doc/t1/action/1> a jd:OversightAction ;
      prov:wasAssociatedWith <https://jiandu.dev/id/body/甲纪检监察组> ;
      jd:target <https://jiandu.dev/id/unit/乙局> ; jd:category jd:inspect ;
      jd:value 26 ; jd:unit "次"@zh .
  <https://jiandu.dev/id/doc/t1/action/2> a jd:OversightAction ;
      prov:wasAssociatedWith <https://jiandu.dev/id/body/甲纪检监察组> ;
      jd:target <https://jiandu.dev/id/unit/乙局> ; jd:category jd:document ;
      jd:value 21 ; jd:unit "份"@zh .
  <https://jiandu.dev/id/doc/t1/action/3> a jd:OversightAction ;
      prov:wasAssociatedWith <https://jiandu.dev/id/body/甲纪检监察组> ;
      jd:category jd:meeting ;
      jd:value 3 ; jd:unit "次"@zh .
}
"#;
    let store = oxigraph::store::Store::new().expect("memory store");
    store
        .load_from_slice(oxigraph::io::RdfFormat::TriG, trig.as_bytes())
        .expect("loads");
    let graph =
        jiandu::export::oversight_graph(&store, &jiandu::export::Focus::default()).expect("builds");
    let dot = jiandu::export::to_dot(&graph, &jiandu::export::DotOptions::default());
    assert!(
        dot.contains(
            "\"body/甲纪检监察组\" -> \"unit/乙局\" [color=\"#1e8449\", fontcolor=\"#145a32\", label=\"监督\\n监督检查 1226次 · 文书 21份\"];"
        ),
        "{dot}"
    );
    assert!(
        dot.contains("会议 3次"),
        "untargeted actions go under the name: {dot}"
    );
    // Only the dated inspection is left after --since.
    let since = jiandu::export::Focus {
        since: Some("2021-01-01".into()),
        ..Default::default()
    };
    let graph = jiandu::export::oversight_graph(&store, &since).expect("builds");
    let dot = jiandu::export::to_dot(&graph, &jiandu::export::DotOptions::default());
    assert!(dot.contains("label=\"监督\\n监督检查 1200次\""), "{dot}");
    assert!(!dot.contains("会议"), "{dot}");
}
