//! SPARQL 1.1 Protocol endpoint and web page. (Being written.)
use std::path::Path;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {}

pub fn cli(_store: &Path, _args: ServeArgs) -> anyhow::Result<()> {
    anyhow::bail!("serve is not built yet")
}
