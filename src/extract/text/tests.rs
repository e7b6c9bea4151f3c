use super::*;

#[test]
fn dump() {
    for f in ["byline-first-harbour-bridge.txt","iso-dates-wind-farm.txt","single-newline-village-library.txt","polish-powodz.txt","no-metadata-beekeeping.txt","hard-wrapped-crlf-cycle-lanes.txt","german-getty-caption.txt"] {
        let t = std::fs::read_to_string(format!("tests/fixtures/text/{f}")).unwrap();
        let a = read_text(&t);
        eprintln!("=== {f}\n{:?}\n{:?} {:?} {:?} {:?} {:?}\nsrc {:?} pub {:?}\nimg {:?}\nLEAD {:?}\nBODY {:?}\nRIGHTS {:?} lang {:?}", a.title, a.category, a.authors, a.published, a.published_text, a.modified, a.sources, a.publisher, a.images, a.lead, a.body, a.rights, a.language);
    }
}
