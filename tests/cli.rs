//! End-to-end: the binary against a temporary store built from the bundled seeds.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use assert_cmd::Command;

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus/seeds")
}

fn jiandu() -> Command {
    let mut cmd = Command::cargo_bin("jiandu").expect("binary builds");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// One store for all read-only tests, built once.
fn store() -> &'static Path {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = STORE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("store");
        let out = jiandu()
            .arg("--store")
            .arg(&path)
            .arg("build")
            .arg(seeds())
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "build failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        (dir, path)
    });
    path
}

fn query(args: &[&str]) -> String {
    query_csv(store(), args)
}

/// `jiandu query ARGS --format csv` on `store`; fails the test if the command fails.
fn query_csv(store: &Path, args: &[&str]) -> String {
    let out = jiandu()
        .arg("--store")
        .arg(store)
        .arg("query")
        .args(args)
        .args(["--format", "csv"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "query {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn resident_groups_have_parent_and_host() {
    let csv = query(&["resident-groups"]);
    let row = csv
        .lines()
        .find(|l| l.contains(",吉林省纪委监委驻省卫健委纪检监察组,"))
        .expect("the Jilin health commission group is listed");
    assert!(row.contains(",吉林省纪委监委,"), "{row}");
    assert!(row.contains(",吉林省卫健委"), "{row}");
}

#[test]
fn overseers_of_a_unit() {
    let csv = query(&["overseers-of-unit", "-p", "unit=江苏省工信厅"]);
    assert!(csv.contains("江苏省纪委监委驻省工信厅纪检监察组"), "{csv}");
    assert!(
        !csv.contains("吉林省"),
        "exact name, not a substring: {csv}"
    );
    // A form the article wrote finds the same body.
    let csv = query(&["overseers-of-unit", "-p", "unit=吉林省卫健委"]);
    assert!(csv.contains("吉林省纪委监委驻省卫健委纪检监察组,吉林省纪委监委驻省卫健委纪检监察组,https://jiandu.dev/id/unit/吉林省卫健委,吉林省卫健委,resident"), "{csv}");
}

#[test]
fn body_totals_sum_the_counted_actions() {
    let csv = query(&["body-totals", "-p", "body=江苏省公安机关纪检监察组"]);
    let inspected: Vec<&str> = csv.lines().filter(|l| l.contains("#inspect")).collect();
    assert!(inspected.iter().any(|l| l.contains(",次,1,1226,")), "{csv}");
    assert!(inspected.iter().any(|l| l.contains(",个,1,1863,")), "{csv}");
}

#[test]
fn evidence_leads_back_to_the_sentence() {
    let csv = query(&["evidence", "-p", "name=江苏省公安机关纪检监察组"]);
    let row = csv
        .lines()
        .find(|l| l.contains(",1226,"))
        .expect("the 1226 inspections have evidence");
    assert!(row.contains("共开展监督检查1226次"), "{row}");
    assert!(row.contains("000_725d685e7e627845"), "{row}");
    // The offsets point into the article text.
    let text = std::fs::read_to_string(seeds().join("000_725d685e7e627845.txt")).expect("seed");
    let chars: Vec<char> = text.chars().collect();
    let fields: Vec<&str> = row.split(',').collect();
    let offsets: Vec<usize> = fields
        .iter()
        .filter_map(|f| f.parse::<usize>().ok())
        .collect();
    let found = offsets.windows(2).any(|w| {
        w[0] < w[1]
            && w[1] <= chars.len()
            && chars[w[0]..w[1]]
                .iter()
                .collect::<String>()
                .contains("1226次")
    });
    assert!(found, "offsets {offsets:?} do not cover the sentence");
}

#[test]
fn officials_and_posts() {
    // The officials of a commission include those of the bodies under it.
    let csv = query(&["officials", "-p", "org=吉林省纪委监委"]);
    let row = csv
        .lines()
        .find(|l| l.contains(",赫军,"))
        .expect("赫军 is listed");
    assert!(
        row.contains(",组长,") && row.contains("吉林省纪委监委驻省卫健委纪检监察组"),
        "{row}"
    );
    let csv = query(&["officials", "-p", "org=天津市卫生健康委员会"]);
    let row = csv
        .lines()
        .find(|l| l.contains(",王增田,"))
        .expect("王增田 is listed");
    assert!(row.ends_with("true"), "held to account: {row}");
}

#[test]
fn letters_and_timeline() {
    let letters = query(&["letters", "-p", "body=吉林省纪委监委"]);
    assert!(letters.contains("监督提示函5份"), "{letters}");
    let timeline = query(&["timeline", "-p", "body=益阳市纪委监委"]);
    let dates: Vec<&str> = timeline
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "timeline is in date order");
    assert!(timeline
        .lines()
        .any(|l| l.starts_with("2021-08-07") && l.contains("益阳市纪委监委") && l.contains(",3,")));
}

#[test]
fn hierarchy_of_a_region() {
    let csv = query(&["hierarchy", "-p", "region=益阳市"]);
    assert!(csv.contains("益阳市纪委监委第一监督检查室"), "{csv}");
    assert!(csv.contains("益阳市赫山区纪委监委"), "{csv}");
}

#[test]
fn every_named_query_runs_and_is_listed() {
    let out = jiandu().arg("query").arg("--list").output().expect("runs");
    let list = String::from_utf8(out.stdout).expect("utf-8");
    for name in [
        "overseers-of-unit",
        "body-activity",
        "body-totals",
        "resident-groups",
        "hierarchy",
        "timeline",
        "letters",
        "officials",
        "evidence",
    ] {
        assert!(list.contains(name), "{name} missing from --list");
        let csv = query(&[name]);
        assert!(csv.lines().count() > 1, "{name} returned no rows");
    }
}

#[test]
fn rebuilding_an_unchanged_corpus_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("s");
    let first = jiandu()
        .arg("--store")
        .arg(&store)
        .arg("build")
        .arg(seeds())
        .output()
        .expect("runs");
    let first = String::from_utf8_lossy(&first.stdout);
    assert!(first.contains("5 added"), "{first}");
    // A first build compacts the store; a run that loads nothing leaves it alone.
    assert!(first.contains("(compacting the store"), "{first}");
    let second = jiandu()
        .arg("--store")
        .arg(&store)
        .arg("build")
        .arg(seeds())
        .output()
        .expect("runs");
    let second = String::from_utf8_lossy(&second.stdout);
    assert!(second.contains("5 unchanged"), "{second}");
    assert!(!second.contains("compacting"), "{second}");
}

