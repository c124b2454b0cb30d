//! The search worker thread: typing never waits on matching. Each query is answered first
//! with one screen of matches, then with the complete set; a newer query makes older work stale.

use crate::app::Action;
use crate::search::SearchEngine;
use std::sync::mpsc::{channel, Receiver, Sender, TryRecvError};
use std::sync::Arc;

struct Request {
    query: String,
    generation: u64,
    first: usize,
}

pub struct Worker {
    requests: Sender<Request>,
    answers: Receiver<Action>,
}

impl Worker {
    pub fn spawn(engine: Arc<dyn SearchEngine>) -> Worker {
        let (requests, rx) = channel::<Request>();
        let (tx, answers) = channel();
        std::thread::Builder::new()
            .name("chronique-search".into())
            .spawn(move || serve(engine.as_ref(), &rx, &tx))
            .expect("spawn the search thread");
        Worker { requests, answers }
    }

    pub fn ask(&self, query: String, generation: u64, first: usize) {
        let _ = self.requests.send(Request { query, generation, first });
    }

    /// Answers that arrived since the last call.
    pub fn answers(&self) -> Vec<Action> {
        self.answers.try_iter().collect()
    }
}

/// Keep only the newest of the queued requests.
fn newest(rx: &Receiver<Request>, mut req: Request) -> Result<Request, ()> {
    loop {
        match rx.try_recv() {
            Ok(newer) => req = newer,
            Err(TryRecvError::Empty) => return Ok(req),
            Err(TryRecvError::Disconnected) => return Err(()),
        }
    }
}

fn serve(engine: &dyn SearchEngine, rx: &Receiver<Request>, tx: &Sender<Action>) {
    let mut next = None;
    loop {
        let req = match next.take() {
            Some(r) => r,
            None => match rx.recv() {
                Ok(r) => r,
                Err(_) => return,
            },
        };
        let Ok(req) = newest(rx, req) else { return };
        let (quotes, complete) = engine.search(&req.query, Some(req.first.max(1)));
        if tx.send(Action::SearchDone { generation: req.generation, quotes, complete }).is_err() {
            return;
        }
        if complete {
            continue;
        }
        // A newer query already waiting makes the complete set of this one useless.
        match rx.try_recv() {
            Ok(newer) => {
                next = Some(newer);
                continue;
            }
            Err(TryRecvError::Disconnected) => return,
            Err(TryRecvError::Empty) => {}
        }
        let (quotes, _) = engine.search(&req.query, None);
        if tx.send(Action::SearchDone { generation: req.generation, quotes, complete: true }).is_err() {
            return;
        }
    }
}
