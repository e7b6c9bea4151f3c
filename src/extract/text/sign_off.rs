//! A broadcast transcript's closing sign-off names the broadcaster: Korean reports end with
//! `<broadcaster> 뉴스 <reporter>입니다.` ("This was <reporter>, <broadcaster> News"), the same
//! form on every network (`KBS 뉴스 홍길동입니다.`).

/// How many lines from the end the sign-off may stand.
const TAIL_LINES: usize = 6;

/// The broadcaster a transcript's sign-off names.
pub(super) fn broadcaster(lines: &[String]) -> Option<String> {
    lines
        .iter()
        .rev()
        .filter(|l| !l.trim().is_empty())
        .take(TAIL_LINES)
        .find_map(|l| korean_sign_off(l.trim()))
}

fn korean_sign_off(line: &str) -> Option<String> {
    let body = line
        .strip_suffix("입니다.")
        .or_else(|| line.strip_suffix("입니다"))?;
    let (outlet, reporter) = body.rsplit_once(" 뉴스 ")?;
    let short = |s: &str| s.split_whitespace().count() <= 3 && !s.trim().is_empty();
    (short(outlet) && short(reporter) && line.chars().count() <= 40)
        .then(|| outlet.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::super::read_text;

    #[test]
    fn a_korean_reports_sign_off_names_the_broadcaster() {
        let text = "산간 마을 제설 비상\n박소연 기자\n\
            강원도는 다음 달 중순까지 산간 마을 60곳에 제설제 보관함을 추가로 설치할 계획입니다.\n\
            강원중앙방송 뉴스 박소연입니다.\n";
        assert_eq!(read_text(text).publisher.as_deref(), Some("강원중앙방송"));
    }
}
