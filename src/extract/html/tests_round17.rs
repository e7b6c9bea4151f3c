//! Rules of saved pages round 17 (session 21) on small pages: the language a reader view's
//! container declares.

use super::read_html_str;

#[test]
fn a_reader_views_container_gives_the_language() {
    let html = "<html><head><title>Hà Nội mở thêm 3 tuyến buýt điện | Báo Thời Sự Nhanh</title>\
        </head><body><div class=\"toolbar\"><a lang=\"en\" href=\"/en\">English</a></div>\
        <div class=\"container\" lang=\"vi\"><h1 class=\"reader-title\">Hà Nội mở thêm 3 tuyến \
        buýt điện</h1><p>Từ ngày 1-12, Hà Nội sẽ đưa vào khai thác thêm 3 tuyến xe buýt điện kết \
        nối trung tâm thành phố với sân bay Nội Bài.</p></div></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.language.as_deref(), Some("vi"));
}
