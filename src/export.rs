//! Store → petgraph → DOT / SVG / PNG / GraphML / JSON. (Being written.)
use std::path::Path;

#[derive(Debug, clap::Args)]
pub struct ExportArgs {}

pub fn cli(_store: &Path, _args: ExportArgs) -> anyhow::Result<()> {
    anyhow::bail!("export is not built yet")
}
