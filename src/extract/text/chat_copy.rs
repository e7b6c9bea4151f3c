//! Posts copied out of chat apps. Telegram Desktop heads each copied message with its channel
//! and time (`Kurzemes Ziņas, [24.11.2026 10:15]`): the channel is the publication, the time
//! the post's. WhatsApp opens a copied message with its time and sender (`[24/11/2025, 8:15
//! pm] Uncle Femi: …`): the person who forwarded the story, when they did; neither is the
//! story's. The shapes are the apps', the same in every language.

use crate::extract::dates::{self, ParsedDate};

/// Longest channel name taken.
const MAX_NAME_CHARS: usize = 60;

/// The channel and the time from the copy's first line.
/// A chat app's header over a copied post names its channel and time, not its headline: the
/// messages lose their chat prefixes and the header line goes; gives the header.
pub(super) fn strip(lines: &mut [String]) -> Option<(String, ParsedDate)> {
    for line in lines.iter_mut() {
        if let Some(message) = without_chat_prefix(line) {
            *line = super::lines::clean_line(message);
        }
    }
    let header = telegram_header(lines);
    if header.is_some() {
        if let Some(first) = lines.iter_mut().find(|l| !l.trim().is_empty()) {
            first.clear();
        }
    }
    header
}

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

/// The message of a line copied out of WhatsApp, without its `[date, time] Sender:` prefix.
pub(super) fn without_chat_prefix(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('[')?;
    let (stamp, rest) = rest.split_once("] ")?;
    let (sender, message) = rest.split_once(": ")?;
    let dated =
        dates::parse_date_clauses(stamp).len() == 1 || dates::parse_date_line(stamp).is_some();
    let sender_ok =
        !sender.is_empty() && sender.chars().count() <= 40 && !sender.contains(['[', ']']);
    (dated && sender_ok && !message.trim().is_empty()).then(|| message.trim())
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

    #[test]
    fn a_whatsapp_line_loses_its_time_and_sender() {
        assert_eq!(
            without_chat_prefix("[24/11/2025, 8:15 pm] Uncle Femi: *LAGOS TO ENFORCE OKADA BAN*"),
            Some("*LAGOS TO ENFORCE OKADA BAN*")
        );
        assert_eq!(
            without_chat_prefix("[Updated] Council: budget approved"),
            None
        );
        let text = "[24/11/2025, 8:15 pm] Uncle Femi: *LAGOS TO ENFORCE OKADA BAN ON 12 MORE ROADS*\n\
                    By Tunde Bakare\n\
                    The Lagos State Government says it will begin enforcing the ban on 12 more roads from December 1.\n\
                    The Commissioner for Transportation announced this at a briefing in Alausa on Monday.\n";
        let article = super::super::read_text(text);
        assert_eq!(article.title, "LAGOS TO ENFORCE OKADA BAN ON 12 MORE ROADS");
        assert_eq!(article.authors, ["Tunde Bakare"]);
    }
}