#[test]
fn a_bad_file_is_named_and_the_others_still_load() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    std::fs::copy(
        seeds().join("004_20eab218d3ae6067.txt"),
        corpus.join("good.txt"),
    )
    .expect("copy");
    std::fs::write(corpus.join("broken.txt"), [0u8, 159, 146, 150, 0, 1, 2]).expect("write");
    let out = jiandu()
        .arg("--store")
        .arg(dir.path().join("s"))
        .arg("build")
        .arg(&corpus)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failure shows in the exit status"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.txt"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 added"));
}

#[test]
fn gbk_html_articles_are_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let html = "<html><head><meta charset=gbk><title>安化县纪委监委开展专项督查</title></head><body><div class=nav>首页 &gt; 要闻</div><p>8月3日,安化县纪委监委对全县15个乡镇开展专项督查,发现问题23个。</p></body></html>";
    let (bytes, _, _) = encoding_rs::GBK.encode(html);
    let path = dir.path().join("a.html");
    std::fs::write(&path, &bytes).expect("write");
    let out = jiandu().arg("extract").arg(&path).output().expect("runs");
    let jsonl = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        jsonl.contains("\"name\":\"益阳市安化县纪委监委\""),
        "{jsonl}"
    );
    assert!(
        jsonl.contains("\"value\":23.0") && jsonl.contains("\"category\":\"finding\""),
        "{jsonl}"
    );
}

#[test]
fn stats_count_by_class_region_and_document() {
    let out = jiandu()
        .arg("--store")
        .arg(store())
        .arg("stats")
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains("jd:ResidentGroup"), "{text}");
    assert!(text.contains("益阳市"), "{text}");
    assert!(text.contains("004_20eab218d3ae6067"), "{text}");
}

