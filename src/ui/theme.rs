//! Styles. Only the 8 basic ANSI colours (terminal themes keep them readable on dark and light
//! backgrounds), never a background colour; selection is reverse video. Without colour
//! (NO_COLOR) every style falls back to bold, dim, italic, underline or reverse alone.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }
    pub fn plain(self) -> Style {
        Style::new()
    }
    pub fn bold(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    pub fn dim(self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }
    /// Secondary items (context events): dim and italic.
    pub fn secondary(self) -> Style {
        Style::new().add_modifier(Modifier::DIM | Modifier::ITALIC)
    }
    pub fn date(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    pub fn speaker(self) -> Style {
        self.fg(Color::Magenta)
    }
    pub fn year(self) -> Style {
        self.fg(Color::Blue).add_modifier(Modifier::BOLD)
    }
    /// Characters matched by the filter.
    pub fn matched(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }
    pub fn label(self) -> Style {
        self.fg(Color::Blue)
    }
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
    pub fn border(self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }
    /// The quote lit up in the article view.
    pub fn quote_in_article(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
    pub fn marker(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub fn warning(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub fn key(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
}
