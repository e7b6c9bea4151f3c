//! Reporters' names as Chinese, Japanese and Korean papers print them: the title after the name
//! (`김민수 기자`, `文・写真　山本彩花記者`), before the names (`记者 王海燕 李明`), around a
//! place (`記者陳怡君／台中報導`, also in brackets opening the text: `〔記者林怡君、陳冠宇／台中
//! 報導〕…`), and a Japanese paper's name in brackets closing the article (`（佐藤健一）`).

/// Reporter titles: Korean, Japanese and traditional Chinese, simplified Chinese.
const TITLES: [&str; 3] = ["기자", "記者", "记者"];

fn is_han_or_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// A name of two to four Han or kana characters, or two to four Hangul syllables.
fn cjk_name(name: &str) -> bool {
    let count = name.chars().count();
    (2..=4).contains(&count) && (name.chars().all(is_han_or_kana) || name.chars().all(is_hangul))
}

/// Names split on the marks CJK lists use.
fn names(list: &str) -> Option<Vec<String>> {
    let names: Vec<String> = list
        .split(['、', '·', '・', ',', '，', ' ', '\u{3000}'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect();
    (!names.is_empty() && names.len() <= 6 && names.iter().all(|n| cjk_name(n))).then_some(names)
}

/// The reporters a byline line names, in any of the forms above.
pub(crate) fn reporters(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    if line.chars().count() > 40 {
        return None;
    }
    // `（佐藤健一）`, `（山本拓也、中村彩）` closing a Japanese article; `（共同）` and
    // `（一部共同）` credit an agency instead.
    if let Some(inner) = line
        .strip_prefix('（')
        .and_then(|l| l.strip_suffix('）'))
        .or_else(|| line.strip_prefix('(').and_then(|l| l.strip_suffix(')')))
    {
        if super::agencies::credit_line(line).is_some() {
            return None;
        }
        return names(inner);
    }
    // `江城日报记者 王晓燕 报道`, `台灣晨報／記者陳怡君／台北即時報導`: the paper before the
    // title names no one.
    if let Some(rest) = after_paper(line) {
        return reporters(rest);
    }
    // `记者 王海燕 李明`, `記者陳怡君／台中報導`.
    if let Some(rest) = TITLES[1..].iter().find_map(|t| line.strip_prefix(t)) {
        // `记者 王晓雯 通讯员 刘志强`: a stringer, an intern or a photographer after the
        // reporters is credited, not an author.
        let rest = rest
            .split_whitespace()
            .take_while(|w| !crate::extract::lexicon::is_non_writing_role(w))
            .collect::<Vec<_>>()
            .join(" ");
        // `… 王晓燕 报道`: "reports" after the names.
        let rest = ["报道", "報導", "报导"]
            .iter()
            .filter(|_| !rest.contains(['／', '/']))
            .find_map(|r| rest.strip_suffix(r))
            .unwrap_or(&rest)
            .trim_end();
        let list = match rest.split_once(['／', '/']) {
            Some((list, place)) if place.trim_end().ends_with(['導', '道']) => list,
            Some(_) => return None,
            None => rest,
        };
        return names(list);
    }
    // `김민수 기자`, `文・写真　山本彩花記者`, `글·사진 김민지 기자  minji@…`: the title after
    // the names, a label (writing, photos) and an e-mail address around them.
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| !w.contains('@'))
        .collect();
    let joined = words.join(" ");
    let before = TITLES
        .iter()
        .find_map(|t| joined.strip_suffix(t))?
        .trim_end();
    let last = before.rsplit(' ').next()?;
    names(last)
}

/// The line from the Chinese reporter title on, when a paper's or broadcaster's name opens it
/// (`江城日报记者 …`, `台灣晨報／ 記者…`).
fn after_paper(line: &str) -> Option<&str> {
    let (at, _) = TITLES[1..]
        .iter()
        .filter_map(|t| line.find(t).map(|at| (at, t)))
        .min()?;
    let paper = line[..at].trim_end_matches(['／', '/', ' ', '\u{3000}']);
    (at > 0 && !paper.contains(' ') && crate::extract::names::is_organisation(paper))
        .then(|| &line[at..])
}

/// A line that is one name of three or four characters and nothing else (`佐藤健太`):
/// Japanese papers print their reporters one per line between the headline and the date,
/// without a title.
pub(super) fn bare_name(line: &str) -> Option<String> {
    let line = line.trim();
    // Two characters alone are as often a word (`社会`, `微信`); kana write buttons (`シェア`).
    let han = |c: char| matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}');
    (cjk_name(line)
        && line.chars().count() >= 3
        && line.chars().all(han)
        && !super::meta::is_boilerplate(line)
        && super::teasers::teaser(line).is_none())
    .then(|| line.to_string())
}

