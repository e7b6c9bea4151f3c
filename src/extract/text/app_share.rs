//! The publication an app names in a share footer or a download prompt: `Shared from the
//! Harbourline app`, `Artykuł udostępniony z aplikacji Kurier Rynkowy`, `Bu haber Sporarena
//! uygulamasından paylaşıldı`, `Κοινοποιήθηκε μέσω της εφαρμογής «Αθλητική Ηχώ»`. An app shares
//! under the publication's own name, so a copy made from an app names its publisher there when
//! nothing else does. The word for "app" is data (`assets/lexicon/app-words.txt`).

use crate::extract::lexicon;

/// Most words in an app's share footer.
const FOOTER_WORDS: usize = 24;

/// The publication named beside the word for "app" on the lowest line that has one.
pub(super) fn app_name(lines: &[String], title: &str) -> Option<String> {
    lines
        .iter()
        .rev()
        // A headline about an app (`… Suit Against Delivery App`) is no share footer.
        .filter(|l| l.trim() != title.trim())
        .filter(|l| l.chars().count() <= 300)
        // A footer is a line or two; a story's sentence about an app (`“Inspector” refers to an
        // API … debug your application`) names no publication.
        .filter(|l| l.split_whitespace().count() <= FOOTER_WORDS)
        .find_map(|l| name_in(l))
}

/// Store names and platforms that sit beside the word for "app" but name no publication.
fn is_store(name: &str) -> bool {
    let lower = name.to_lowercase();
    [
        "app store",
        "google play",
        "android",
        "ios",
        "iphone",
        "ipad",
        "huawei",
    ]
    .iter()
    .any(|s| lower.contains(s))
}

/// `信州日報デジタルアプリで見る`: in a script without spaces the name runs into the word for
/// "app"; the name is the text before it up to its last newspaper word (`日報`, `新聞`).
fn unspaced_name(line: &str) -> Option<String> {
    use super::line_shapes::is_unspaced_script;
    // Most lines are ASCII; this runs for every short line from the bottom up.
    if line.is_ascii() {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let (at, word) = words
        .iter()
        .copied()
        .enumerate()
        .find(|(_, w)| w.chars().count() <= 40 && w.chars().any(is_unspaced_script))?;
    let starts: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
    let app_at = starts.iter().copied().find(|&i| {
        starts
            .iter()
            .chain(std::iter::once(&word.len()))
            .filter(|&&j| j > i)
            .any(|&j| {
                let piece = &word[i..j];
                piece.chars().all(is_unspaced_script) && lexicon::is_app_word(piece)
            })
    });
    // `แชร์จากแอป ข่าวเหนือทีวี` ("shared from the app …"): the word for "app" ends the word, and
    // the name follows as a word of its own.
    let app_ends = app_at.is_some_and(|app_at| lexicon::is_app_word(&word[app_at..]));
    if let Some(next) = words
        .get(at + 1)
        .filter(|next| app_ends && next.chars().all(is_unspaced_script))
    {
        return Some((*next).to_string());
    }
    // `分享自寶島新聞 App`: the word for "app" may be a word of its own after the name.
    let before = match app_at {
        Some(app_at) => &word[..app_at],
        None if words.get(at + 1).is_some_and(|next| is_app_word(next)) => word,
        None => return None,
    };
    // After "shared from" the rest is the name (`寶島新聞`: `新聞` also names sections, so it
    // is no newspaper word to cut at).
    if let Some(name) = SHARED_FROM
        .iter()
        .find_map(|opener| before.strip_prefix(opener))
        .filter(|name| (2..=12).contains(&name.chars().count()))
    {
        return Some(name.to_string());
    }
    let ends: Vec<usize> = before
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    ends.iter().rev().find_map(|&end| {
        let name = &before[..end];
        let newspaper = name
            .char_indices()
            .rev()
            .take(3)
            .any(|(at, _)| lexicon::is_masthead_word(&name[at..]));
        (newspaper && name.chars().count() >= 3).then(|| name.to_string())
    })
}

static SHARED_FROM: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    lexicon::longest_first(include_str!("../../../assets/lexicon/shared-from.txt"))
});

