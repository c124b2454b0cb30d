use super::*;
use crate::corpus::layout::paragraphs;
use chrono::NaiveDate;

fn seed_published(id: &str) -> Option<FuzzyDate> {
    let v: serde_json::Value = serde_json::from_str(include_str!("../../../assets/seeds.json")).unwrap();
    v["articles"][id]["published"].as_str().and_then(FuzzyDate::parse_iso)
}

fn run(text: &str, skip_first_line: bool, published: Option<FuzzyDate>) -> ArticleEvents {
    let start = if skip_first_line { text.find('\n').map_or(text.len(), |i| i + 1) } else { 0 };
    let paras = paragraphs(text, start..text.len());
    let g = Gazetteer::builtin();
    article_events(&EventInput { text, paragraphs: &paras, gazetteer: &g, published })
}

fn names(g: &Gazetteer, v: &[SpeakerRef]) -> Vec<String> {
    v.iter().map(|p| match p { SpeakerRef::Entry(i) => g.entries[*i].name.clone(), SpeakerRef::Name(n) => n.clone() }).collect()
}

fn d(s: &str) -> FuzzyDate {
    FuzzyDate::parse_iso(s).unwrap()
}

#[allow(dead_code)]
fn dump(id: &str, ev: &ArticleEvents) {
    let g = Gazetteer::builtin();
    let r = ev.reported.as_ref().unwrap();
    eprintln!("== {id}: {:?} | {} | {:?} | {:?}", r.date.map(|d| d.iso()), r.title, r.place, names(&g, &r.participants));
    for c in &ev.context {
        eprintln!("   ctx {} {:?} | {} | {:?} | {:?}", c.date.iso(), c.date.precision, c.title, c.place, names(&g, &c.participants));
    }
    eprintln!("   doubts {:?}", ev.doubts);
}

#[test]
fn dump_seeds() {
    for (id, t, skip) in [
        ("000_a5779f173ae89623", include_str!("../../../seeds/000_a5779f173ae89623.txt"), true),
        ("001_1ea0ca948f0b20f8", include_str!("../../../seeds/001_1ea0ca948f0b20f8.txt"), false),
        ("002_2ae29bfc66637c27", include_str!("../../../seeds/002_2ae29bfc66637c27.txt"), false),
        ("003_e7cadc77fcb512b1", include_str!("../../../seeds/003_e7cadc77fcb512b1.txt"), false),
        ("004_622de18bb6f3ec2b", include_str!("../../../seeds/004_622de18bb6f3ec2b.txt"), false),
    ] {
        dump(id, &run(t, skip, seed_published(id)));
    }
    let _ = (d("2023"), NaiveDate::from_ymd_opt(2023, 1, 1));
}
