//! `jiandu serve` end to end: the real binary on a free local port, against a temporary
//! store built from the bundled seeds, spoken to over raw TCP.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

const GROUP: &str = "吉林省纪委监委驻省卫健委纪检监察组";
const COUNT_ALL: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn jiandu() -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("jiandu"));
    cmd.current_dir(root());
    cmd
}

fn build_store(path: &Path, corpus: &Path) {
    let out = jiandu()
        .arg("--store")
        .arg(path)
        .arg("build")
        .arg(corpus)
        .output()
        .expect("jiandu runs");
    assert!(
        out.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// One read-only store for every test that does not write, built once.
fn store() -> &'static Path {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = STORE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("store");
        build_store(&path, &root().join("data/corpus/seeds"));
        (dir, path)
    });
    path
}

// ------------------------------------------------------------------ the server process

struct Served {
    child: Child,
    port: u16,
    log: Arc<Mutex<String>>,
}

impl Served {
    fn start(store: &Path, extra: &[&str]) -> Served {
        let mut child = jiandu()
            .arg("--store")
            .arg(store)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("jiandu serve starts");
        let stderr = child.stderr.take().expect("stderr piped");
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel();
        {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines() {
                    let Ok(line) = line else { break };
                    if let Some(rest) = line.split("on http://127.0.0.1:").nth(1) {
                        let port: String = rest.chars().take_while(char::is_ascii_digit).collect();
                        if let Ok(p) = port.parse::<u16>() {
                            let _ = tx.send(p);
                        }
                    }
                    let mut l = log.lock().unwrap_or_else(|p| p.into_inner());
                    l.push_str(&line);
                    l.push('\n');
                }
            });
        }
        let port = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(p) => p,
            Err(_) => {
                let _ = child.kill();
                panic!(
                    "server did not start: {}",
                    log.lock().unwrap_or_else(|p| p.into_inner())
                );
            }
        };
        let served = Served { child, port, log };
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "port {port} never answered");
            std::thread::sleep(Duration::from_millis(20));
        }
        served
    }

    fn get(&self, path: &str, headers: &[(&str, &str)]) -> Resp {
        request(self.port, "GET", path, headers, b"")
    }

    fn post(&self, path: &str, content_type: &str, body: &[u8], headers: &[(&str, &str)]) -> Resp {
        let mut h = vec![("Content-Type", content_type)];
        h.extend_from_slice(headers);
        request(self.port, "POST", path, &h, body)
    }

    fn log(&self) -> String {
        self.log.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// The access log line is written just after the response: wait for it a little.
    fn log_contains(&self, needle: &str) -> bool {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if self.log().contains(needle) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ------------------------------------------------------------------ a tiny HTTP client

#[derive(Debug)]
struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// The body arrived whole (Content-Length reached, or the last chunk seen).
    complete: bool,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn content_type(&self) -> &str {
        self.header("content-type").unwrap_or("")
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
}

fn enc(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

fn request(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Resp {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() || method == "POST" || method == "PUT" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    let mut out = head.into_bytes();
    out.extend_from_slice(body);
    // The server may answer (413) before reading everything: ignore a reset here.
    let _ = stream.write_all(&out);
    read_response(&mut stream, method == "HEAD")
}

fn read_response(stream: &mut TcpStream, head_only: bool) -> Resp {
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    parse_response(&raw, head_only)
}

fn parse_response(raw: &[u8], head_only: bool) -> Resp {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no response head in {:?}", String::from_utf8_lossy(raw)));
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let rest = &raw[end + 4..];
    let resp = |body: Vec<u8>, complete: bool| Resp {
        status,
        headers: headers.clone(),
        body,
        complete,
    };
    if head_only {
        return resp(Vec::new(), true);
    }
    let chunked = headers.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
    });
    if chunked {
        let mut body = Vec::new();
        let mut i = 0;
        loop {
            let Some(nl) = rest[i..].windows(2).position(|w| w == b"\r\n") else {
                return resp(body, false);
            };
            let size = usize::from_str_radix(String::from_utf8_lossy(&rest[i..i + nl]).trim(), 16)
                .expect("chunk size");
            i += nl + 2;
            if size == 0 {
                return resp(body, true);
            }
            if rest.len() < i + size + 2 {
                body.extend_from_slice(&rest[i.min(rest.len())..]);
                return resp(body, false);
            }
            body.extend_from_slice(&rest[i..i + size]);
            i += size + 2;
        }
    }
    let length = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok());
    match length {
        Some(n) => resp(rest[..n.min(rest.len())].to_vec(), rest.len() >= n),
        None => resp(rest.to_vec(), true),
    }
}

fn count_of(resp: &Resp) -> u64 {
    assert_eq!(resp.status, 200, "{}", resp.text());
    let v = resp.json();
    v["results"]["bindings"][0]["n"]["value"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no count in {v}"))
}

// ------------------------------------------------------------------ the protocol

#[test]
fn get_post_form_and_post_query_agree() {
    let s = Served::start(store(), &[]);
    let get = s.get(&format!("/sparql?query={}", enc(COUNT_ALL)), &[]);
    assert!(get
        .content_type()
        .starts_with("application/sparql-results+json"));
    let n = count_of(&get);
    assert!(n > 1000, "{n} triples");
    let form = s.post(
        "/sparql",
        "application/x-www-form-urlencoded",
        format!("query={}", enc(COUNT_ALL)).as_bytes(),
        &[],
    );
    assert_eq!(count_of(&form), n);
    let direct = s.post(
        "/sparql",
        "application/sparql-query",
        COUNT_ALL.as_bytes(),
        &[],
    );
    assert_eq!(count_of(&direct), n);
    // The charset parameter of the media type is fine too.
    let direct = s.post(
        "/sparql",
        "application/sparql-query; charset=UTF-8",
        COUNT_ALL.as_bytes(),
        &[],
    );
    assert_eq!(count_of(&direct), n);
    // Access log: method, path without values, status, milliseconds, rows.
    assert!(s.log_contains("GET /sparql?query 200 "), "{}", s.log());
    let log = s.log();
    assert!(log.contains("rows=1"), "{log}");
    assert!(
        !log.contains("COUNT"),
        "query text leaked into the log: {log}"
    );
}

#[test]
fn dataset_parameters_pick_graphs() {
    let s = Served::start(store(), &[]);
    let q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    let all = count_of(&s.get(&format!("/sparql?query={}", enc(q)), &[]));
    let onto = count_of(&s.get(
        &format!(
            "/sparql?query={}&default-graph-uri={}",
            enc(q),
            enc("https://jiandu.dev/ontology")
        ),
        &[],
    ));
    assert!(onto > 0 && onto < all, "ontology {onto} of {all}");
    // Parsed queries are kept by text and dataset: asked again, each gets its own answer.
    assert_eq!(
        count_of(&s.get(&format!("/sparql?query={}", enc(q)), &[])),
        all
    );
    let again = format!(
        "/sparql?query={}&default-graph-uri={}",
        enc(q),
        enc("https://jiandu.dev/ontology")
    );
    assert_eq!(count_of(&s.get(&again, &[])), onto);
    let named = s.get(
        &format!(
            "/sparql?query={}&named-graph-uri={}",
            enc("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"),
            enc("https://jiandu.dev/ontology")
        ),
        &[],
    );
    assert_eq!(named.status, 200);
    let rows = named.json()["results"]["bindings"]
        .as_array()
        .expect("rows")
        .len();
    assert_eq!(rows, 1);
}

#[test]
fn select_results_in_every_format() {
    let s = Served::start(store(), &[]);
    let q = format!(
        "/sparql?query={}",
        enc("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?label WHERE { ?g a <https://jiandu.dev/ontology#ResidentGroup> ; rdfs:label ?label } ORDER BY ?label")
    );
    let cases = [
        (
            "application/sparql-results+json",
            "application/sparql-results+json",
            "\"bindings\"",
        ),
        (
            "application/json",
            "application/sparql-results+json",
            "\"bindings\"",
        ),
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
            "<sparql",
        ),
        ("text/csv", "text/csv", "label\r\n"),
        (
            "text/tab-separated-values",
            "text/tab-separated-values",
            "?label\n",
        ),
        ("*/*", "application/sparql-results+json", "\"bindings\""),
        (
            "text/csv;q=0.5, application/sparql-results+xml;q=0.9",
            "application/sparql-results+xml",
            "<sparql",
        ),
        ("text/*", "text/csv", "label\r\n"),
    ];
    for (accept, expected, marker) in cases {
        let r = s.get(&q, &[("Accept", accept)]);
        assert_eq!(r.status, 200, "{accept}: {}", r.text());
        assert!(
            r.content_type().starts_with(expected),
            "{accept} gave {}",
            r.content_type()
        );
        assert!(r.text().contains(marker), "{accept}: {}", r.text());
        assert!(r.text().contains(GROUP), "{accept}: {}", r.text());
        assert_eq!(r.header("vary"), Some("Accept"));
    }
    // format= overrides Accept.
    for (format, expected) in [
        ("csv", "text/csv"),
        ("tsv", "text/tab-separated-values"),
        ("xml", "application/sparql-results+xml"),
        ("json", "application/sparql-results+json"),
    ] {
        let r = s.get(
            &format!("{q}&format={format}"),
            &[("Accept", "application/sparql-results+json")],
        );
        assert_eq!(r.status, 200);
        assert!(
            r.content_type().starts_with(expected),
            "{format}: {}",
            r.content_type()
        );
    }
    // ASK.
    let r = s.get(&format!("/sparql?query={}", enc("ASK { ?s ?p ?o }")), &[]);
    assert_eq!(r.json()["boolean"], serde_json::Value::Bool(true));
}

#[test]
fn construct_results_in_every_format() {
    let s = Served::start(store(), &[]);
    let q = format!(
        "/sparql?query={}",
        enc("CONSTRUCT { ?g a <https://jiandu.dev/ontology#ResidentGroup> } WHERE { ?g a <https://jiandu.dev/ontology#ResidentGroup> }")
    );
    let default = s.get(&q, &[]);
    assert_eq!(default.status, 200);
    assert!(default.content_type().starts_with("text/turtle"));
    assert!(
        default.text().contains("jd:ResidentGroup"),
        "{}",
        default.text()
    );
    for (accept, expected, marker) in [
        ("text/turtle", "text/turtle", "@prefix"),
        ("application/n-triples", "application/n-triples", "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://jiandu.dev/ontology#ResidentGroup> .\n"),
        ("application/n-quads", "application/n-quads", "<https://jiandu.dev/ontology#ResidentGroup> .\n"),
        ("application/rdf+xml", "application/rdf+xml", "<rdf:RDF"),
        ("application/sparql-results+json, text/turtle;q=0.1", "text/turtle", "@prefix"),
    ] {
        let r = s.get(&q, &[("Accept", accept)]);
        assert_eq!(r.status, 200, "{accept}: {}", r.text());
        assert!(r.content_type().starts_with(expected), "{accept} gave {}", r.content_type());
        assert!(r.text().contains(marker), "{accept}: {}", r.text());
    }
    let r = s.get(&format!("{q}&format=nt"), &[]);
    assert!(r.content_type().starts_with("application/n-triples"));
    // DESCRIBE works as well.
    let iri = format!("https://jiandu.dev/id/body/{GROUP}");
    let r = s.get(
        &format!("/sparql?query={}", enc(&format!("DESCRIBE <{iri}>"))),
        &[("Accept", "application/n-triples")],
    );
    assert_eq!(r.status, 200);
    assert!(r.text().contains(GROUP));
}

#[test]
fn not_acceptable_and_bad_requests() {
    let s = Served::start(store(), &[]);
    let select = format!("/sparql?query={}", enc(COUNT_ALL));
    let r = s.get(&select, &[("Accept", "image/png")]);
    assert_eq!(r.status, 406);
    assert!(
        r.text().contains("application/sparql-results+json"),
        "{}",
        r.text()
    );
    let r = s.get(&select, &[("Accept", "text/turtle")]);
    assert_eq!(r.status, 406, "Turtle does not fit a SELECT");
    let r = s.get(&format!("{select}&format=turtle"), &[]);
    assert_eq!(r.status, 406);
    let construct = format!(
        "/sparql?query={}",
        enc("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1")
    );
    let r = s.get(&construct, &[("Accept", "text/csv")]);
    assert_eq!(r.status, 406);

    // A syntax error: 400 with the parser's message.
    let r = s.get(
        &format!("/sparql?query={}", enc("SELECT ?x WHERE { ?x ")),
        &[],
    );
    assert_eq!(r.status, 400);
    assert!(
        r.text().contains("error") || r.text().contains("expected"),
        "{}",
        r.text()
    );
    let r = s.post(
        "/sparql",
        "application/sparql-query",
        b"SELEKT * WHERE {}",
        &[],
    );
    assert_eq!(r.status, 400);
    // Two queries, an unknown body type, no content type.
    let r = s.get(&format!("{select}&query=x"), &[]);
    assert_eq!(r.status, 400);
    let r = s.post("/sparql", "text/plain", COUNT_ALL.as_bytes(), &[]);
    assert_eq!(r.status, 415);
    let r = request(s.port, "POST", "/sparql", &[], COUNT_ALL.as_bytes());
    assert_eq!(r.status, 400);
    // SERVICE is refused.
    let r = s.get(
        &format!(
            "/sparql?query={}",
            enc("SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }")
        ),
        &[],
    );
    assert_eq!(r.status, 403, "{}", r.text());
    // Unknown path, wrong method.
    assert_eq!(s.get("/nope", &[]).status, 404);
    assert_eq!(s.get("/static/nope.js", &[]).status, 404);
    let r = request(s.port, "DELETE", "/sparql", &[], b"");
    assert_eq!(r.status, 405);
    assert!(r.header("allow").is_some());
    assert_eq!(
        s.post("/queries", "application/json", b"{}", &[]).status,
        405
    );
    // A malformed request line.
    let mut raw = TcpStream::connect(("127.0.0.1", s.port)).expect("connect");
    raw.write_all(b"GARBAGE\r\n\r\n").expect("write");
    let r = read_response(&mut raw, false);
    assert_eq!(r.status, 400);
}

#[test]
fn oversized_bodies_and_queries_get_413() {
    let s = Served::start(
        store(),
        &["--max-body", "10000", "--max-query-length", "2000"],
    );
    let big = vec![b'#'; 20_000];
    let r = s.post("/sparql", "application/sparql-query", &big, &[]);
    assert_eq!(r.status, 413, "{}", r.text());
    // Chunked upload beyond the limit too.
    let mut raw = TcpStream::connect(("127.0.0.1", s.port)).expect("connect");
    let mut req = format!(
        "POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n",
        big.len()
    )
    .into_bytes();
    req.extend_from_slice(&big);
    req.extend_from_slice(b"\r\n0\r\n\r\n");
    let _ = raw.write_all(&req);
    assert_eq!(read_response(&mut raw, false).status, 413);
    // Within the body limit but beyond the query length limit.
    let long = format!("SELECT * WHERE {{ ?s ?p ?o }} #{}", "x".repeat(5000));
    let r = s.post("/sparql", "application/sparql-query", long.as_bytes(), &[]);
    assert_eq!(r.status, 413, "{}", r.text());
    // A chunked body within the limits is read.
    let mut raw = TcpStream::connect(("127.0.0.1", s.port)).expect("connect");
    let body = COUNT_ALL.as_bytes();
    let mut req = format!(
        "POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n",
        body.len()
    )
    .into_bytes();
    req.extend_from_slice(body);
    req.extend_from_slice(b"\r\n0\r\n\r\n");
    raw.write_all(&req).expect("write");
    assert!(count_of(&read_response(&mut raw, false)) > 1000);
}

#[test]
fn service_description() {
    let s = Served::start(store(), &[]);
    let r = s.get("/sparql", &[]);
    assert_eq!(r.status, 200);
    assert!(r.content_type().starts_with("text/turtle"));
    let t = r.text();
    assert!(t.contains("sd:Service"), "{t}");
    assert!(
        t.contains(&format!("sd:endpoint <http://127.0.0.1:{}/sparql>", s.port)),
        "{t}"
    );
    assert!(t.contains("sd:UnionDefaultGraph"), "{t}");
    assert!(t.contains("formats:SPARQL_Results_JSON"), "{t}");
    assert!(
        !t.contains("SPARQL11Update"),
        "read-only server claims updates: {t}"
    );
    let r = s.get("/sparql", &[("Accept", "application/n-triples")]);
    assert_eq!(r.status, 200);
    assert!(r
        .text()
        .contains("<http://www.w3.org/ns/sparql-service-description#UnionDefaultGraph>"));
    // A hostile Host header cannot break out of the IRI.
    let r = request(
        s.port,
        "GET",
        "/sparql",
        &[("Host", "localhost:1> <x")],
        b"",
    );
    assert!(
        r.status == 200 || r.status == 400 || r.status == 421,
        "{}",
        r.status
    );
    assert!(!r.text().contains("<x"));
}

#[test]
fn named_queries_list_and_run() {
    let s = Served::start(store(), &[]);
    let r = s.get("/queries", &[]);
    assert_eq!(r.status, 200);
    assert!(r.content_type().starts_with("application/json"));
    let list = r.json();
    let list = list.as_array().expect("array");
    assert!(list.len() >= 8);
    for q in list {
        assert!(q["name"].is_string() && q["description"].is_string() && q["sparql"].is_string());
        assert!(q["params"].is_array());
    }
    let totals = list
        .iter()
        .find(|q| q["name"] == "body-totals")
        .expect("body-totals");
    assert_eq!(totals["params"][0]["name"], "body");
    assert!(totals["params"][0]["default"].is_string());
    assert!(totals["params"][0]["description"].is_string());

    let r = s.get("/queries/resident-groups?format=csv", &[]);
    assert_eq!(r.status, 200);
    assert!(r.content_type().starts_with("text/csv"));
    assert!(r.text().contains(GROUP), "{}", r.text());
    let r = s.get(
        "/queries/resident-groups",
        &[("Accept", "application/sparql-results+json")],
    );
    assert!(r.json()["results"]["bindings"]
        .as_array()
        .is_some_and(|b| !b.is_empty()));
    let r = s.get(
        &format!(
            "/queries/body-totals?body={}",
            enc("吉林省纪委监委驻省卫健委纪检监察组")
        ),
        &[("Accept", "text/csv")],
    );
    assert_eq!(r.status, 200);
    let text = r.text();
    assert!(text.lines().count() > 1, "{text}");
    assert!(
        text.lines()
            .skip(1)
            .all(|l| l.contains("吉林省纪委监委驻省卫健委")),
        "{text}"
    );
    // Injection through a parameter stays inside the string literal.
    let r = s.get(
        &format!(
            "/queries/body-totals?body={}",
            enc("\" } SELECT * WHERE { ?s ?p ?o } #")
        ),
        &[],
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        r.json()["results"]["bindings"].as_array().map(Vec::len),
        Some(0)
    );
    assert_eq!(s.get("/queries/nope", &[]).status, 404);
    assert_eq!(s.get("/queries/body-totals?nope=1", &[]).status, 400);
    assert_eq!(
        s.get("/queries/resident-groups", &[("Accept", "image/png")])
            .status,
        406
    );
}

#[test]
fn search_finds_bodies_units_people_regions() {
    let s = Served::start(store(), &[]);
    let r = s.get(&format!("/search?q={}", enc("卫健委")), &[]);
    assert_eq!(r.status, 200);
    assert!(r.content_type().starts_with("application/json"));
    let items = r.json();
    let items = items.as_array().expect("array").clone();
    assert!(!items.is_empty() && items.len() <= 50);
    for it in &items {
        assert!(it["iri"]
            .as_str()
            .is_some_and(|i| i.starts_with("https://jiandu.dev/id/")));
        assert!(it["label"].is_string() && it["kind"].is_string());
    }
    assert!(
        items
            .iter()
            .any(|i| i["label"] == GROUP && i["kind"] == "ResidentGroup"),
        "{items:?}"
    );
    assert!(items.iter().any(|i| i["kind"] == "Unit"), "{items:?}");
    // Aliases, traditional characters, regions.
    let r = s.get(&format!("/search?q={}", enc("驻省卫健委纪检监察组")), &[]);
    assert!(r
        .json()
        .as_array()
        .is_some_and(|a| a.iter().any(|i| i["label"] == GROUP)));
    let r = s.get(&format!("/search?q={}", enc("衛健委")), &[]);
    assert!(r.json().as_array().is_some_and(|a| !a.is_empty()));
    let r = s.get(&format!("/search?q={}", enc("吉林省")), &[]);
    assert!(
        r.json()
            .as_array()
            .is_some_and(|a| a.iter().any(|i| i["kind"] == "Region")),
        "{}",
        r.text()
    );
    let r = s.get(&format!("/search?q={}", enc("赫军")), &[]);
    assert!(
        r.json()
            .as_array()
            .is_some_and(|a| a.iter().any(|i| i["kind"] == "Person")),
        "{}",
        r.text()
    );
    assert_eq!(s.get("/search?q=", &[]).json(), serde_json::json!([]));
    assert_eq!(
        s.get("/search?q=zzzzqqq", &[]).json(),
        serde_json::json!([])
    );
}

#[test]
fn entity_pages() {
    let s = Served::start(store(), &[]);
    let iri = format!("https://jiandu.dev/id/body/{GROUP}");
    let r = s.get(&format!("/entity?iri={}", enc(&iri)), &[]);
    assert_eq!(r.status, 200);
    assert!(r.content_type().starts_with("text/html"));
    assert!(r.header("content-security-policy").is_some());
    let html = r.text();
    assert!(html.contains(&format!("<h1>{GROUP}")), "{html}");
    assert!(html.contains("data-kind=\"ResidentGroup\""));
    // Parent, host, supervision edges, actions with evidence and a link to the document.
    assert!(html.contains(&enc("https://jiandu.dev/id/body/吉林省纪委监委")));
    assert!(html.contains(&enc("https://jiandu.dev/id/unit/吉林省卫健委")));
    assert!(html.contains("id=\"supervision\""));
    assert!(html.contains("id=\"actions\""));
    assert!(html.contains("class=\"evidence\""));
    assert!(
        html.contains(&format!(
            "/entity?iri={}",
            enc("https://jiandu.dev/id/doc/")
        )),
        "{html}"
    );
    // A document page: title, date, sentences with anchors.
    let doc = html
        .split(&format!(
            "/entity?iri={}",
            enc("https://jiandu.dev/id/doc/")
        ))
        .nth(1)
        .and_then(|rest| rest.split(['#', '"', '%']).next())
        .map(|id| format!("https://jiandu.dev/id/doc/{id}"))
        .expect("a document link");
    let r = s.get(&format!("/entity?iri={}", enc(&doc)), &[]);
    assert_eq!(r.status, 200, "{doc}");
    let page = r.text();
    assert!(page.contains("data-kind=\"Document\""), "{page}");
    assert!(
        page.contains("id=\"sentences\"") && page.contains("<li id=\"s-"),
        "{page}"
    );
    assert!(page.contains("2022-"), "a date");
    // Unknown, invalid, missing.
    assert_eq!(
        s.get(
            &format!("/entity?iri={}", enc("https://jiandu.dev/id/body/nothing")),
            &[]
        )
        .status,
        404
    );
    assert_eq!(
        s.get(&format!("/entity?iri={}", enc("not an iri <script>")), &[])
            .status,
        400
    );
    assert_eq!(s.get("/entity", &[]).status, 400);
    let r = s.get(
        &format!(
            "/entity?iri={}",
            enc("https://x.example/\"><script>alert(1)</script>")
        ),
        &[],
    );
    assert!(
        !r.text().contains("<script>alert"),
        "unescaped: {}",
        r.text()
    );
    // Every page escapes: a page about an IRI with markup-like characters that is valid.
    let r = s.get(
        &format!("/entity?iri={}", enc("https://x.example/a&b'c")),
        &[],
    );
    assert_eq!(r.status, 404);
    assert!(r.text().contains("a&amp;b&#39;c"), "{}", r.text());
}

#[test]
fn static_files_and_page() {
    let s = Served::start(store(), &[]);
    let r = s.get("/", &[]);
    assert_eq!(r.status, 200);
    assert!(r.content_type().starts_with("text/html"));
    assert!(r.text().contains("yasgui.min.js"));
    for f in std::fs::read_dir(root().join("static"))
        .expect("static/")
        .flatten()
        .filter(|e| e.path().is_file())
    {
        let name = f.file_name().to_string_lossy().into_owned();
        let r = s.get(&format!("/static/{name}"), &[]);
        assert_eq!(r.status, 200, "static/{name} is not embedded");
        assert_eq!(r.body, std::fs::read(f.path()).expect("read"), "{name}");
    }
    for vendored in [
        "vendor/yasgui/yasgui.min.js",
        "vendor/yasgui/yasgui.min.css",
        "vendor/viz/viz-standalone.js",
    ] {
        let r = s.get(&format!("/static/{vendored}"), &[]);
        assert_eq!(r.status, 200, "{vendored}");
        assert!(r.complete);
    }
    assert!(s
        .get("/static/app.js", &[])
        .content_type()
        .starts_with("text/javascript"));
    assert!(s
        .get("/static/app.css", &[])
        .content_type()
        .starts_with("text/css"));
    // ETag revalidation.
    let r = s.get("/static/app.js", &[]);
    let etag = r.header("etag").expect("etag").to_string();
    assert_eq!(
        s.get("/static/app.js", &[("If-None-Match", &etag)]).status,
        304
    );
    // HEAD: headers only.
    let r = request(s.port, "HEAD", "/static/app.js", &[], b"");
    assert_eq!(r.status, 200);
    assert!(r.header("content-length").is_some_and(|l| l != "0"));
    // No way out of the embedded files.
    for bad in [
        "/static/../Cargo.toml",
        "/static/%2e%2e/Cargo.toml",
        "/static/..%2fCargo.toml",
        "/static//etc/passwd",
        "/static/vendor/../app.js",
    ] {
        assert_eq!(s.get(bad, &[]).status, 404, "{bad}");
    }
}

#[test]
fn export_dot() {
    let s = Served::start(store(), &[]);
    let r = s.get(
        &format!("/export.dot?body={}&depth=2", enc("吉林省纪委监委")),
        &[],
    );
    assert!(
        r.status == 200 || r.status == 503,
        "{}: {}",
        r.status,
        r.text()
    );
    if r.status == 200 {
        assert!(r.content_type().starts_with("text/vnd.graphviz"));
        assert!(r.text().contains("digraph"), "{}", r.text());
    }
    assert_eq!(s.get("/export.dot?body=x&depth=abc", &[]).status, 400);
}

// ------------------------------------------------------------------ writes

#[test]
fn updates_are_refused_on_a_read_only_server() {
    let s = Served::start(store(), &[]);
    let insert = "INSERT DATA { <http://example.com/s> <http://example.com/p> \"o\" }";
    let r = s.post(
        "/sparql",
        "application/sparql-update",
        insert.as_bytes(),
        &[("Authorization", "Bearer x")],
    );
    assert_eq!(r.status, 403, "{}", r.text());
    let r = s.post(
        "/sparql",
        "application/x-www-form-urlencoded",
        format!("update={}", enc(insert)).as_bytes(),
        &[],
    );
    assert_eq!(r.status, 403);
    for method in ["PUT", "POST", "DELETE"] {
        for path in ["/store?default", "/data?graph=http%3A%2F%2Fexample.com%2Fg"] {
            let r = request(
                s.port,
                method,
                path,
                &[("Content-Type", "text/turtle")],
                b"<http://a> <http://b> <http://c> .",
            );
            assert_eq!(r.status, 403, "{method} {path}");
        }
    }
    // An update sent as GET is not executed either.
    let r = s.get(&format!("/sparql?update={}", enc(insert)), &[]);
    assert!(
        r.status == 405 || r.status == 403 || r.status == 400,
        "{}",
        r.status
    );
    assert_eq!(
        count_of(&s.get(
            &format!(
                "/sparql?query={}",
                enc("SELECT (COUNT(*) AS ?n) WHERE { <http://example.com/s> ?p ?o }")
            ),
            &[]
        )),
        0
    );
    // Reading through the Graph Store Protocol is fine.
    let r = s.get(
        &format!("/store?graph={}", enc("https://jiandu.dev/ontology")),
        &[("Accept", "application/n-triples")],
    );
    assert_eq!(r.status, 200);
    assert!(r
        .text()
        .contains("<https://jiandu.dev/ontology#ResidentGroup>"));
}

#[test]
fn updates_need_the_token() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("store");
    build_store(&path, &root().join("data/corpus/seeds"));
    // --allow-update without a token does not start.
    let out = jiandu()
        .arg("--store")
        .arg(&path)
        .args(["serve", "--bind", "127.0.0.1:0", "--allow-update"])
        .env_remove("JIANDU_TOKEN")
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let s = Served::start(&path, &["--allow-update", "--token", "s3cret"]);
    let insert = "INSERT DATA { GRAPH <http://example.com/g> { <http://example.com/s> <http://example.com/p> \"o\" } }";
    for auth in [
        None,
        Some("Bearer wrong"),
        Some("Basic czNjcmV0"),
        Some("Bearer s3cre"),
    ] {
        let headers: Vec<(&str, &str)> = auth.map(|a| ("Authorization", a)).into_iter().collect();
        let r = s.post(
            "/sparql",
            "application/sparql-update",
            insert.as_bytes(),
            &headers,
        );
        assert_eq!(r.status, 403, "{auth:?}");
    }
    let ok = [("Authorization", "Bearer s3cret")];
    let r = s.post(
        "/sparql",
        "application/sparql-update",
        insert.as_bytes(),
        &ok,
    );
    assert_eq!(r.status, 204, "{}", r.text());
    let probe = format!(
        "/sparql?query={}",
        enc("SELECT (COUNT(*) AS ?n) WHERE { <http://example.com/s> ?p ?o }")
    );
    assert_eq!(count_of(&s.get(&probe, &[])), 1);
    // No server-side requests: LOAD and SERVICE are refused even with the token.
    let r = s.post(
        "/sparql",
        "application/sparql-update",
        b"LOAD <http://example.com/data.ttl>",
        &ok,
    );
    assert_eq!(r.status, 403);
    let r = s.post(
        "/sparql",
        "application/sparql-update",
        b"INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }",
        &ok,
    );
    assert_eq!(r.status, 403);
    // Graph Store Protocol: PUT, POST, GET, DELETE.
    let g = enc("http://example.com/g2");
    let r = request(
        s.port,
        "PUT",
        &format!("/store?graph={g}"),
        &[("Content-Type", "text/turtle"), ok[0]],
        b"<http://example.com/a> <http://example.com/b> \"c\" .",
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = request(
        s.port,
        "POST",
        &format!("/store?graph={g}"),
        &[("Content-Type", "application/n-triples"), ok[0]],
        b"<http://example.com/a> <http://example.com/b> \"d\" .\n",
    );
    assert_eq!(r.status, 204, "{}", r.text());
    let r = s.get(
        &format!("/store?graph={g}"),
        &[("Accept", "application/n-triples")],
    );
    assert_eq!(r.text().lines().count(), 2, "{}", r.text());
    let r = request(
        s.port,
        "DELETE",
        &format!("/store?graph={g}"),
        &[ok[0]],
        b"",
    );
    assert_eq!(r.status, 204);
    assert_eq!(s.get(&format!("/store?graph={g}"), &[]).status, 404);
    // The service description now lists SPARQL Update.
    assert!(s.get("/sparql", &[]).text().contains("SPARQL11Update"));
}

// ------------------------------------------------------------------ limits

#[test]
fn slow_query_is_cancelled_by_the_timeout() {
    let s = Served::start(store(), &["--timeout", "1"]);
    let started = Instant::now();
    let r = s.post(
        "/sparql",
        "application/sparql-query",
        b"SELECT (COUNT(*) AS ?c) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        &[],
    );
    let took = started.elapsed();
    assert!(
        r.status == 503 || r.status == 504,
        "{}: {}",
        r.status,
        r.text()
    );
    assert!(r.text().contains("--timeout"), "{}", r.text());
    assert!(took < Duration::from_secs(10), "took {took:?}");
    // A result that is being streamed when the deadline passes ends cleanly: either it
    // completes within the row limit or the response is cut (no terminating chunk).
    let r = s.post(
        "/sparql",
        "application/sparql-query",
        b"SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        &[],
    );
    assert!(r.status == 200 || r.status == 503, "{}", r.status);
    if r.status == 200 && !r.complete {
        assert!(s.log_contains("aborted after"), "{}", s.log());
    }
    // The server is still fine.
    assert!(count_of(&s.get(&format!("/sparql?query={}", enc(COUNT_ALL)), &[])) > 1000);
}

#[test]
fn a_query_overrunning_in_memory_gives_its_slot_back() {
    // Sorting a cross product (650 000 rows here) happens in memory, where Oxigraph does not
    // look at the cancellation token: the watchdog answers 503 for it, and its slot is free
    // for the next client at once although the sort goes on (at the lowest CPU priority).
    let s = Served::start(
        store(),
        &["--timeout", "1", "--max-concurrent-queries", "1"],
    );
    let r = s.post(
        "/sparql",
        "application/sparql-query",
        b"PREFIX jd: <https://jiandu.dev/ontology#>
SELECT ?a ?b ?c WHERE { ?a a jd:Sentence . ?b a jd:Sentence . ?c a jd:Sentence }
ORDER BY ?c ?b ?a",
        &[],
    );
    assert!(r.status == 503 || r.status == 200, "{}", r.status);
    if r.status == 503 {
        assert!(r.text().contains("--timeout"), "{}", r.text());
    }
    let r = s.get(&format!("/sparql?query={}", enc("ASK { ?s ?p ?o }")), &[]);
    assert_eq!(r.status, 200, "{}: {}", r.text(), s.log());
}

#[test]
fn large_results_stream_and_stop_at_the_row_limit() {
    let s = Served::start(store(), &["--max-rows", "10"]);
    let r = s.get(
        &format!("/sparql?query={}", enc("SELECT * WHERE { ?s ?p ?o }")),
        &[],
    );
    assert_eq!(r.status, 200);
    assert!(r.complete);
    assert_eq!(
        r.json()["results"]["bindings"].as_array().map(Vec::len),
        Some(10)
    );
    assert_eq!(r.header("x-jiandu-row-limit"), Some("10"));
    assert!(s.log_contains("truncated"), "{}", s.log());
    drop(s);
    // Without the limit a result larger than the buffer goes out chunked and whole.
    let s = Served::start(store(), &[]);
    let r = s.get(
        &format!("/sparql?query={}", enc("SELECT * WHERE { ?s ?p ?o }")),
        &[("Accept", "text/tab-separated-values")],
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.header("transfer-encoding"), Some("chunked"));
    assert!(r.complete);
    let n = count_of(&s.get(&format!("/sparql?query={}", enc(COUNT_ALL)), &[]));
    assert_eq!(r.text().lines().count() as u64, n + 1);
}

#[test]
fn concurrent_clients() {
    // A client may send its next request while the server's thread that answered the
    // previous one is still releasing its query slot: room for two per client.
    let s = Served::start(store(), &["--max-concurrent-queries", "16"]);
    let port = s.port;
    let threads: Vec<_> = (0..8)
        .map(|t| {
            std::thread::spawn(move || {
                let mut statuses = Vec::new();
                for i in 0..20 {
                    let r = match (t + i) % 4 {
                        0 => request(
                            port,
                            "GET",
                            &format!("/sparql?query={}", enc(COUNT_ALL)),
                            &[],
                            b"",
                        ),
                        1 => request(port, "GET", "/queries/resident-groups?format=csv", &[], b""),
                        2 => request(port, "GET", &format!("/search?q={}", enc("纪委")), &[], b""),
                        _ => request(
                            port,
                            "POST",
                            "/sparql",
                            &[("Content-Type", "application/sparql-query")],
                            b"SELECT ?s WHERE { ?s a <https://jiandu.dev/ontology#Commission> }",
                        ),
                    };
                    statuses.push(r.status);
                }
                statuses
            })
        })
        .collect();
    for t in threads {
        let statuses = t.join().expect("client thread");
        assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    }
}

#[test]
fn keep_alive_serves_several_requests_on_one_connection() {
    let s = Served::start(store(), &[]);
    let mut stream = TcpStream::connect(("127.0.0.1", s.port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    for _ in 0..3 {
        write!(stream, "GET /queries HTTP/1.1\r\nHost: localhost\r\n\r\n").expect("write");
        let mut status = String::new();
        reader.read_line(&mut status).expect("status");
        assert!(status.starts_with("HTTP/1.1 200"), "{status}");
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("header");
            if line == "\r\n" {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().expect("length");
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).expect("body");
        assert!(body.starts_with(b"["));
    }
}

#[test]
fn busy_server_answers_503_at_once_and_slow_clients_block_nobody() {
    let s = Served::start(
        store(),
        &["--max-concurrent-queries", "1", "--timeout", "3"],
    );
    let port = s.port;
    // A slow client: half a request head, then silence.
    let mut slowloris = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    slowloris
        .write_all(b"GET /sparql?query=ASK")
        .expect("write");
    // A client that asks for a large result (tens of MB) and never reads it: it holds the
    // only query slot while the server is blocked writing to it.
    let mut sleeper = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        sleeper,
        "GET /sparql?query={} HTTP/1.1\r\nHost: localhost\r\n\r\n",
        enc("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 200000")
    )
    .expect("write");
    std::thread::sleep(Duration::from_millis(500));
    // Others are served meanwhile.
    let started = Instant::now();
    assert_eq!(request(port, "GET", "/queries", &[], b"").status, 200);
    assert_eq!(
        request(port, "GET", "/static/app.css", &[], b"").status,
        200
    );
    // Beyond the query limit: 503 at once.
    let r = request(
        port,
        "GET",
        &format!("/sparql?query={}", enc("ASK { ?s ?p ?o }")),
        &[],
        b"",
    );
    assert_eq!(r.status, 503, "{}", r.text());
    assert!(
        r.text().contains("--max-concurrent-queries"),
        "{}",
        r.text()
    );
    assert!(r.header("retry-after").is_some());
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    // The non-reading client cannot keep the slot: a little after the query deadline the
    // server cuts it, and queries run again.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let r = request(
            port,
            "GET",
            &format!("/sparql?query={}", enc("ASK { ?s ?p ?o }")),
            &[],
            b"",
        );
        if r.status == 200 {
            break;
        }
        assert_eq!(r.status, 503);
        assert!(
            Instant::now() < deadline,
            "the slot was never freed: {}",
            s.log()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    drop(slowloris);
    let _ = sleeper.shutdown(Shutdown::Both);
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let mut s = Served::start(store(), &[]);
    assert_eq!(s.get("/queries", &[]).status, 200);
    // An idle keep-alive connection does not hold the exit up.
    let _idle = TcpStream::connect(("127.0.0.1", s.port)).expect("connect");
    let pid = s.child.id() as libc::pid_t;
    // SAFETY: sends a signal to the child process we started.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(status) = s.child.try_wait().expect("wait") {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "still running 15 s after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "exit status {status:?}: {}", s.log());
    assert!(TcpStream::connect(("127.0.0.1", s.port)).is_err() || s.log().contains("stopped"));
}

#[test]
fn a_build_can_run_while_serving_and_becomes_visible() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("store");
    // Start from three of the five seed articles.
    let first = dir.path().join("first");
    std::fs::create_dir(&first).expect("mkdir");
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(root().join("data/corpus/seeds"))
        .expect("seeds")
        .flatten()
        .map(|e| e.path())
        .collect();
    seeds.sort();
    for p in seeds.iter().take(3) {
        std::fs::copy(p, first.join(p.file_name().expect("name"))).expect("copy");
    }
    build_store(&path, &first);
    let s = Served::start(&path, &["--reload", "0.3"]);
    let docs_query = format!(
        "/sparql?query={}",
        enc("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://jiandu.dev/ontology#Document> }")
    );
    assert_eq!(count_of(&s.get(&docs_query, &[])), 3);
    // The server holds no lock: a build runs meanwhile and succeeds.
    build_store(&path, &root().join("data/corpus/seeds"));
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let n = count_of(&s.get(&docs_query, &[]));
        if n == 5 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the new documents never became visible ({n})"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(s.log_contains("reopened"), "{}", s.log());
}
