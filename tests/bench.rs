//! The corpus generator and the benchmark, end to end through the binary. No timings are
//! asserted: the machine is shared and the figures vary; only behaviour is checked.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn jiandu() -> Command {
    let mut cmd = Command::cargo_bin("jiandu").expect("binary builds");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn gen_corpus(out: &Path, docs: usize, seed: u64) {
    let output = jiandu()
        .args(["gen-corpus", "--docs", &docs.to_string(), "--seed"])
        .arg(seed.to_string())
        .arg("--out")
        .arg(out)
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "gen-corpus failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Every file under `dir`, by path relative to it, with its bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).expect("readable folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).expect("inside root").to_path_buf();
                out.insert(rel, std::fs::read(&path).expect("readable file"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
fn generator_is_deterministic_for_a_seed() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let (a, b, c) = (
        tmp.path().join("a"),
        tmp.path().join("b"),
        tmp.path().join("c"),
    );
    gen_corpus(&a, 25, 7);
    gen_corpus(&b, 25, 7);
    gen_corpus(&c, 25, 8);
    let (fa, fb, fc) = (files(&a), files(&b), files(&c));
    assert_eq!(fa.len(), 25, "{:?}", fa.keys().collect::<Vec<_>>());
    assert_eq!(fa, fb, "same seed, same bytes");
    assert_eq!(
        fa.keys().collect::<Vec<_>>(),
        fc.keys().collect::<Vec<_>>(),
        "same file names"
    );
    let differing = fa.iter().filter(|(k, v)| fc.get(*k) != Some(v)).count();
    assert!(
        differing >= 20,
        "another seed changes the articles ({differing} differ)"
    );

    // Realistic shape: UTF-8, a title line, a date header, several paragraphs.
    let date = regex::Regex::new(r"(19|20)\d{2}[-/.]\d{2}[-/.]\d{2} \d{2}:\d{2}").expect("regex");
    for (name, bytes) in &fa {
        let text = std::str::from_utf8(bytes).expect("UTF-8");
        let lines: Vec<&str> = text.lines().collect();
        assert!(!lines[0].trim().is_empty(), "{name:?} has a title line");
        assert!(
            date.is_match(lines[1]),
            "{name:?} has a date header: {}",
            lines[1]
        );
        let paragraphs = lines[2..].iter().filter(|l| !l.trim().is_empty()).count();
        assert!(paragraphs >= 3, "{name:?} has paragraphs:\n{text}");
        assert!(
            !text.contains('{'),
            "{name:?} has an unfilled slot:\n{text}"
        );
    }
    // The first N documents of a larger corpus are the N-document corpus.
    let d = tmp.path().join("d");
    gen_corpus(&d, 30, 7);
    let fd = files(&d);
    for (k, v) in &fa {
        assert_eq!(fd.get(k), Some(v), "{k:?}");
    }
}

#[test]
fn big_article_is_one_file_of_the_requested_size() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let out = tmp.path().join("big");
    let output = jiandu()
        .args(["gen-corpus", "--docs", "0", "--big-mb", "0.3", "--out"])
        .arg(&out)
        .output()
        .expect("runs");
    assert!(output.status.success());
    let all = files(&out);
    assert_eq!(all.len(), 1, "{:?}", all.keys().collect::<Vec<_>>());
    let (_, bytes) = all.iter().next().expect("one file");
    assert!(
        (300_000..320_000).contains(&bytes.len()),
        "{} bytes",
        bytes.len()
    );
    std::str::from_utf8(bytes).expect("UTF-8");
}

#[test]
fn generated_articles_extract_to_bodies_and_facts() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("corpus");
    gen_corpus(&dir, 6, 42);
    let docs: Vec<PathBuf> = files(&dir).into_keys().map(|k| dir.join(k)).collect();
    let output = jiandu()
        .arg("extract")
        .args(&docs)
        .args(["--format", "jsonl"])
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let records: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let of_type = |t: &str| records.iter().filter(|r| r["type"] == t).count();
    assert_eq!(of_type("document"), 6, "{stdout}");
    assert!(of_type("body") >= 6, "{stdout}");
    assert!(of_type("fact") >= 6, "{stdout}");
    // Every document yields something, not just the corpus as a whole.
    for doc in records.iter().filter(|r| r["type"] == "document") {
        let id = &doc["doc"];
        assert!(
            records
                .iter()
                .any(|r| &r["doc"] == id && r["type"] == "body"),
            "{id} has no body"
        );
        assert!(doc["published"].is_string(), "{doc}");
    }
}

#[test]
fn bench_runs_on_a_tiny_corpus_and_prints_its_tables() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let report = tmp.path().join("report.md");
    let output = jiandu()
        .args([
            "bench",
            "--docs",
            "20",
            "--skip-python",
            "--query-runs",
            "2",
            "--repeat",
            "1",
            "--work",
        ])
        .arg(tmp.path().join("work"))
        .arg("--report")
        .arg(&report)
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "bench failed: {}\n{stdout}",
        String::from_utf8_lossy(&output.stderr)
    );
    for needle in [
        "## Extraction throughput",
        "| jieba-rs segmentation alone",
        "| extraction (`resolve::facts_for`) | 1 |",
        "## `jiandu build` end to end",
        "| 20 |",
        "## Named query latency",
        "| overseers-of-unit | 20 |",
        "## Targets",
    ] {
        assert!(stdout.contains(needle), "missing {needle:?} in\n{stdout}");
    }
    // The re-run of an unchanged corpus found every document unchanged.
    assert!(!stdout.contains("unchanged!"), "{stdout}");
    assert_eq!(
        std::fs::read_to_string(&report).expect("report written"),
        stdout
    );
}