fn name_in(line: &str) -> Option<String> {
    if let Some(name) = unspaced_name(line) {
        return Some(name);
    }
    // `Download The Economic Ledger App to get …`: a prompt's verb is no part of the name.
    if let Some(name) = super::promo_name::named_in_prompt(line) {
        return Some(name);
    }
    // `Delt fra Midtjysk Ugeavis-appen`: Nordic languages join the word for "app" to the name.
    let words: Vec<&str> = line
        .split_whitespace()
        .flat_map(|w| match w.rsplit_once('-') {
            Some((name, app)) if !name.is_empty() && is_app_word(app) => vec![name, app],
            _ => vec![w],
        })
        .collect();
    // `ứng dụng`: the word for "app" may be two words; `at` is its last.
    let at = (0..words.len()).find_map(|i| {
        if is_app_word(words[i]) {
            return Some(i);
        }
        let pair = words
            .get(i + 1)
            .map(|next| format!("{} {next}", words[i]))?;
        is_app_word(&pair).then_some(i + 1)
    })?;
    // The word for "app" in a store's name (`Apple’s App Store policies`) names no app.
    let store = words
        .get(at + 1)
        .is_some_and(|next| is_store(&format!("{} {next}", words[at])));
    if store {
        return None;
    }
    // A sentence's capitalised first word alone is no name (`The app crashed …`).
    let before = capitalised_run(words[..at].iter().rev().copied(), true)
        .filter(|run| at > 1 || run.contains(' '));
    let name = quoted(line)
        .or(before)
        // `app di Diario Awaseru`: a short preposition between the word and the name.
        .or_else(|| {
            let after: Vec<&str> = words[at + 1..]
                .iter()
                .copied()
                .skip_while(|w| is_short_lower(w))
                .collect();
            let run = capitalised_run(after.iter().copied().take(5), false)?;
            // The name ends the footer; a sentence going on past it (`Another App Dev,
            // seemingly unable to …`) names no publication.
            let rest = after.len() - run.split_whitespace().count();
            let ends_line = !after
                .get(run.split_whitespace().count().saturating_sub(1))
                .is_some_and(|w| w.ends_with([',', ':', ';']));
            (rest <= 2 && ends_line).then_some(run)
        })
        .or_else(|| uncased_before(&words[..at]))?;
    let name = name
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    (!name.is_empty() && name.chars().count() <= 60 && !is_store(&name)).then_some(name)
}

fn is_app_word(word: &str) -> bool {
    let lower = word
        .trim_matches(|c: char| !c.is_alphanumeric() && c != ':')
        .trim_end_matches(':')
        .to_lowercase();
    // `l'application`, `dell'app`: an elided article before the word.
    let lower = lower
        .rsplit_once(['\'', '’'])
        .map_or(lower.as_str(), |(_, word)| word);
    lexicon::is_app_word(lower)
}

/// `«Αθλητική Ηχώ»`, `“Metro Daily”`: a name the footer quotes.
fn quoted(line: &str) -> Option<String> {
    [('«', '»'), ('“', '”'), ('„', '“'), ('"', '"'), ('「', '」')]
        .iter()
        .find_map(|&(open, close)| {
            let start = line.find(open)? + open.len_utf8();
            let end = start + line[start..].find(close)?;
            let name = line[start..end].trim();
            (1..=6)
                .contains(&name.split_whitespace().count())
                .then(|| name.to_string())
        })
}

/// The capitalised words next to the word for "app" (before it, read backwards, when
/// `backwards`), at most four: `the Harbourline app`, `aplikacji Kurier Rynkowy`.
fn capitalised_run<'a>(words: impl Iterator<Item = &'a str>, backwards: bool) -> Option<String> {
    // A channel's number stands inside a name (`KDFX 8 News`, `Channel 4 News`), not at its ends.
    let mut run: Vec<&str> = words
        .take_while(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || (w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit()))
        })
        .take(5)
        .collect();
    if backwards {
        run.reverse();
    }
    let is_number = |w: &&str| w.chars().all(|c| c.is_ascii_digit());
    while run.first().is_some_and(is_number) {
        run.remove(0);
    }
    while run.last().is_some_and(is_number) {
        run.pop();
    }
    (!run.is_empty()).then(|| run.join(" "))
}

