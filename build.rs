//! Embeds every `queries/*.rq` into the binary, so adding a named query is adding a file.
use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=queries");
    let mut entries: Vec<_> = std::fs::read_dir("queries")
        .expect("queries/ folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .collect();
    entries.sort();
    let mut code = String::from("pub static EMBEDDED_QUERIES: &[(&str, &str)] = &[\n");
    for path in entries {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 name");
        // Resolved against CARGO_MANIFEST_DIR when the crate compiles, not here: a cached
        // build-script output must stay valid when the same target dir serves another clone.
        writeln!(
            code,
            "    ({stem:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/queries/{stem}.rq\"))),"
        )
        .expect("write");
        println!("cargo:rerun-if-changed={}", path.display());
    }
    code.push_str("];\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("queries.rs");
    std::fs::write(out, code).expect("write queries.rs");
}
