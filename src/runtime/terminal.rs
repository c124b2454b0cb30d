//! Terminal set-up and restore. `Session` restores on drop (quit and error paths, and panics
//! that unwind); the panic hook restores before the panic message is printed.

use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::DefaultTerminal;
use std::io::stdout;

pub struct Session {
    pub terminal: DefaultTerminal,
}

impl Session {
    pub fn start() -> anyhow::Result<Session> {
        // ratatui installs a hook that leaves raw mode and the alternate screen; ours, set
        // after it, runs first and turns mouse reporting off too.
        let terminal = ratatui::try_init()?;
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(stdout(), DisableMouseCapture);
            hook(info);
        }));
        if let Err(e) = execute!(stdout(), EnableMouseCapture) {
            ratatui::restore();
            return Err(e.into());
        }
        Ok(Session { terminal })
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = execute!(stdout(), DisableMouseCapture);
        ratatui::restore();
    }
}