/// `di`, `of`, `de`: a preposition of three letters or fewer, in lower case.
fn is_short_lower(word: &str) -> bool {
    word.chars().count() <= 3 && word.chars().all(char::is_lowercase)
}

/// In a script without capitals (`यह लेख अर्थ दर्पण ऐप से …`), the two words before the word
/// for "app"; the one word opening the line (`한빛경제신문 앱에서 공유했습니다`).
fn uncased_before(words: &[&str]) -> Option<String> {
    let uncased = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase())
    };
    match words {
        [.., a, b] if uncased(a) && uncased(b) => Some(format!("{a} {b}")),
        [one] if uncased(one) && one.chars().count() >= 3 => Some((*one).to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(line: &str) -> Option<String> {
        app_name(&[line.to_string()], "")
    }

    #[test]
    fn a_name_run_into_the_word_for_app() {
        assert_eq!(
            name("信州日報デジタルアプリで見る"),
            Some("信州日報".into())
        );
        // No newspaper word before it: nothing to cut the name at.
        assert_eq!(name("公式アプリで見る"), None);
        assert_eq!(name("分享自寶島新聞 App"), Some("寶島新聞".into()));
    }

    #[test]
    fn share_lines_of_more_languages() {
        // The word for "app" with a case ending (Korean, Marathi, Estonian), the name after a
        // short preposition (Papiamentu), after the word in Thai.
        let cases = [
            ("한빛경제신문 앱에서 공유했습니다", "한빛경제신문"),
            ("लोकवार्ता अॅपवरून शेअर केले", "लोकवार्ता"),
            ("Jagatud rakendusest Põhjarannik", "Põhjarannik"),
            ("Mandá for di e app di Diario Awaseru", "Diario Awaseru"),
            ("แชร์จากแอป ข่าวเหนือทีวี", "ข่าวเหนือทีวี"),
        ];
        for (line, want) in cases {
            assert_eq!(name(line).as_deref(), Some(want), "{line}");
        }
    }

    #[test]
    fn the_word_for_app_joined_to_the_name() {
        assert_eq!(
            name("Delt fra Midtjysk Ugeavis-appen"),
            Some("Midtjysk Ugeavis".into())
        );
        assert_eq!(name("Hentet fra app-en i dag"), None);
    }

    #[test]
    fn a_sentence_about_an_app_or_a_store_names_no_publication() {
        assert_eq!(
            name("Another App Dev, seemingly unable to parse her words:"),
            None
        );
        assert_eq!(name("the context is Apple’s App Store policies"), None);
    }

    #[test]
    fn a_channels_number_stands_inside_its_apps_name() {
        assert_eq!(
            name("Shared from the KDFX 8 News app").as_deref(),
            Some("KDFX 8 News")
        );
    }

    #[test]
    fn the_app_a_story_was_shared_from_names_the_publication() {
        assert_eq!(
            name("Chia sẻ từ ứng dụng Tin Tức Thủ Đô"),
            Some("Tin Tức Thủ Đô".into())
        );
        for (line, want) in [
            (
                "Shared from the Harbourline app: https://harbourline.sg/a/88417",
                "Harbourline",
            ),
            (
                "Bu haber Sporarena uygulamasından paylaşıldı. Uygulamayı indirmek için tıklayın.",
                "Sporarena",
            ),
            (
                "Artykuł udostępniony z aplikacji Kurier Rynkowy",
                "Kurier Rynkowy",
            ),
            (
                "Κοινοποιήθηκε μέσω της εφαρμογής «Αθλητική Ηχώ» για Android",
                "Αθλητική Ηχώ",
            ),
            ("यह लेख अर्थ दर्पण ऐप से शेयर किया गया है।", "अर्थ दर्पण"),
            ("Partagé depuis l'application Télé Meuse", "Télé Meuse"),
        ] {
            assert_eq!(name(line).as_deref(), Some(want), "{line}");
        }
    }

    #[test]
    fn store_links_and_prompts_name_no_publication() {
        for line in [
            "Pobierz aplikację: App Store | Google Play",
            "Download our app on Google Play",
            "The app crashed twice during the council's live stream, residents said.",
            "“Inspector” refers to an API thanks to which you can debug your application. By \
             debugging we mean to be able to connect directly to the core of Node.js.",
        ] {
            assert_eq!(name(line), None, "{line}");
        }
    }
}
