//! The search worker thread: typing never waits on matching. Each query is answered first
//! with one screen of matches, then with the complete set; a newer query makes older work stale.

use crate::app::Action;
use crate::model::QuoteIx;
use crate::search::SearchEngine;
use std::sync::mpsc::{channel, Receiver, Sender, TryRecvError};
use std::sync::{Arc, OnceLock};

struct Request {
    query: String,
    generation: u64,
    first: usize,
}

pub struct Worker {
    requests: Sender<Request>,
    answers: Receiver<Action>,
    /// The engine, once built (for highlighting the rows on screen).
    engine: Arc<OnceLock<Arc<dyn SearchEngine>>>,
}

impl Worker {
    pub fn spawn(engine: Arc<dyn SearchEngine>) -> Worker {
        Worker::start(move || engine)
    }

    /// Build the corpus's default engine on the worker thread, so the corpus can be shown
    /// before its index exists (a second or so at a million quotes); queries typed meanwhile
    /// wait in the queue, and only the newest is answered.
    pub fn spawn_building(corpus: Arc<crate::model::Corpus>) -> Worker {
        Worker::start(move || Arc::from(crate::search::engine(corpus)))
    }

    fn start(build: impl FnOnce() -> Arc<dyn SearchEngine> + Send + 'static) -> Worker {
        let (requests, rx) = channel::<Request>();
        let (tx, answers) = channel();
        let cell = Arc::new(OnceLock::new());
        let shared = cell.clone();
        std::thread::Builder::new()
            .name("chronique-search".into())
            .spawn(move || {
                let engine = shared.get_or_init(build).clone();
                serve(engine.as_ref(), &rx, &tx)
            })
            .expect("spawn the search thread");
        Worker { requests, answers, engine: cell }
    }

    /// The engine, when it is built.
    pub fn engine(&self) -> Option<&dyn SearchEngine> {
        self.engine.get().map(|e| e.as_ref())
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
    // The last complete answer: a query that extends it ("pout" → "pouti") only needs to
    // look at those quotes again.
    let mut last: Option<(String, Vec<QuoteIx>)> = None;
    loop {
        let req = match next.take() {
            Some(r) => r,
            None => match rx.recv() {
                Ok(r) => r,
                Err(_) => return,
            },
        };
        let Ok(req) = newest(rx, req) else { return };
        let within = last.as_ref().filter(|(q, _)| engine.narrows(q, &req.query)).map(|(_, r)| r.clone());
        let run = |limit: Option<usize>| match &within {
            Some(candidates) => engine.search_within(&req.query, candidates, limit),
            None => engine.search(&req.query, limit),
        };
        let events = engine.events(&req.query);
        let (quotes, complete) = run(Some(req.first.max(1)));
        if complete {
            last = Some((req.query.clone(), quotes.clone()));
        }
        let answer = Action::SearchDone { generation: req.generation, quotes, events: events.clone(), complete };
        if tx.send(answer).is_err() {
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
        let (quotes, _) = run(None);
        last = Some((req.query.clone(), quotes.clone()));
        if tx.send(Action::SearchDone { generation: req.generation, quotes, events, complete: true }).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::testkit::FakeEngine;
    use std::time::{Duration, Instant};

    fn collect(w: &Worker, until_complete_of: u64) -> Vec<Action> {
        let start = Instant::now();
        let mut got = vec![];
        while start.elapsed() < Duration::from_secs(5) {
            got.extend(w.answers());
            if got.iter().any(|a| matches!(a, Action::SearchDone { generation, complete: true, .. } if *generation == until_complete_of)) {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        got
    }

    #[test]
    fn answers_one_screen_then_the_complete_set() {
        let corpus = Arc::new(crate::testing::sample_corpus());
        let w = Worker::spawn(Arc::new(FakeEngine(corpus)));
        w.ask("russie".into(), 7, 1);
        let got = collect(&w, 7);
        assert_eq!(
            got,
            vec![
                Action::SearchDone { generation: 7, quotes: vec![2], events: vec![], complete: false },
                Action::SearchDone { generation: 7, quotes: vec![2, 3, 4], events: vec![], complete: true },
            ]
        );
    }

    #[test]
    fn a_worker_that_builds_its_engine_answers_queries_asked_before() {
        let corpus = Arc::new(crate::testing::sample_corpus());
        let w = Worker::spawn_building(corpus);
        w.ask("russie".into(), 1, 100);
        let got = collect(&w, 1);
        assert_eq!(
            got.last(),
            Some(&Action::SearchDone { generation: 1, quotes: vec![2, 3, 4], events: vec![], complete: true })
        );
        assert!(w.engine().is_some());
    }

    #[test]
    fn queued_older_queries_are_skipped() {
        let corpus = Arc::new(crate::testing::sample_corpus());
        let w = Worker::spawn(Arc::new(FakeEngine(corpus)));
        for (g, q) in ["r", "ru", "rus"].iter().enumerate() {
            w.ask(q.to_string(), g as u64, 100);
        }
        let got = collect(&w, 2);
        // The last query is always answered completely; earlier ones at most once each.
        assert!(
            got.contains(&Action::SearchDone { generation: 2, quotes: vec![2, 3, 4], events: vec![], complete: true }),
            "{got:?}"
        );
        assert!(got.len() <= 3, "{got:?}");
    }

    /// An engine that counts how it is asked, to see the narrowing happen.
    struct Counting(Box<dyn SearchEngine>, std::sync::Mutex<Vec<&'static str>>);

    impl SearchEngine for Counting {
        fn search(&self, q: &str, limit: Option<usize>) -> (Vec<QuoteIx>, bool) {
            self.1.lock().unwrap().push("search");
            self.0.search(q, limit)
        }
        fn events(&self, q: &str) -> Vec<crate::model::EventIx> {
            self.0.events(q)
        }
        fn highlight(&self, q: &str, quote: QuoteIx) -> crate::search::Highlight {
            self.0.highlight(q, quote)
        }
        fn search_within(&self, q: &str, c: &[QuoteIx], limit: Option<usize>) -> (Vec<QuoteIx>, bool) {
            self.1.lock().unwrap().push("within");
            self.0.search_within(q, c, limit)
        }
        fn narrows(&self, prev: &str, next: &str) -> bool {
            self.0.narrows(prev, next)
        }
    }

    #[test]
    fn a_growing_query_narrows_the_previous_answer() {
        let corpus = Arc::new(crate::testing::sample_corpus());
        let engine = Arc::new(Counting(crate::search::engine(corpus.clone()), Default::default()));
        let w = Worker::spawn(engine.clone());
        w.ask("guer".into(), 1, 100);
        collect(&w, 1);
        w.ask("guerre".into(), 2, 100);
        let got = collect(&w, 2);
        let fresh = crate::search::engine(corpus).search("guerre", None).0;
        assert_eq!(
            got.last(),
            Some(&Action::SearchDone { generation: 2, quotes: fresh, events: vec![], complete: true })
        );
        assert_eq!(
            *engine.1.lock().unwrap(),
            ["search", "within"],
            "the second query looked only at the first's matches"
        );
    }
}
