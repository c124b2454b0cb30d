//! The browser before its corpus is there: it opens at once and says how far the load is
//! ("Loading 120 MB of 462 MB · 250,000 quotes · 180 MB/s · 2 s left", or "Loading 3/10
//! files…" for articles), then shows the corpus. Pure: the runtime reads the progress counters
//! and draws this text.

use crate::lang::Lang;
use std::time::Duration;

/// How far the background load is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Loading {
    /// Files loaded so far.
    pub done: usize,
    /// Files to load (0 until the paths have been read).
    pub total: usize,
    /// Bytes of files of quotes read so far, and in all (0: no such file).
    pub bytes_done: u64,
    pub bytes_total: u64,
    /// Quotes read so far from files of quotes.
    pub quotes: usize,
    pub elapsed: Duration,
}

impl Loading {
    /// The one line the loading screen shows.
    pub fn message(&self, lang: Lang) -> String {
        let w = &lang.words().browser;
        let secs = self.elapsed.as_secs();
        if self.bytes_total > 0 {
            let done = self.bytes_done.min(self.bytes_total);
            let mut out = (w.loading_bytes)(&size(done), &size(self.bytes_total));
            if self.quotes > 0 {
                out += &(w.quotes_so_far)(&thousands(self.quotes, w.thousands));
            }
            let t = self.elapsed.as_secs_f64();
            if t >= 0.2 && done > 0 {
                let rate = done as f64 / t;
                out += &format!(" · {}/s", size(rate as u64));
                let left = (self.bytes_total - done) as f64 / rate;
                out += &if left >= 1.0 { (w.seconds_left)(left.ceil() as u64) } else { w.finishing.to_string() };
            }
            return out;
        }
        let time = if secs >= 1 { (w.seconds)(secs) } else { String::new() };
        if self.total == 0 {
            format!("{}{time}", w.loading)
        } else {
            format!("{}{time}", (w.loading_files)(self.done.min(self.total), self.total))
        }
    }
}

/// "462 MB", "1.2 GB", "850 kB" (decimal units, as disks count).
fn size(bytes: u64) -> String {
    let b = bytes as f64;
    if b >= 1e9 {
        format!("{:.1} GB", b / 1e9)
    } else if b >= 1e6 {
        format!("{:.0} MB", b / 1e6)
    } else {
        format!("{:.0} kB", b / 1e3)
    }
}

/// "1,250,000".
fn thousands(n: usize, sep: char) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_files_done_and_time_once_it_is_long() {
        let l = Loading { done: 3, total: 10, elapsed: Duration::from_millis(400), ..Default::default() };
        assert_eq!(l.message(Lang::En), "Loading 3/10 files…");
        assert_eq!(l.message(Lang::Fr), "Chargement : 3/10 fichiers…");
        let l = Loading { done: 12, total: 10, elapsed: Duration::from_millis(2500), ..Default::default() };
        assert_eq!(l.message(Lang::En), "Loading 10/10 files… (2 s)");
        assert_eq!(Loading::default().message(Lang::En), "Loading…");
    }

    #[test]
    fn files_of_quotes_say_bytes_quotes_rate_and_time_left() {
        let l = Loading {
            total: 1,
            bytes_done: 120_000_000,
            bytes_total: 462_000_000,
            quotes: 250_000,
            elapsed: Duration::from_secs(1),
            ..Default::default()
        };
        assert_eq!(l.message(Lang::En), "Loading 120 MB of 462 MB · 250,000 quotes · 120 MB/s · 3 s left");
        assert_eq!(
            l.message(Lang::Fr),
            "Chargement : 120 MB sur 462 MB · 250\u{202f}000 citations · 120 MB/s · encore 3 s"
        );
        let l = Loading { bytes_done: 0, bytes_total: 4_400_000_000, elapsed: Duration::ZERO, ..l };
        assert_eq!(l.message(Lang::En), "Loading 0 kB of 4.4 GB · 250,000 quotes");
    }
}
