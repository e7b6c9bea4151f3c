//! Rules of saved pages round 19 (session 23) on small pages: the site's desk declared as the
//! writer, a label left before a colon in a writer's name.

use super::read_html_str;

#[test]
fn the_sites_desk_declared_as_writer_gives_way_to_the_visible_byline() {
    let html = "<html lang=\"es\"><head><title>Talca abre ciclovía - El Maulino</title>\
        <meta property=\"og:site_name\" content=\"El Maulino\">\
        <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\
        \"author\":{\"@type\":\"Person\",\"name\":\"Prensa El Maulino\"}}</script></head><body>\
        <article><h1>Talca abre ciclovía</h1><div class=\"entry-meta\"><span class=\"byline\">Por \
        <a href=\"https://www.elmaulino.cl/author/vriquelme/\">Valentina Riquelme</a></span></div>\
        <p>La obra tiene doble sentido y doce cruces semaforizados en todo su recorrido.</p>\
        </article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, ["Valentina Riquelme"]);
    // With no one else named, the desk stays the only byline there is.
    let alone = html.replace(
        "Por <a href=\"https://www.elmaulino.cl/author/vriquelme/\">Valentina Riquelme</a>",
        "",
    );
    let a = read_html_str(&alone).expect("read");
    assert_eq!(a.authors, ["Prensa El Maulino"]);
}

#[test]
fn a_label_before_a_colon_is_no_part_of_the_name() {
    let html = "<html lang=\"ar\" dir=\"rtl\"><head><title>نظام لرصد تسرب المياه</title></head>\
        <body><article><h1>طلبة الهندسة يطورون نظاما لرصد تسرب المياه</h1>\
        <div class=\"byline\">كتبت: رنا الخطيب &nbsp;|&nbsp; تصوير: يزن العمري</div>\
        <p>طور فريق من طلبة كلية الهندسة نظاما يرصد تسرب المياه في مباني الجامعة ويرسل تنبيها \
        فوريا إلى قسم الصيانة عند ارتفاع الاستهلاك.</p></article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, ["رنا الخطيب"]);
}

#[test]
fn a_name_after_a_picture_credit_is_no_writer() {
    assert_eq!(super::byline_names::after_label("تصوير: يزن العمري"), None);
    assert_eq!(
        super::byline_names::after_label("Ana Silva"),
        Some("Ana Silva")
    );
    assert_eq!(
        super::byline_names::after_label("10:30 Ana"),
        Some("10:30 Ana")
    );
}

#[test]
fn the_meta_row_under_the_headline_names_the_writer_whatever_its_order() {
    let html = "<html lang=\"en\"><head><title>Old bookshops of Chennai</title></head><body>\
        <article><header><h1>From Moore Market to the pavement: the old bookshops</h1>\
        <p class=\"post-meta\">25 November 2026 · Words: Ana Silva · Photos: João Costa</p>\
        </header><div class=\"post-content\"><p>At five in the evening the pavement at Egmore \
        smells of old paper before anything else, and the sellers are setting out their \
        stacks.</p></div></article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, ["Ana Silva"]);
    // The same row in a rail of other stories after the article names nobody here.
    let rail = html
        .replace(
            "<p class=\"post-meta\">25 November 2026 · Words: Ana Silva · Photos: João Costa</p>",
            "",
        )
        .replace(
            "</article>",
            "</article><aside><h2>More stories</h2><ul><li><a href=\"/x\">Tram fares rise</a>\
            <p class=\"post-meta\">24 November 2026 · Words: Ben Okoro</p></li></ul></aside>",
        );
    let a = read_html_str(&rail).expect("read");
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

#[test]
fn a_name_padded_with_its_role_beside_the_name_alone_is_one_writer() {
    let html = "<html lang=\"zh-CN\"><head><title>曼谷夜市迁址</title></head><body><article>\
        <h1>曼谷夜市迁址引发摊贩担忧</h1><div class=\"mw-byline\"><span class=\"mw-author\">陈思远\
        </span><span class=\"mw-role\">子午线记者，发自曼谷</span></div><p>曼谷市政府宣布，\
        拉差达火车夜市将于明年迁往新址，数百名摊贩担心客流减少。</p></article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, ["陈思远"]);
    // A fuller name beside a shorter one is no role clause: both stay.
    let people = vec!["Maria".to_string(), "Maria Lopez".to_string()];
    assert_eq!(super::byline_names::without_padded(people.clone()), people);
}

#[test]
fn the_titles_other_part_spelled_by_the_address_names_the_site() {
    let html = "<html lang=\"sw\"><head><title>Uvuvi wa pweza wafungwa Kilwa | Wizara ya Uvuvi na \
        Uchumi wa Buluu</title><link rel=\"canonical\" href=\"https://www.uvuvibuluu.go.tz/habari/\
        pweza-kilwa\"></head><body><h1>Uvuvi wa pweza wafungwa Kilwa</h1><p>Serikali imetangaza \
        kufungwa kwa muda kwa uvuvi wa pweza katika wilaya ya Kilwa kuanzia mwezi ujao.</p>\
        </body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.publisher.as_deref(),
        Some("Wizara ya Uvuvi na Uchumi wa Buluu")
    );
    // An address that does not spell it leaves the part unnamed: a section, a slogan.
    let other = html.replace("uvuvibuluu.go.tz", "habari-leo.example");
    let a = read_html_str(&other).expect("read");
    assert_eq!(a.publisher, None);
}

