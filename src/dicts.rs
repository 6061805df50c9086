//! The `--dict DIR` option and loading of the dictionaries it extends.

use std::path::{Path, PathBuf};

use annals_code::Coder;
use annals_kb::KnowledgeBase;
use annals_lexicon::Lexicon;
use anyhow::{bail, Result};

/// Arguments choosing extra dictionaries.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct DictArgs {
    /// Extra dictionary directory, laid out like the built-in dict/ (actors/*.tsv,
    /// lexicon/*.txt); its rows extend and override the built-in ones. Repeatable.
    #[arg(long = "dict", value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
}

impl DictArgs {
    /// The knowledge base: built-in plus the user's directories. Any problem in a
    /// user file is an error naming file and line.
    pub fn knowledge_base(&self) -> Result<KnowledgeBase> {
        if self.dirs.is_empty() {
            return Ok(KnowledgeBase::builtin());
        }
        let dirs: Vec<&Path> = self.dirs.iter().map(PathBuf::as_path).collect();
        let (kb, errors) = KnowledgeBase::load(&dirs);
        if !errors.is_empty() {
            for e in &errors {
                eprintln!("annals: error: {e}");
            }
            bail!(
                "{} problem(s) in the dictionaries given with --dict (run 'annals dict check DIR')",
                errors.len()
            );
        }
        Ok(kb)
    }

    /// The event patterns: built-in plus the user's directories.
    pub fn lexicon(&self) -> Result<Lexicon> {
        if self.dirs.is_empty() {
            return Ok(Lexicon::builtin());
        }
        let dirs: Vec<&Path> = self.dirs.iter().map(PathBuf::as_path).collect();
        let (lex, errors) = Lexicon::load(&dirs);
        if !errors.is_empty() {
            for e in &errors {
                eprintln!("annals: error: {e}");
            }
            bail!(
                "{} problem(s) in the patterns given with --dict (run 'annals dict check DIR')",
                errors.len()
            );
        }
        Ok(lex)
    }

    /// A coder over these dictionaries.
    pub fn coder(&self) -> Result<Coder> {
        Ok(Coder::new(self.knowledge_base()?, self.lexicon()?))
    }
}
