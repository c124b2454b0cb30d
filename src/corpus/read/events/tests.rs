use super::*;
use crate::corpus::read::layout::Paragraph;
use crate::corpus::read::page::{self, Page};

const FR: &French = &French;
use crate::corpus::read::knowledge::french::French;

fn seed_published(id: &str) -> Option<FuzzyDate> {
    let v: serde_json::Value =
        serde_json::from_str(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/seeds.json"))).unwrap();
    v["articles"][id]["published"].as_str().and_then(FuzzyDate::parse_iso)
}

/// What the events stage found, with the publication read before it.
struct Run {
    ev: ArticleEvents,
    when: Publication,
}

impl std::ops::Deref for Run {
    type Target = ArticleEvents;
    fn deref(&self) -> &ArticleEvents {
        &self.ev
    }
}

fn events(page: &Page, g: &Gazetteer, published: Option<FuzzyDate>) -> Run {
    let body = page.paragraphs.first().map_or(0, |p| p.span.start)..page.text.len();
    let when = crate::corpus::read::dates::publication(FR, page.text, &page.paragraphs, body, published);
    let k = Knowledge::new(g);
    let found = crate::corpus::read::mentions::scan_page(page, &k);
    Run { ev: article_events(page, &k, &found, &when, None), when }
}

fn run(text: &str, skip_first_line: bool, published: Option<FuzzyDate>) -> Run {
    let start = if skip_first_line { text.find('\n').map_or(text.len(), |i| i + 1) } else { 0 };
    let g = Gazetteer::builtin();
    events(&Page::new(FR, text, start..text.len()), &g, published)
}

fn names(v: &[SpeakerRef]) -> Vec<String> {
    let g = Gazetteer::builtin();
    v.iter()
        .map(|p| match p {
            SpeakerRef::Entry(i) => g.entries[*i].name.clone(),
            SpeakerRef::Name(n) | SpeakerRef::Collective(n, _) => n.clone(),
        })
        .collect()
}

fn d(s: &str) -> FuzzyDate {
    FuzzyDate::parse_iso(s).unwrap()
}

fn seed(id: &str, text: &str, skip: bool) -> Run {
    run(text, skip, seed_published(id))
}

fn has_context(ev: &ArticleEvents, date: &str, title_part: &str) -> bool {
    ev.context.iter().any(|c| c.date.iso() == date && c.title.contains(title_part))
}

fn no_bystanders(ev: &ArticleEvents) {
    let p = names(&ev.reported.as_ref().unwrap().participants);
    for bystander in ["Joe Biden", "Wang Yi", "Lai Ching-te", "Ilhan Omar", "Nancy Pelosi", "Dong Jun"] {
        assert!(!p.iter().any(|n| n == bystander), "{bystander} in {p:?}");
    }
}

#[test]
fn seed_000_zhang_near_moscow() {
    let ev = seed(
        "000_a5779f173ae89623",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/000_a5779f173ae89623.txt")),
        true,
    );
    let r = ev.reported.as_ref().unwrap();
    assert_eq!(r.date, Some(d("2023-11-08")));
    assert_eq!(names(&r.participants), ["Vladimir Poutine", "Zhang Youxia", "Sergueï Choïgou"]);
    assert_eq!(r.place.as_deref(), Some("Novo-Ogaryovo"));
    assert_eq!(r.title, "Rencontre Poutine – Zhang Youxia à Novo-Ogaryovo");
    assert!(has_context(&ev, "2022-02", "Partenariat « sans limites »"), "{:?}", ev.context);
    assert_eq!(ev.when.dateline.as_ref().and_then(|d| d.outlet.as_deref()), Some("Reuters"));
    no_bystanders(&ev);
}

#[test]
fn seed_001_li_shangfu_at_the_kremlin() {
    let ev = seed(
        "001_1ea0ca948f0b20f8",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/001_1ea0ca948f0b20f8.txt")),
        false,
    );
    let r = ev.reported.as_ref().unwrap();
    assert_eq!(r.date, Some(d("2023-04-16")));
    assert_eq!(names(&r.participants), ["Vladimir Poutine", "Li Shangfu", "Sergueï Choïgou"]);
    assert_eq!(r.place.as_deref(), Some("Kremlin"));
    assert_eq!(r.title, "Rencontre Poutine – Li Shangfu au Kremlin");
    // Xi's visit "le mois dernier", the press point "le 30 avril", the war since February 2022.
    assert!(has_context(&ev, "2023-03", "Xi Jinping"), "{:?}", ev.context);
    assert!(has_context(&ev, "2023-04-30", "Point de presse"));
    assert!(has_context(&ev, "2022-02", "Guerre en Ukraine"));
    // The announcement of the same visit "la semaine dernière" is not another event.
    assert!(!ev.context.iter().any(|c| c.title.starts_with("Visite")), "{:?}", ev.context);
    no_bystanders(&ev);
}

#[test]
fn seed_002_zhang_received_in_moscow() {
    let ev = seed(
        "002_2ae29bfc66637c27",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/002_2ae29bfc66637c27.txt")),
        false,
    );
    let r = ev.reported.as_ref().unwrap();
    assert_eq!(r.date, Some(d("2023-11-08")));
    assert_eq!(names(&r.participants), ["Vladimir Poutine", "Zhang Youxia", "Sergueï Choïgou"]);
    assert_eq!(r.place.as_deref(), Some("Moscou"));
    assert!(has_context(&ev, "2022-02", "Invasion"));
    assert!(has_context(&ev, "2023-06", "Rapport"));
    no_bystanders(&ev);
}

#[test]
fn seed_003_video_call() {
    let ev = seed(
        "003_e7cadc77fcb512b1",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/003_e7cadc77fcb512b1.txt")),
        false,
    );
    let r = ev.reported.as_ref().unwrap();
    assert_eq!(r.date, Some(d("2022-12-30")));
    assert_eq!(names(&r.participants), ["Vladimir Poutine", "Xi Jinping"]);
    assert_eq!(r.place, None);
    assert_eq!(r.title, "Visioconférence Poutine – Xi Jinping");
    let spring = ev.context.iter().find(|c| c.title.starts_with("Visite d")).unwrap();
    assert_eq!(spring.date, FuzzyDate::season(2023, crate::model::Season::Spring).unwrap());
    assert!(has_context(&ev, "2022-09", "Samarkand"));
    assert!(has_context(&ev, "2022-02", "Opération militaire spéciale"));
    // "en 2024" (a trade target) and "l'année prochaine" name no event.
    assert!(!ev.context.iter().any(|c| c.date.precision == crate::model::Precision::Year), "{:?}", ev.context);
}

#[test]
fn seed_004_belousov_in_beijing() {
    let ev = seed(
        "004_622de18bb6f3ec2b",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/004_622de18bb6f3ec2b.txt")),
        false,
    );
    let r = ev.reported.as_ref().unwrap();
    assert_eq!(r.date, Some(d("2024-10-15")));
    assert_eq!(names(&r.participants), ["Andreï Belooussov", "Zhang Youxia"]);
    assert_eq!(r.place.as_deref(), Some("Pékin"));
    // The standfirst names no meeting, the sentence that dates it does.
    assert_eq!(r.title, "Rencontre Belooussov – Zhang Youxia à Pékin");
    let dong = ev.context.iter().find(|c| c.date == d("2024-10-14")).expect("meeting with Dong Jun the day before");
    assert_eq!(names(&dong.participants), ["Andreï Belooussov", "Dong Jun"]);
    let kazan = ev.context.iter().find(|c| c.title.contains("BRICS")).unwrap();
    assert_eq!(kazan.date.start.to_string(), "2024-10-21");
    assert_eq!(kazan.date.precision, crate::model::Precision::Week);
    assert_eq!(kazan.place.as_deref(), Some("Kazan"));
    assert!(has_context(&ev, "2024-05", "Nomination"));
    no_bystanders(&ev);
}

#[test]
fn fixture_elysee_meeting() {
    let text = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/events/sommet_paris.txt"));
    // No publication date given: the dateline has no year, so nothing resolves the weekday.
    let ev = run(text, false, None);
    assert_eq!(ev.reported.as_ref().unwrap().date, None);
    assert!(!ev.doubts.is_empty());
    assert_eq!(ev.when.dateline.as_ref().unwrap().outlet.as_deref(), Some("AFP"));
    let ev = run(text, false, Some(d("2024-03-14")));
    let r = ev.reported.as_ref().unwrap();
    assert_eq!(r.date, Some(d("2024-03-14")), "jeudi = the publication Thursday");
    assert_eq!(names(&r.participants), ["Emmanuel Macron", "Volodymyr Zelensky"]);
    assert_eq!(r.place.as_deref(), Some("Élysée"));
    assert_eq!(r.title, "Rencontre Macron – Zelensky à l'Élysée");
    assert!(has_context(&ev, "2024-02", "Ukraine"), "{:?}", ev.context);
    // "qui se tiendra en juillet": future, so July 2024, not 2023.
    assert!(ev.context.iter().all(|c| c.date.iso() != "2023-07"), "{:?}", ev.context);
    assert!(!names(&r.participants).contains(&"Joe Biden".to_string()));
}

#[test]
fn fixture_without_any_date() {
    let text = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/events/sans_date.txt"));
    let ev = run(text, false, None);
    let r = ev.reported.as_ref().unwrap();
    assert_eq!(r.date, None);
    assert!(ev.doubts.iter().any(|x| x.kind == DoubtKind::NoEventDate));
    assert_eq!(names(&r.participants), ["Wang Yi", "Sergueï Lavrov"]);
    assert!(ev.context.is_empty());
}

#[test]
fn publication_from_text() {
    let text = "Publié le 16/04/2023\nLe président a reçu dimanche son homologue.\n";
    let ev = run(text, false, None);
    assert_eq!(ev.when.published, Some(d("2023-04-16")));
    assert_eq!(ev.reported.clone().unwrap().date, Some(d("2023-04-16")));
    let text = "PÉKIN, 15 octobre 2024 (Xinhua) — Le ministre a rencontré mardi son homologue.\n";
    let ev = run(text, false, None);
    assert_eq!(ev.when.published, Some(d("2024-10-15")));
}

#[test]
fn snippets_of_rules() {
    let pubd = Some(d("2023-11-08"));
    // A genitive complement is not a participant; the received general is.
    let ev =
        run("Poutine a reçu mercredi le général Zhang Youxia, proche allié du président Xi Jinping.\n", false, pubd);
    assert_eq!(names(&ev.reported.clone().unwrap().participants), ["Vladimir Poutine", "Zhang Youxia"]);
    // No meeting, no day in the text: a statement told in the past is dated at the month of
    // publication, not its day, with a doubt saying the day is unknown.
    let ev = run("Poutine a déclaré que tout allait bien.\n", false, pubd);
    let r = ev.reported.clone().unwrap();
    assert_eq!(r.date, Some(d("2023-11")));
    // Without a headline, the lead's opening words say what happened (not a bare label).
    assert_eq!(r.title, "Poutine a déclaré que tout allait bien");
    assert!(ev.doubts.iter().any(|x| x.kind == DoubtKind::EventDayUnknown), "{:?}", ev.doubts);
    // Under a dateline too: the dateline says when it was written, not which day it happened.
    let ev = run("2 mai 2017. –\nJimmy Wales a dévoilé un nouveau projet.\n", false, None);
    assert_eq!(ev.reported.clone().unwrap().date, Some(d("2017-05")));
    assert!(ev.doubts.iter().any(|x| x.kind == DoubtKind::EventDayUnknown), "{:?}", ev.doubts);
    // So when the article speaks of the whole week, or the lead of several days.
    let week =
        "19 mars 2017. –\nL'avocat a reconnu avoir payé.\n\nLa rumeur circulait depuis le début de cette semaine.\n";
    assert_eq!(run(week, false, None).reported.clone().unwrap().date, Some(d("2017-03")));
    let days = "27 janvier 2017. –\nLe président a signé une douzaine de décrets dès sa première semaine.\n";
    assert_eq!(run(days, false, None).reported.clone().unwrap().date, Some(d("2017-01")));
    // Days in a clause of before or after are not the happening's.
    let after = "1er juin 2017. –\nLe président a annoncé jeudi le retrait après des semaines de sursis.\n";
    assert_eq!(run(after, false, None).reported.clone().unwrap().date, Some(d("2017-06-01")));
    // A date joined to a pluperfect one by "et" is as far in the past: not the happening's.
    let both = "26 mai 2016. –\nLa parution avait, par ailleurs, déjà été bloquée le 31 mars et le 28 avril.\n";
    assert_eq!(run(both, false, None).reported.clone().unwrap().date, Some(d("2016-05-26")));
    // Told in the present, it is the day of publication, with a doubt saying so.
    let ev = run("Poutine estime que tout va bien.\n", false, pubd);
    assert_eq!(ev.reported.clone().unwrap().date, pubd);
    assert!(ev.doubts.iter().any(|x| x.kind == DoubtKind::EventDatedByPublication), "{:?}", ev.doubts);
    // An unknown town after "à".
    let ev = run("Le président russe Vladimir Poutine a rencontré mardi Xi Jinping à Zlatograd.\n", false, pubd);
    let r = ev.reported.clone().unwrap();
    assert_eq!(r.place.as_deref(), Some("Zlatograd"));
    assert_eq!(r.date, Some(d("2023-11-07")));
}

#[test]
fn never_panics_and_stays_bounded() {
    let g = Gazetteer::builtin();
    let long = "Poutine a rencontré Xi mardi. ".repeat(5000);
    for text in ["", "\u{0}", "é", "« » “ ”", "mercredi", long.as_str(), "1/4/2023-- – — (( ))"] {
        let _ = events(&Page::new(FR, text, 0..text.len()), &g, Some(d("2023-11")));
        // Paragraph spans off char boundaries or out of range are ignored.
        let bad =
            vec![Paragraph { span: 1..2, furniture: None }, Paragraph { span: 0..text.len() + 10, furniture: None }];
        let _ = events(&page::with_paragraphs(text, bad), &g, None);
    }
}

#[test]
fn builtin_places_parse_and_say_at() {
    let p = crate::corpus::read::knowledge::places::Places::builtin();
    let k = p.lookup("le Kremlin").unwrap();
    assert_eq!(p.places[k].at_phrase(), "au Kremlin");
    assert_eq!(p.lookup("Beijing"), p.lookup("Pékin"));
    assert_eq!(p.lookup("Kyiv"), p.lookup("Kiev"));
    assert_eq!(p.places[p.lookup("Moscow").unwrap()].at_phrase(), "à Moscou");
}

#[test]
fn one_endless_sentence_still_gives_its_meeting() {
    // Names, titles, dates, meeting cues and quotes in one sentence that never ends (the
    // rules that look at a date's neighbours must not rescan the sentence for each date:
    // benches/extract.rs measures it with CHRONIQUE_BENCH_HOSTILE).
    let g = Gazetteer::builtin();
    let unit = "le président Xi Jinping a rencontré le ministre russe de la Défense à Pékin en février 2022, \
                « la coopération se développe », a dit Zhang, selon lui mercredi prochain, ";
    let text = unit.repeat(400);
    let page = Page::new(FR, &text, 0..text.len());
    let ev = events(&page, &g, Some(d("2023-11-08")));
    let reported = ev.reported.as_ref().expect("the meeting is found");
    assert!(reported.date.is_some(), "{reported:?}");
}

#[test]
fn a_day_with_its_year_dates_the_meeting_without_publication_date() {
    let t = "Le ministre letton Janis Berzins a estimé jeudi 4 avril 2024 que le plan était prêt.\nIl s'exprimait à son arrivée à la réunion des ministres.\n";
    let ev = run(t, false, None);
    assert_eq!(ev.reported.clone().unwrap().date, Some(d("2024-04-04")));
}

#[test]
fn a_meeting_weeks_before_publication_does_not_beat_the_day_of_the_press_conference() {
    let t = "Le président a appelé mardi au calme lors d'une conférence de presse avec son homologue.\nLes deux dirigeants s'étaient déjà rencontrés à Berlin le 15 février dernier.\n";
    let ev = run(t, false, Some(d("2024-03-12")));
    assert_eq!(ev.reported.as_ref().unwrap().date, Some(d("2024-03-12")));
    assert!(ev.context.iter().any(|c| c.date == d("2024-02-15")), "{:?}", ev.context);
}

#[test]
fn an_earlier_gathering_by_verb_is_context() {
    let t = "La présidente a été reçue mardi 17 septembre au ministère.\nLes éleveurs s'étaient déjà réunis le 2 septembre à Mont-de-Marsan.\n";
    let ev = run(t, false, Some(d("2024-09-18")));
    assert_eq!(ev.reported.as_ref().unwrap().date, Some(d("2024-09-17")));
    let c = ev.context.iter().find(|c| c.date == d("2024-09-02")).unwrap();
    assert!(c.title.starts_with("Réunion"), "{c:?}");
    // A town the places list does not hold keeps its hyphenated particles.
    assert_eq!(c.place.as_deref(), Some("Mont-de-Marsan"));
}

/// The reported event's date for an article of `text` published (dated) `on`.
fn event_date(text: &str, on: &str) -> Option<FuzzyDate> {
    run(text, false, Some(d(on))).reported.as_ref().unwrap().date
}

#[test]
fn future_and_planned_dates_are_not_the_happening() {
    // A future tense before the date, and a date after the day of writing.
    let t = "Le maire de Villebrune a été réélu dimanche. Il sera installé le 2 avril.\n";
    assert_eq!(event_date(t, "2024-03-25"), Some(d("2024-03-24")));
    let t = "Le maire de Villebrune a été réélu. Il sera installé le 2 avril.\n";
    assert_ne!(event_date(t, "2024-03-25"), Some(d("2024-04-02")));
    let t = "La nouvelle loi sur les loyers entrera en vigueur le 20 janvier.\n";
    assert_ne!(event_date(t, "2024-01-10"), Some(d("2024-01-20")));
    // No verb says so, but the day has not come yet when the article is written.
    let t = "Le tarif du ticket passe à deux euros le 1er juillet, a annoncé la régie.\n";
    assert_ne!(event_date(t, "2024-06-12"), Some(d("2024-07-01")));
    // A conditional is not a happening told as a fact either.
    let t = "Le texte pourrait être voté le 3 juin, selon le rapporteur.\n";
    assert_ne!(event_date(t, "2024-06-05"), Some(d("2024-06-03")));
}

#[test]
fn dates_of_another_time_frame_are_background() {
    // "depuis", "après" + an earlier happening; a day long before the dateline.
    let t = "Depuis l'élection du 4 novembre, le conseil municipal a tenu trois séances.\n";
    assert_ne!(event_date(t, "2024-11-20"), Some(d("2024-11-04")));
    let t = "Après la finale perdue du 12 mai, le club a limogé son entraîneur.\n";
    assert_ne!(event_date(t, "2024-05-15"), Some(d("2024-05-12")));
    let t = "Le musée des Tisserands a rouvert ses portes. Il a été fondé le 4 mai 1920 par un industriel.\n";
    assert_eq!(event_date(t, "2024-05-15").map(|x| chrono::Datelike::year(&x.start)), Some(2024));
    // A day a quotation names is the speaker's, not the article's.
    let t = "Le maire a confirmé la fermeture de l'usine : « Nous l'avons appris le 2 mars », a-t-il déclaré.\n";
    assert_ne!(event_date(t, "2024-03-20"), Some(d("2024-03-02")));
}

#[test]
fn the_start_of_a_state_dates_it_only_when_nothing_else_does() {
    // The state is the news: the day it began dates it.
    let t = "Un randonneur de 52 ans n'a plus donné de nouvelles depuis le 3 août dans le massif.\n";
    assert_eq!(event_date(t, "2024-08-09"), Some(d("2024-08-03")));
    // A clause that sets the scene ("alors que … depuis …"): the demand is today's news.
    let t = "Alors que la route est coupée depuis le 3 août, le préfet exige des travaux rapides.\n";
    assert_eq!(event_date(t, "2024-08-09"), Some(d("2024-08-09")));
    // "dès" opens a series: the round-up of the week is the news, not its first day.
    let t = "Le gouvernement a déjà pris une dizaine de mesures depuis son installation.\n\nDès lundi 5 février, il a gelé les prix de l'énergie.\n";
    assert_eq!(event_date(t, "2024-02-09"), Some(d("2024-02")));
}

#[test]
fn a_meeting_verb_alone_does_not_date_a_story_that_is_no_meeting() {
    let t = "Le gouvernement a présenté un plan pour le logement.\n\nLes élus ont débattu longuement.\n\nDes villes qui accueillent des réfugiés ont protesté mardi.\n";
    assert_eq!(event_date(t, "2024-02-09"), Some(d("2024-02")));
    // A meeting noun does.
    let t = "Le gouvernement a présenté un plan pour le logement.\n\nLes élus ont débattu longuement.\n\nLors d'une réunion mardi, les maires ont obtenu des garanties.\n";
    assert_eq!(event_date(t, "2024-02-09"), Some(d("2024-02-06")));
    // A meeting still to come does not date the one reported.
    let t =
        "Le ministre a rencontré son homologue allemand.\n\nUne nouvelle rencontre aura lieu à Berlin le 31 janvier.\n";
    assert_ne!(event_date(t, "2024-01-27"), Some(d("2024-01-31")));
}

#[test]
fn a_standfirst_before_the_dateline_dates_the_happening() {
    // 13 March 2024 is a Wednesday: "mardi" in the standfirst is the day before the dateline.
    let t = "Titre de l'article sur un naufrage\n\nTrois navires ont été coulés au large de la côte, a affirmé la marine mardi.\n\n13 mars 2024. – Les navires transportaient des céréales.\n";
    let ev = run(t, true, Some(d("2024-03-13")));
    assert!(ev.when.dateline.is_some());
    assert_eq!(ev.reported.as_ref().unwrap().date, Some(d("2024-03-12")), "{:?}", ev.doubts);
    // A caption or a notice there is no standfirst.
    let t = "Titre de l'article sur un naufrage\n\nLe port de Villebrune, photographié le 2 mars.\n\n13 mars 2024. – Les navires transportaient des céréales.\n";
    assert_ne!(run(t, true, Some(d("2024-03-13"))).reported.as_ref().unwrap().date, Some(d("2024-03-02")));
}

#[test]
fn a_death_told_without_its_day_takes_it_from_the_life_span_or_the_verb() {
    let t = "La chanteuse Odile Marchal est décédée à l'âge de 91 ans.\n\nElle est née à Brest le 3 mai 1932.\n\nSon label a salué « une voix unique (3 mai 1932 - 18 février 2024) ».\n";
    assert_eq!(event_date(t, "2024-02-22"), Some(d("2024-02-18")));
    let t = "Le sculpteur Paul Verdier est décédé à l'âge de 80 ans.\n\nSon atelier a fermé.\n\nIl est mort samedi dans sa maison de Nevers.\n";
    // 2024-02-22 is a Thursday: "samedi" is the 17th.
    assert_eq!(event_date(t, "2024-02-22"), Some(d("2024-02-17")));
    // Not a death story: a life span in it dates nothing.
    let t = "Le musée a rouvert ses portes.\n\nLes visiteurs sont nombreux.\n\nIl montre l'œuvre de Jean Lenoir (3 mai 1932 - 18 février 2024).\n";
    assert_ne!(event_date(t, "2024-02-22"), Some(d("2024-02-18")));
}

#[test]
fn words_said_on_another_day_are_an_event_of_their_own() {
    let t = "Le ministre Jean Dupré a rencontré mardi son homologue belge à Lille.\n\nLe 27 février, Jean Dupré avait affirmé que « la frontière restera ouverte ».\n\nLa Maison Blanche a annoncé le 4 mars son soutien.\n\nLe préfet des Ardennes a déclaré le 5 mars que tout allait bien.\n";
    let ev = run(t, false, Some(d("2024-03-13")));
    assert_eq!(ev.reported.as_ref().unwrap().date, Some(d("2024-03-12")));
    let said = ev.context.iter().find(|c| c.date == d("2024-02-27")).expect("the earlier statement");
    assert!(said.statement);
    assert_eq!(said.title, "Déclaration de Jean Dupré");
    assert_eq!(names(&said.participants), ["Jean Dupré"]);
    // A named body opening the clause says it; a complement ("des Ardennes") does not.
    assert!(has_context(&ev, "2024-03-04", "Annonce de Maison Blanche"), "{:?}", ev.context);
    assert!(!ev.context.iter().any(|c| c.title.contains("Ardennes")), "{:?}", ev.context);
    // The reported event's own day is no other statement.
    assert!(ev.context.iter().all(|c| c.date != d("2024-03-12")));
}

#[test]
fn a_day_joined_to_a_connector_is_a_date_not_a_clause() {
    // "avant-hier" dates the happening; "avant" alone would open another time frame.
    let t = "Une tempête a frappé la côte bretonne avant-hier, privant d'électricité 4 000 foyers.\n";
    assert_eq!(event_date(t, "2024-02-07"), Some(d("2024-02-05")));
}

#[test]
fn the_nearest_verb_group_governs_a_date() {
    // The future names the plan; the compound past in the incise dates the announcement.
    let t = "Le tramway desservira la gare dès jeudi, a annoncé hier la mairie de Tours.\n";
    assert_eq!(event_date(t, "2024-05-14"), Some(d("2024-05-13")));
    // A future nearer the date than the compound past still makes it a plan.
    let t = "La mairie a indiqué que le tramway desservira la gare le 2 juin.\n";
    assert_ne!(event_date(t, "2024-05-14"), Some(d("2024-06-02")));
    // A future inside a parenthesis governs nothing outside it.
    let t = "Le candidat, en campagne pour la primaire (qui se tiendra dimanche), vient d'être giflé ce mardi 17 \
             janvier à Lamballe.\n";
    assert_eq!(event_date(t, "2017-01-20"), Some(d("2017-01-17")));
    // Nor a verb in a relative clause after it.
    let t = "Le candidat vient d'être giflé ce mardi 17 janvier à Lamballe, où il était en déplacement.\n";
    assert_eq!(event_date(t, "2017-01-20"), Some(d("2017-01-17")));
    // A noun spelled like a verb of intent is no future ("son compte", "il compte").
    let t = "Le président a annoncé hier sur son compte Twitter sa volonté de renforcer l'armée.\n";
    assert_eq!(event_date(t, "2024-05-14"), Some(d("2024-05-13")));
    let t = "Le président compte annoncer vendredi sa volonté de renforcer l'armée.\n";
    assert_ne!(event_date(t, "2024-05-14"), Some(d("2024-05-17")));
}

#[test]
fn a_day_of_a_thing_in_a_later_clause_is_not_the_happening() {
    // The day of the attack a relative clause names, not of the strike the sentence tells.
    let t = "L'armée a bombardé un dépôt qu'elle tient pour responsable de l'attaque de mardi.\n";
    assert_eq!(event_date(t, "2024-04-07"), Some(d("2024-04")));
    let t = "Le maire a inauguré une stèle qui rappelle l'incendie du 3 avril.\n";
    assert_eq!(event_date(t, "2024-04-07"), Some(d("2024-04")));
    // Before the verb the thing is the happening; with no clause, it is what the verb acts on.
    let t = "La réunion de lundi a permis de relancer les négociations.\n";
    assert_eq!(event_date(t, "2024-04-10"), Some(d("2024-04-08")));
    let t = "Les ministres ont participé à la réunion de lundi.\n";
    assert_eq!(event_date(t, "2024-04-10"), Some(d("2024-04-08")));
    // "au lendemain de" dates by the thing's day.
    let t = "La police a arrêté un homme qui a été interpellé au lendemain de l'attaque de mercredi.\n";
    assert_eq!(event_date(t, "2024-04-12"), Some(d("2024-04-11")));
}

#[test]
fn a_dated_time_frame_ends_at_its_comma() {
    let t = "La navigatrice, qui fait le tour du monde depuis le 2 novembre, a franchi hier le cap Horn.\n";
    assert_eq!(event_date(t, "2024-01-10"), Some(d("2024-01-09")));
    let t = "Deux semaines après l'incendie du 3 mai, le maire a inauguré ce matin le nouveau marché.\n";
    assert_eq!(event_date(t, "2024-05-17"), Some(d("2024-05-17")));
}

#[test]
fn a_lead_without_its_day_takes_it_from_the_rest_of_the_next_paragraph() {
    let t = "Le conseil municipal a approuvé le projet de piscine.\n\nLe 8 janvier, le maire avait présenté les plans. Lundi, les élus l'ont voté à une large majorité.\n";
    assert_eq!(event_date(t, "2024-01-17"), Some(d("2024-01-15")));
    // A lead that tells no past happening keeps the day of writing.
    let t = "La piscine municipale reste fermée.\n\nLe 8 janvier, le maire avait présenté les plans. Lundi, les élus ont voté un budget.\n";
    assert_ne!(event_date(t, "2024-01-17"), Some(d("2024-01-15")));
}

#[test]
fn a_present_participle_ends_a_context_title() {
    let t = "Le ministre Jean Dupré a rencontré mardi son homologue belge à Lille.\n\nLe 4 mars, une association a publié un rapport rappelant les dangers de la route.\n";
    let ev = run(t, false, Some(d("2024-03-13")));
    let c = ev.context.iter().find(|c| c.date == d("2024-03-04")).expect("the report");
    assert!(c.title.starts_with("Rapport") && !c.title.contains("rappelant"), "{c:?}");
}

#[test]
fn a_context_title_keeps_a_noun_in_e_after_its_article() {
    let t = "28 mars 2018. –\nUn hommage national a été rendu ce mercredi au lieutenant-colonel Arnaud Beltrame, tué vendredi dernier lors de l'attaque d'un supermarché à Trèbes.\n";
    let ev = run(t, false, None);
    assert!(has_context(&ev, "2018-03-23", "Attaque d'un supermarché"), "{:?}", ev.context);
}

#[test]
fn a_clause_of_time_with_no_date_ends_at_its_comma() {
    let t = "Gabon\n\n1er septembre 2016. – Après la réélection du président, des violences ont eu lieu dans la nuit \
             du mercredi 31 août et du jeudi 1er septembre. La police a arrêté mille personnes.\n";
    let r = run(t, true, Some(d("2016-09-01")));
    assert_eq!(r.ev.reported.as_ref().unwrap().date, Some(d("2016-08-31")));
}

#[test]
fn a_meeting_dated_weeks_before_and_past_the_lead_is_an_earlier_one() {
    let t =
        "Entretiens\n\nLe ministre chinois de la Défense a déclaré lors de ses entretiens avec son homologue russe à \
             Astana que leur coopération était importante.\n\nLe ministre a évoqué les questions les plus \
             fondamentales.\n\nIl s’agit de leur première rencontre depuis sa nomination.\n\nLe 31 mars, leurs \
             entretiens se sont déroulés par vidéoconférence.\n";
    let r = run(t, true, Some(d("2024-04-26")));
    assert_ne!(r.ev.reported.as_ref().unwrap().date, Some(d("2024-03-31")));
}
