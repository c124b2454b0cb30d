//! Copying text to the user's clipboard: OSC 52 (terminals, tmux, screen, SSH) and the system
//! clipboard (arboard). OWNER: clipboard helper. Contract used by the runtime and the CLI:

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ClipboardMode {
    /// OSC 52 and the system clipboard, each where it can work.
    #[default]
    Auto,
    Osc52,
    System,
    None,
}

/// What a copy did, for the status line: "via OSC 52 and system clipboard", or why not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CopyReport {
    /// Mechanisms that took the text ("OSC 52", "system clipboard").
    pub via: Vec<String>,
    /// Why a mechanism failed or none was available, in plain words.
    pub problems: Vec<String>,
}

impl CopyReport {
    pub fn ok(&self) -> bool {
        !self.via.is_empty()
    }
}

/// Copy `text` with the mechanisms `mode` allows. Never panics; failures are in the report.
pub fn copy(text: &str, mode: ClipboardMode) -> CopyReport {
    let _ = (text, mode);
    CopyReport { via: vec![], problems: vec!["clipboard support is not built yet".into()] }
}
