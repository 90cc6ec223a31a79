//! Scoring facts against gold annotations, the same way as `shared/gold/score.py`, so that
//! users can annotate their own samples and measure jiandu on them.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde_json::Value;

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: {reason}")]
    File { path: String, reason: String },
    #[error("no gold files in {0}")]
    NoGold(String),
}

const SECTIONS: &[(&str, &str)] = &[
    ("body", "bodies"),
    ("supervises", "supervises"),
    ("fact", "facts"),
    ("person", "people"),
];

/// Names compare after removing spaces and a leading 中共, reading 纪委监委 as 纪委.
pub fn norm(name: &str) -> String {
    let s: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    let s = s.strip_prefix("中共").map(str::to_string).unwrap_or(s);
    s.replace("纪律检查委员会", "纪委")
        .replace("监察委员会", "监委")
        .replace("纪委监委", "纪委")
        .replace("纪委、监委", "纪委")
}

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => norm(s),
        Some(Value::Null) | None => "None".into(),
        Some(other) => norm(&other.to_string()),
    }
}

fn number(v: &Value) -> String {
    let n = match v.get("value") {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    };
    match n {
        Some(x) => format!("{:.4}", (x * 10_000.0).round() / 10_000.0),
        None => "None".into(),
    }
}

fn unit(v: &Value) -> String {
    v.get("unit")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_string()
}

fn key(section: &str, v: &Value) -> String {
    match section {
        "bodies" => text(v, "name"),
        "supervises" => format!("({}, {})", text(v, "agent"), text(v, "target")),
        "facts" => format!("({}, {}, {})", text(v, "agent"), number(v), unit(v)),
        "facts_value_unit" => format!("({}, {})", number(v), unit(v)),
        "people" => format!("({}, {})", text(v, "name"), text(v, "org")),
        _ => String::new(),
    }
}