#[test]
fn extract_prints_rdf_in_a_document_graph_and_the_shared_entities_graph() {
    let out = jiandu()
        .args(["extract", "--format", "nquads"])
        .arg(seeds().join("003_691348453c868709.txt"))
        .arg(seeds().join("004_20eab218d3ae6067.txt"))
        .output()
        .expect("runs");
    assert!(out.status.success());
    let nq = String::from_utf8(out.stdout).expect("utf-8");
    let doc3 = "<https://jiandu.dev/id/doc/003_691348453c868709> .";
    let doc4 = "<https://jiandu.dev/id/doc/004_20eab218d3ae6067> .";
    let entities = "<https://jiandu.dev/graph/entities> .";
    assert!(nq.lines().all(|l| {
        let l = l.trim_end();
        l.ends_with(doc3) || l.ends_with(doc4) || l.ends_with(entities)
    }));
    let group = "<https://jiandu.dev/id/body/天津市纪委监委驻市商务局纪检监察组>";
    // What the group is: once, in the entities graph; that the article names it: in its graph.
    let typed: Vec<&str> = nq
        .lines()
        .filter(|l| l.starts_with(group) && l.contains("22-rdf-syntax-ns#type"))
        .collect();
    assert_eq!(typed.len(), 1, "{typed:?}");
    assert!(typed[0].trim_end().ends_with(entities));
    assert!(nq.lines().any(|l| l.starts_with(group)
        && l.contains("ontology#mentionedIn")
        && l.trim_end().ends_with(doc3)));
    // Both articles name the country's top commission; its label is written once.
    let labels = nq
        .lines()
        .filter(|l| l.contains("rdf-schema#label> \"中央纪委国家监委\"@zh"))
        .count();
    assert!(labels <= 1, "{labels}");
    let lines: std::collections::HashSet<&str> = nq.lines().collect();
    assert_eq!(lines.len(), nq.lines().count(), "no quad written twice");
}

fn sparql_csv(store: &Path, sparql: &str) -> String {
    query_csv(store, &["--sparql", sparql])
}

#[test]
fn a_changed_article_takes_what_only_it_said_out_of_the_entities_graph() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    let a = "发布时间:2024-03-05\n\n近日,宁夏回族自治区纪委监委驻自治区医保局纪检监察组对自治区卫生健康委员会开展监督检查,发现问题12个。\n";
    let b = "发布时间:2024-03-06\n\n宁夏回族自治区纪委监委驻自治区医保局纪检监察组约谈3人。\n";
    std::fs::write(corpus.join("a.txt"), a).expect("write");
    std::fs::write(corpus.join("b.txt"), b).expect("write");
    let store = dir.path().join("store");
    let build = |expect: &str| {
        let out = jiandu()
            .arg("--store")
            .arg(&store)
            .arg("build")
            .arg(&corpus)
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        let summary = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{err}");
        assert!(summary.contains(expect), "{summary}");
    };
    build("2 added");
    let group = "https://jiandu.dev/id/body/宁夏回族自治区纪委监委驻自治区医保局纪检监察组";
    let labels =
        format!("SELECT ?l WHERE {{ <{group}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}");
    let edges =
        format!("SELECT ?t WHERE {{ <{group}> <https://jiandu.dev/ontology#supervises> ?t }}");
    // Named by two articles, described once.
    assert_eq!(sparql_csv(&store, &labels).lines().count(), 2);
    assert!(sparql_csv(&store, &edges).contains("卫生健康委员会"));

    // Article a no longer claims the inspection: the edge goes, the group (still named by
    // b) stays.
    std::fs::write(
        corpus.join("a.txt"),
        "发布时间:2024-03-05\n\n宁夏回族自治区纪委监委召开全会。\n",
    )
    .expect("write");
    build("1 replaced");
    let after = sparql_csv(&store, &edges);
    assert!(!after.contains("卫生健康委员会"), "{after}");
    assert!(
        after.contains("医保局"),
        "b still says where the group is resident: {after}"
    );
    assert_eq!(sparql_csv(&store, &labels).lines().count(), 2);

    // b is gone from the text too: nothing names the group any more.
    std::fs::write(
        corpus.join("b.txt"),
        "发布时间:2024-03-06\n\n宁夏回族自治区纪委监委召开会议。\n",
    )
    .expect("write");
    build("1 replaced");
    assert_eq!(
        sparql_csv(&store, &labels).lines().count(),
        1,
        "only the header"
    );
}

#[test]
fn two_files_with_one_document_id_are_reported_not_merged() {
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["2023", "2024"] {
        std::fs::create_dir_all(dir.path().join(sub)).expect("mkdir");
        std::fs::write(
            dir.path().join(sub).join("001.txt"),
            format!("发布时间:{sub}-01-02\n\n陕西省纪委监委开展监督检查5次。\n"),
        )
        .expect("write");
    }
    let out = jiandu()
        .arg("--store")
        .arg(dir.path().join("store"))
        .arg("build")
        .arg(dir.path().join("2023"))
        .arg(dir.path().join("2024"))
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("2024/001.txt") && err.contains("document id \"001\""),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 added"));
}

#[test]
fn explain_prints_the_plan_with_row_counts() {
    let out = jiandu()
        .arg("--store")
        .arg(store())
        .args(["query", "hierarchy", "--explain"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON plan");
    assert!(
        plan["plan"]["number of results"].as_u64().unwrap_or(0) > 0,
        "{plan}"
    );
}
