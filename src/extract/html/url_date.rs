//! A date written in a page's URL (`/2024/10/27/`, `2024-10-27`, eight digits `20170309`), as
//! htmldate reads one.

/// A date written in a URL path: `/2024/10/27/` or `/2024-10-27/`.
pub fn url_date(url: &str) -> Option<(String, String)> {
    let path = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest.split_once('/').map_or("", |(_, p)| p));
    let parts: Vec<&str> = path.split(['/', '?', '#']).collect();
    for w in parts.windows(3) {
        if let (Ok(y), Ok(m), Ok(d)) = (
            w[0].parse::<i32>(),
            w[1].parse::<u32>(),
            w[2].parse::<u32>(),
        ) {
            if w[0].len() == 4 && (1990..=2100).contains(&y) && w[1].len() == 2 && w[2].len() == 2 {
                if let Some(date) = chrono::NaiveDate::from_ymd_opt(y, m, d) {
                    return Some((
                        date.format("%Y-%m-%d").to_string(),
                        format!("{}/{}/{}", w[0], w[1], w[2]),
                    ));
                }
            }
        }
    }
    parts
        .iter()
        .find_map(|p| {
            let head = p.get(..10)?;
            let date = chrono::NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()?;
            let next = p[10..].chars().next();
            (next.is_none() || next.is_some_and(|c| !c.is_ascii_digit()))
                .then(|| (date.format("%Y-%m-%d").to_string(), head.to_string()))
        })
        .or_else(|| compact_url_date(path))
}

/// A date written as eight digits in a URL (`?a=20170309-35097838-cnetj`, `/20240514/`), as
/// htmldate reads one: a run of exactly eight digits that is a real date between 1995 (its
/// lower bound for web dates) and next year.
fn compact_url_date(path: &str) -> Option<(String, String)> {
    use chrono::Datelike;
    let latest = chrono::Utc::now().year() + 1;
    path.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 8)
        .find_map(|run| {
            let date = chrono::NaiveDate::parse_from_str(run, "%Y%m%d").ok()?;
            (1995..=latest)
                .contains(&date.year())
                .then(|| (date.format("%Y-%m-%d").to_string(), run.to_string()))
        })
}

/// The dates found, without the visible ones more than a day from the URL's date, when the
/// page declares none (`By Tumelo Kgosi · November 21, 2026` from a rail of latest stories on
/// `/2026/11/19/…`): a visible line the address contradicts is most likely another story's,
/// while the story's own date line agrees with its address (a day apart at most, for the
/// zones). A declared date is not second-guessed.
pub(super) fn agreeing_with_url(
    mut all: Vec<(String, String, &'static str)>,
    url_day: Option<&str>,
) -> Vec<(String, String, &'static str)> {
    let visible = |source: &str| matches!(source, "date-element" | "byline-element" | "text-line");
    let Some(url_day) = url_day.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    else {
        return all;
    };
    if !all.first().is_some_and(|(_, _, source)| visible(source)) {
        return all;
    }
    let far = |iso: &str| {
        iso.get(..10)
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .is_some_and(|d| (d - url_day).num_days().abs() > 1)
    };
    all.retain(|(iso, _, source)| !(visible(source) && far(iso)));
    all
}