#[test]
fn a_visible_date_the_address_contradicts_gives_way_to_the_address() {
    let html = "<html lang=\"en\"><head><title>Maun youth get guiding licences</title>\
        <link rel=\"canonical\" href=\"https://www.kalahari.example/2026/11/19/maun-youth/\">\
        </head><body><article><h1>Maun youth get tourism guiding licences</h1>\
        <p>Forty young people from Maun received their tourism guiding licences this week after \
        a six-month course run with the lodges of the delta.</p></article><aside><ul>\
        <li><div class=\"byline\">By Tumelo Kgosi · November 21, 2026</div></li></ul></aside>\
        </body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.published.as_deref(), Some("2026-11-19"));
    // A day apart (an evening story read in another zone), the printed date stands.
    let near = html.replace("November 21, 2026", "November 20, 2026");
    let a = read_html_str(&near).expect("read");
    assert_eq!(a.published.as_deref(), Some("2026-11-20"));
}

#[test]
fn a_field_of_writers_printed_as_label_and_value_elements_names_them_all() {
    let html = "<html lang=\"en\"><head><title>Robotics club wins regional final</title>\
        <script type=\"application/ld+json\">{\"@type\":\"Article\",\
        \"author\":{\"@type\":\"Person\",\"name\":\"Maya Chen\"}}</script></head><body>\
        <h1>Robotics club wins regional final</h1><div class=\"property\"><div class=\"name\">\
        <span>Authors</span></div><div class=\"value\"><span class=\"person\"><img src=\"a.png\" \
        alt=\"\">Maya Chen</span><span class=\"person\"><img src=\"b.png\" alt=\"\">Samuel Okafor\
        </span></div></div><p>The school's robotics club won the regional final on Saturday with \
        a robot that sorts recycling faster than any other entry.</p></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, ["Maya Chen", "Samuel Okafor"]);
    // A `<dt>`/`<dd>` pair in another language, with nothing declared.
    let html = "<html lang=\"pl\"><head><title>Most zamknięty</title></head><body>\
        <h1>Most na Sole zamknięty do wiosny</h1><dl><dt>Autor</dt><dd>Anna Nowak</dd></dl>\
        <p>Most na Sole w Żywcu zostanie zamknięty do wiosny z powodu remontu konstrukcji.</p>\
        </body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, ["Anna Nowak"]);
}

#[test]
fn a_closing_note_cut_from_the_story_names_its_writer() {
    let html = "<html lang=\"es\"><head><title>El subte que no llega</title></head><body>\
        <div class=\"post\"><h1>El subte que no llega</h1><p>Hola, ¿cómo están? Esta semana iba a \
        escribirles sobre las bicisendas, pero el martes apareció una resolución que cambió los \
        planes: la licitación de la línea F quedó postergada otra vez.</p><p>La resolución \
        posterga la apertura de sobres hasta nuevo aviso, y nadie sabe cuándo.</p><hr>\
        <p class=\"footer-note\"><em>Escribe: Martina Ferraro. Cuaderno del Sur es un boletín \
        independiente; si te sirve, podés apoyarlo.</em></p></div></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, ["Martina Ferraro"]);
}

#[test]
fn a_headline_inside_an_article_is_not_dated_by_a_rail_outside_it() {
    let html = "<html lang=\"hr\"><head><title>Split i tramvaj</title></head><body><main>\
        <article><h1>Split naručio studiju za tramvajsku liniju</h1><div class=\"meta\">\
        <a href=\"/autor/ivana-peric\">Ivana Perić</a></div><p>Grad Split naručio je studiju \
        izvodljivosti za prvu tramvajsku liniju, koja bi povezivala Žnjan s Kopilicom.</p>\
        </article><aside class=\"rail\"><h3>Najnovije</h3><ul><li><a href=\"/vijesti/trajekt\">\
        Novi trajekt za Supetar</a> <span>Marko Bilić · 25.11.2026. u 15:10</span></li></ul>\
        </aside></main></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.published, None);
    // The same line inside the article is the story's date line.
    let inside = html.replace("</div><p>Grad", " · 25.11.2026. u 15:10</div><p>Grad");
    let a = read_html_str(&inside).expect("read");
    assert_eq!(a.published.as_deref(), Some("2026-11-25T15:10"));
}
