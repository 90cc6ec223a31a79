//! Corpus generator and benchmarks. (Being written.)
use std::path::Path;

#[derive(Debug, clap::Args)]
pub struct GenCorpusArgs {}

#[derive(Debug, clap::Args)]
pub struct BenchArgs {}

pub fn gen_corpus_cli(_args: GenCorpusArgs) -> anyhow::Result<()> {
    anyhow::bail!("gen-corpus is not built yet")
}

pub fn bench_cli(_store: &Path, _args: BenchArgs) -> anyhow::Result<()> {
    anyhow::bail!("bench is not built yet")
}
