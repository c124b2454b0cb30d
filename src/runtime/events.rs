//! Terminal events into browser actions.

use crate::app::keys::{action_for, Key};
use crate::app::{Action, ModeKind};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

/// The actions for one terminal event (none for events the browser ignores).
pub fn translate(ev: Event, mode: ModeKind) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => key(k).and_then(|k| action_for(k, mode)),
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Wheel { column: m.column, row: m.row, down: true }),
            MouseEventKind::ScrollUp => Some(Action::Wheel { column: m.column, row: m.row, down: false }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column: m.column, row: m.row }),
            _ => None,
        },
        _ => None,
    }
}

pub fn key(k: KeyEvent) -> Option<Key> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    Some(match k.code {
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Backspace => Key::Backspace,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctrl_c_quits_even_while_typing() {
        let ev = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert_eq!(translate(ev, ModeKind::FilterInput), Some(Action::Command(crate::app::Command::Quit)));
        let ev = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::NONE));
        assert_eq!(translate(ev, ModeKind::FilterInput), Some(Action::Input('c')));
    }
}