/// `〔記者林怡君、陳冠宇／台中報導〕台中捷運…`: reporters in brackets opening the text; or in
/// brackets closing a Chinese wire dateline (`新华社北京11月21日电（记者张明远、刘晓雯）…`,
/// `本报讯（记者 王晓燕）`: "… reports", the dateline's `电`/`讯`).
pub(crate) fn opening_reporters(paragraph: &str) -> Option<Vec<String>> {
    reporters(opening_credit(paragraph)?)
}

/// What the brackets of [`opening_reporters`] hold.
pub(crate) fn opening_credit(paragraph: &str) -> Option<&str> {
    let rest = paragraph
        .strip_prefix(['〔', '【', '[', '（', '('])
        .or_else(|| {
            // The dateline is short: a place, a date and `电` before the bracket.
            let open = paragraph
                .char_indices()
                .take(40)
                .find(|(_, c)| matches!(c, '（' | '('))?
                .0;
            paragraph[..open]
                .ends_with(['电', '電', '讯', '訊'])
                .then(|| &paragraph[open..])?
                .strip_prefix(['（', '('])
        })?;
    let end = rest.find(['〕', '】', ']', '）', ')'])?;
    Some(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporters_in_cjk_bylines() {
        let one = |s: &str| Some(vec![s.to_string()]);
        assert_eq!(reporters("김지훈 기자"), one("김지훈"));
        assert_eq!(
            reporters("글·사진 김민지 기자  minji@gwmaeil.example.kr"),
            one("김민지")
        );
        assert_eq!(reporters("文・写真\u{3000}山本彩花記者"), one("山本彩花"));
        assert_eq!(
            reporters("记者 王海燕 李明"),
            Some(vec!["王海燕".to_string(), "李明".into()])
        );
        assert_eq!(reporters("（佐藤健一）"), one("佐藤健一"));
        assert_eq!(
            reporters("（山本拓也、中村彩）"),
            Some(vec!["山本拓也".to_string(), "中村彩".into()])
        );
        assert_eq!(reporters("（一部共同）"), None);
        assert_eq!(reporters("（共同）"), None);
        assert_eq!(reporters("记者 王晓雯 通讯员 刘志强"), one("王晓雯"));
        assert_eq!(reporters("（北港市提供）"), None);
        assert_eq!(reporters("江城日报记者 王晓燕 报道"), one("王晓燕"));
        assert_eq!(
            reporters("台灣晨報／ 記者陳怡君／台北即時報導"),
            one("陳怡君")
        );
        assert_eq!(reporters("記者會將於明天舉行"), None);
        assert_eq!(
            opening_reporters("〔記者林怡君、陳冠宇／台中報導〕台中捷運藍線昨日舉行動工典禮。"),
            Some(vec!["林怡君".to_string(), "陳冠宇".into()])
        );
    }

    #[test]
    fn reporters_closing_a_chinese_wire_dateline() {
        assert_eq!(
            opening_reporters(
                "华夏通讯社北京11月21日电（记者张明远、刘晓雯）国务院总理主持召开会议。"
            ),
            Some(vec!["张明远".to_string(), "刘晓雯".into()])
        );
        assert_eq!(
            opening_reporters("本报讯（记者 王晓燕）昨日，市政府召开会议。"),
            Some(vec!["王晓燕".to_string()])
        );
        // An agency's bracket, or a bracket far into a sentence, names no reporter.
        assert_eq!(
            opening_reporters("新华社北京11月21日电（新华社）会议召开。"),
            None
        );
        assert_eq!(
            opening_reporters("会议指出，服务消费是消费的重要组成部分（记者张明远）。"),
            None
        );
    }
}
