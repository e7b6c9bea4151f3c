//! A database's or clipping service's header line over a copied story: the paper, the date,
//! the section, the page and the length in one line of comma-parted fields (`Vestegnens
//! Dagblad, 21.09.2001, Sektion 1, Side 6 (Indland), 423 ord`, `Économie, jeudi 17 novembre
//! 2011, p. 9`). A field that is wholly a date beside one that gives a page or a length is the
//! issue's date: no sentence and no page furniture prints a page number next to a date. Page
//! and length words are the `page` and `length` rows of `assets/lexicon/record-fields.tsv`.

use super::Found;
use crate::extract::dates::{self, ParsedDate};
use crate::extract::text::record::is_page_or_length_word;

/// How far down (in lines with text) the header line may stand: it heads the copy.
const HEADER_LINES: usize = 20;
/// Most characters in a header line.
const MAX_CHARS: usize = 160;

/// The date of the first header line near the top.
pub(super) fn date(lines: &[String]) -> Option<ParsedDate> {
    lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(HEADER_LINES)
        .find_map(line_date)
}

/// A header line's date dates a story that printed no other.
pub(super) fn settle(date: Option<ParsedDate>, found: &mut Found) {
    if let Some(date) = date.filter(|_| found.published.is_none()) {
        found.published = Some(date);
        found.provenance.insert("published", "filing-line");
    }
}

fn line_date(line: &str) -> Option<ParsedDate> {
    if line.chars().count() > MAX_CHARS {
        return None;
    }
    let fields: Vec<&str> = line.split([',', ';']).map(str::trim).collect();
    if fields.len() < 3 || !fields.iter().any(|f| is_page_or_length(f)) {
        return None;
    }
    let mut dated = fields.iter().filter_map(|f| dates::parse_date(f));
    let date = dated.next()?;
    // Two dates are a period or a load date beside the issue's: not one issue's line.
    dated.next().is_none().then_some(date)
}

/// `Side 6 (Indland)`, `p. 9`, `Seite A3`, `423 ord`, `587 mots`: a page word before a page
/// number, or a number before a length word.
fn is_page_or_length(field: &str) -> bool {
    let words: Vec<String> = field
        .split_whitespace()
        .take_while(|w| !w.starts_with('('))
        .map(str::to_lowercase)
        .collect();
    let numbered = |w: &str| w.chars().any(|c| c.is_ascii_digit()) && w.chars().count() <= 5;
    let word =
        |w: &str| is_page_or_length_word(w) || is_page_or_length_word(w.trim_end_matches('.'));
    match words.as_slice() {
        [label, page] => (word(label) && numbered(page)) || (numbered(label) && word(page)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{date, is_page_or_length};
    use crate::extract::text::read_text;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn a_page_or_a_length_is_a_filing_field() {
        assert!(is_page_or_length("Side 6 (Indland)"));
        assert!(is_page_or_length("p. 9"));
        assert!(is_page_or_length("423 ord"));
        assert!(!is_page_or_length("Sektion 1"));
        assert!(!is_page_or_length("Économie"));
    }

    #[test]
    fn a_header_line_with_a_page_gives_the_issues_date() {
        let iso = |text: &str| date(&lines(text)).map(|d| d.iso);
        assert_eq!(
            iso("Nordby Avis, 21.09.2001, Sektion 1, Side 6 (Indland), 423 ord\n").as_deref(),
            Some("2001-09-21")
        );
        assert_eq!(
            iso("Économie, jeudi 17 novembre 2011, p. 9\n").as_deref(),
            Some("2011-11-17")
        );
        // A sentence with a date and no page is no header line.
        assert_eq!(iso("On 21.09.2001, the council met, and it voted.\n"), None);
    }

    #[test]
    fn an_undated_database_copy_is_dated_by_its_header_line() {
        let page = r#"Avisarkivet
Søg   Avanceret søgning   Mine søgeprofiler   Arkiv   Hjælp   Log ud
Adgang via: Nordby Bibliotek
Søgning: buschauffører AND mangel   Periode: 01-09-2001 – 30-09-2001   Kilder: Alle danske aviser
Viser artikel 2 af 9
Forrige | Næste | Tilbage til resultatliste
Udskriv   Send som e-mail   Gem i mappe   Download PDF

Nordby Dagblad, 21.09.2001, Sektion 1, Side 6 (Indland), 423 ord, Id: a7c2

Busselskab må aflyse 60 afgange om dagen – mangler chauffører

Passagerer i Glostrup, Albertslund og Brøndby må vente længere på bussen resten af året. Der er ikke folk nok til at køre.
Af Mette Hansen

Busselskabet Nordbus aflyser fra mandag omkring 60 daglige afgange på seks linjer på Vestegnen, fordi selskabet mangler 35 chauffører.
Det oplyser selskabet, der kører på kontrakt for trafikselskabet i hovedstadsområdet.
– Vi har annonceret i månedsvis, og vi har tilbudt både bonus og betalt kørekort. Men folk søger simpelthen ikke, siger driftschef Jens Holm.
Aflysningerne rammer især linjerne 123 og 142 i myldretiden om eftermiddagen, hvor der i dag kører en bus hvert tiende minut. Fremover bliver det hvert kvarter.
Ifølge Jens Holm skyldes manglen blandt andet, at mange chauffører er gået på efterløn, og at byggebranchen trækker i de samme folk med højere lønninger.
"#;
        let article = read_text(page);
        assert_eq!(article.published.as_deref(), Some("2001-09-21"));
    }
}
