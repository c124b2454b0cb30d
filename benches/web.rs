//! Web pages read as articles (`corpus::input::html::read`: decoding, html5ever within its
//! bounds, metadata, readability, the text walk), in MB/s of HTML: the six page fixtures, and a
//! large newspaper page (the Le Monde fixture with its article 1,200 times over, about 2 MB).

use chronique::corpus::input::html;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn fixtures() -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/web");
    let mut pages: Vec<_> =
        std::fs::read_dir(dir).unwrap().map(|e| std::fs::read(e.unwrap().path()).unwrap()).collect();
    pages.sort();
    pages
}

/// The newspaper fixture with its article body repeated until the page is about `bytes` long.
fn large_page(bytes: usize) -> Vec<u8> {
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/web/lemonde_zelensky.html"),
    )
    .unwrap();
    let start = page.find("<article class=\"article__content\">").unwrap();
    let end = start + page[start..].find("</article>").unwrap();
    let body = &page[start + "<article class=\"article__content\">".len()..end];
    let times = bytes / body.len() + 1;
    format!("{}{}{}", &page[..start + 34], body.repeat(times), &page[end..]).into_bytes()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("web_page");
    let pages = fixtures();
    group.throughput(Throughput::Bytes(pages.iter().map(Vec::len).sum::<usize>() as u64));
    group.bench_function("six_fixtures", |b| {
        b.iter(|| {
            for p in &pages {
                black_box(html::read(p).unwrap());
            }
        })
    });
    let large = large_page(2 << 20);
    group.throughput(Throughput::Bytes(large.len() as u64));
    group.sample_size(10);
    group.bench_function("newspaper_2mb", |b| b.iter(|| black_box(html::read(&large).unwrap())));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
