//! The browser before its corpus is there: it opens at once and says how far the load is
//! ("Loading 3/10 files…"), then shows the corpus. Pure: the runtime reads the progress
//! counters and draws this text.

use crate::lang::Lang;
use std::time::Duration;

/// How far the background load is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Loading {
    /// Files loaded so far.
    pub done: usize,
    /// Files to load (0 until the paths have been read).
    pub total: usize,
    pub elapsed: Duration,
}

impl Loading {
    /// The one line the loading screen shows.
    pub fn message(&self, lang: Lang) -> String {
        let w = &lang.words().browser;
        let secs = self.elapsed.as_secs();
        let time = if secs >= 1 { (w.seconds)(secs) } else { String::new() };
        if self.total == 0 {
            format!("{}{time}", w.loading)
        } else {
            format!("{}{time}", (w.loading_files)(self.done.min(self.total), self.total))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_files_done_and_time_once_it_is_long() {
        let l = Loading { done: 3, total: 10, elapsed: Duration::from_millis(400) };
        assert_eq!(l.message(Lang::En), "Loading 3/10 files…");
        assert_eq!(l.message(Lang::Fr), "Chargement : 3/10 fichiers…");
        let l = Loading { done: 12, total: 10, elapsed: Duration::from_millis(2500) };
        assert_eq!(l.message(Lang::En), "Loading 10/10 files… (2 s)");
        assert_eq!(Loading::default().message(Lang::En), "Loading…");
    }
}