#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.tp + self.fp > 0 {
            self.tp as f64 / (self.tp + self.fp) as f64
        } else {
            0.0
        };
        let r = if self.tp + self.fn_ > 0 {
            self.tp as f64 / (self.tp + self.fn_) as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (round3(p), round3(r), round3(f))
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[derive(Debug, Default)]
pub struct Report {
    pub sections: BTreeMap<String, Counts>,
    pub category_accuracy: f64,
    pub date_accuracy: f64,
    pub documents: usize,
    pub misses: Vec<String>,
}

impl Report {
    pub fn f1(&self, section: &str) -> f64 {
        self.sections.get(section).map(|c| c.prf().2).unwrap_or(0.0)
    }

    pub fn table(&self) -> String {
        let mut out = format!(
            "{:<12}{:>7}{:>7}{:>7}{:>6}{:>6}{:>6}\n",
            "section", "P", "R", "F1", "tp", "fp", "fn"
        );
        for section in [
            "bodies",
            "supervises",
            "facts",
            "people",
            "facts_value_unit",
        ] {
            let c = self.sections.get(section).copied().unwrap_or_default();
            let (p, r, f) = c.prf();
            out.push_str(&format!(
                "{section:<12}{p:>7}{r:>7}{f:>7}{:>6}{:>6}{:>6}\n",
                c.tp, c.fp, c.fn_
            ));
        }
        out.push_str(&format!(
            "fact category accuracy {}, date accuracy {}\nfacts F1: {}\n",
            self.category_accuracy,
            self.date_accuracy,
            self.f1("facts")
        ));
        out
    }

    pub fn to_json(&self) -> Value {
        let mut map = serde_json::Map::new();
        for (section, c) in &self.sections {
            let (p, r, f) = c.prf();
            map.insert(
                section.clone(),
                serde_json::json!({"precision": p, "recall": r, "f1": f, "tp": c.tp, "fp": c.fp, "fn": c.fn_}),
            );
        }
        map.insert(
            "fact_category_accuracy".into(),
            self.category_accuracy.into(),
        );
        map.insert("fact_date_accuracy".into(), self.date_accuracy.into());
        map.insert("documents".into(), self.documents.into());
        Value::Object(map)
    }
}

fn load_gold(dir: &Path) -> Result<BTreeMap<String, Value>, EvalError> {
    let mut gold = BTreeMap::new();
    let entries = std::fs::read_dir(dir).map_err(|e| EvalError::File {
        path: dir.display().to_string(),
        reason: e.to_string(),
    })?;
    let mut paths: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).map_err(|e| EvalError::File {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        let v: Value = serde_json::from_str(&text).map_err(|e| EvalError::File {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let doc = v
            .get("doc")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or(stem);
        gold.insert(doc, v);
    }
    if gold.is_empty() {
        return Err(EvalError::NoGold(dir.display().to_string()));
    }
    Ok(gold)
}

/// Scores JSON Lines `pred_text` against the gold folder.
pub fn score(gold_dir: &Path, pred_text: &str) -> Result<Report, EvalError> {
    let gold = load_gold(gold_dir)?;
    let mut pred: HashMap<String, HashMap<&str, Vec<Value>>> = HashMap::new();
    for (n, line) in pred_text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: Value = serde_json::from_str(line).map_err(|e| EvalError::File {
            path: format!("prediction line {}", n + 1),
            reason: e.to_string(),
        })?;
        let doc = rec.get("doc").and_then(Value::as_str).unwrap_or_default();
        let doc = Path::new(doc)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let Some(&(_, section)) = SECTIONS
            .iter()
            .find(|(t, _)| rec.get("type").and_then(Value::as_str) == Some(t))
        else {
            continue;
        };
        if gold.contains_key(&doc) {
            pred.entry(doc)
                .or_default()
                .entry(section)
                .or_default()
                .push(rec);
        }
    }
    let mut report = Report {
        documents: gold.len(),
        ..Default::default()
    };
    let (mut matched, mut cat_ok, mut dated, mut date_ok) = (0usize, 0usize, 0usize, 0usize);
    let empty = Vec::new();
    for (doc, g) in &gold {
        let p = pred.get(doc);
        for section in SECTIONS.iter().map(|s| s.1).chain(["facts_value_unit"]) {
            let src = if section == "facts_value_unit" {
                "facts"
            } else {
                section
            };
            let gv = g.get(src).and_then(Value::as_array).unwrap_or(&empty);
            let pv = p.and_then(|p| p.get(src)).unwrap_or(&empty);
            let mut gk: HashMap<String, usize> = HashMap::new();
            for v in gv {
                *gk.entry(key(section, v)).or_default() += 1;
            }
            let mut pk: HashMap<String, usize> = HashMap::new();
            for v in pv {
                *pk.entry(key(section, v)).or_default() += 1;
            }
            let tp: usize = gk
                .iter()
                .map(|(k, n)| (*n).min(*pk.get(k).unwrap_or(&0)))
                .sum();
            let c = report.sections.entry(section.to_string()).or_default();
            c.tp += tp;
            c.fp += pk.values().sum::<usize>() - tp;
            c.fn_ += gk.values().sum::<usize>() - tp;
            if section != "facts_value_unit" {
                for (k, n) in &gk {
                    for _ in 0..n.saturating_sub(*pk.get(k).unwrap_or(&0)) {
                        report.misses.push(format!("{doc}\t{section}\tmissed\t{k}"));
                    }
                }
                for (k, n) in &pk {
                    for _ in 0..n.saturating_sub(*gk.get(k).unwrap_or(&0)) {
                        report
                            .misses
                            .push(format!("{doc}\t{section}\tspurious\t{k}"));
                    }
                }
            }
        }
        let pf = p.and_then(|p| p.get("facts")).unwrap_or(&empty);
        let mut by_key: HashMap<String, &Value> = HashMap::new();
        for v in pf {
            by_key.entry(key("facts", v)).or_insert(v);
        }
        for f in g.get("facts").and_then(Value::as_array).unwrap_or(&empty) {
            let Some(pv) = by_key.get(&key("facts", f)) else {
                continue;
            };
            matched += 1;
            cat_ok += usize::from(pv.get("category") == f.get("category"));
            if let Some(d) = f.get("date").and_then(Value::as_str) {
                dated += 1;
                date_ok += usize::from(pv.get("date").and_then(Value::as_str) == Some(d));
            }
        }
    }
    report.misses.sort();
    report.category_accuracy = if matched > 0 {
        round3(cat_ok as f64 / matched as f64)
    } else {
        0.0
    };
    report.date_accuracy = if dated > 0 {
        round3(date_ok as f64 / dated as f64)
    } else {
        0.0
    };
    Ok(report)
}

/// Scores a prediction file, or — without one — a fresh extraction of `corpus`.
pub fn evaluate(gold_dir: &Path, pred: Option<&Path>, corpus: &Path) -> anyhow::Result<Report> {
    let text = match pred {
        Some(p) => {
            std::fs::read_to_string(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?
        }
        None => {
            let (docs, errors) = crate::extract_paths(&[corpus.to_path_buf()]);
            if let Some(e) = errors.first() {
                anyhow::bail!("{e}");
            }
            docs.iter().map(|(_, f)| f.to_jsonl()).collect()
        }
    };
    Ok(score(gold_dir, &text)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalise_like_score_py() {
        assert_eq!(norm("中共天津市纪律检查委员会"), "天津市纪委");
        assert_eq!(norm("益阳市 纪委监委"), "益阳市纪委");
    }
}
