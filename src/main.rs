use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "jiandu", version, about = "监督: oversight knowledge graph from Chinese discipline-inspection articles")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract facts from articles without a store.
    Extract {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, default_value = "jsonl")]
        format: String,
    },
    /// Score extracted facts against gold annotations (the same scoring as score.py).
    Eval {
        #[arg(long)]
        gold: PathBuf,
        /// JSON Lines predictions; when absent, the gold documents are extracted from --corpus.
        #[arg(long)]
        pred: Option<PathBuf>,
        #[arg(long, default_value = "data/corpus/seeds")]
        corpus: PathBuf,
        #[arg(long)]
        verbose: bool,
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("jiandu: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract { files, format } => {
            let (docs, errors) = jiandu::extract_paths(&files);
            for (_, facts) in &docs {
                match format.as_str() {
                    "jsonl" => print!("{}", facts.to_jsonl()),
                    other => anyhow::bail!("unknown format {other}"),
                }
            }
            for e in &errors {
                eprintln!("jiandu: {e}");
            }
            Ok(if errors.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        Command::Eval { gold, pred, corpus, verbose, json } => {
            let report = jiandu::eval::evaluate(&gold, pred.as_deref(), &corpus)?;
            if verbose {
                for miss in &report.misses {
                    println!("{miss}");
                }
            }
            if json {
                println!("{}", serde_json::to_string_pretty(&report.to_json())?);
            } else {
                print!("{}", report.table());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
