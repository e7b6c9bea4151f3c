//! A post copied out of Telegram Desktop, which heads each copied message with its channel and
//! time: `Kurzemes Ziņas, [24.11.2026 10:15]`. The channel is the publication, the time the
//! post's. The shape is the app's, the same in every language.

use crate::extract::dates::{self, ParsedDate};

/// Longest channel name taken.
const MAX_NAME_CHARS: usize = 60;

/// The channel and the time from the copy's first line.
pub(super) fn telegram_header(lines: &[String]) -> Option<(String, ParsedDate)> {
    let first = lines.iter().map(|l| l.trim()).find(|l| !l.is_empty())?;
    let (name, stamp) = first.strip_suffix(']')?.rsplit_once(", [")?;
    let name = name.trim();
    let (_, date) = dates::parse_date_line(stamp.trim())?;
    let usable = !name.is_empty()
        && name.chars().count() <= MAX_NAME_CHARS
        && name.chars().next().is_some_and(char::is_alphanumeric)
        && !name.contains(['[', ']']);
    usable.then(|| (name.to_string(), date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_apps_header_gives_the_channel_and_the_time() {
        let lines = vec![
            "Kurzemes Ziņas, [24.11.2026 10:15]".to_string(),
            "[Forwarded from Kurzemes Ziņas]".to_string(),
        ];
        let (name, date) = telegram_header(&lines).expect("header");
        assert_eq!(name, "Kurzemes Ziņas");
        assert_eq!(date.iso, "2026-11-24T10:15");
        // A headline that ends in brackets is no header.
        let headline = vec!["Budget approved, [updated]".to_string()];
        assert!(telegram_header(&headline).is_none());
    }

    #[test]
    fn a_copied_post_is_read_with_its_channel_and_time() {
        let text = "Kurzemes Ziņas, [24.11.2026 10:15]\n\
                    **Liepājā no decembra kursēs jauns tramvaju maršruts uz Karostu**\n\
                    Liepājas pašvaldība otrdien apstiprināja jaunu tramvaju maršrutu, kas no 15. decembra savienos pilsētas centru ar Karostu.\n\
                    Tramvaji kursēs ik pēc 20 minūtēm darba dienās un ik pēc 30 minūtēm brīvdienās, sacīja domē.\n";
        let article = super::super::read_text(text);
        assert_eq!(article.publisher.as_deref(), Some("Kurzemes Ziņas"));
        assert_eq!(article.published.as_deref(), Some("2026-11-24T10:15"));
        assert!(
            article.title.starts_with("Liepājā no decembra"),
            "{}",
            article.title
        );
    }
}
