//! Round 18 (session 22): rules from the opened halves (text-shapes-18's, until then frozen)
//! and the open halves' misses grouped by kind, each on a small input of the shape it reads.

use super::super::read_text;

#[test]
fn other_calendars_date_the_page_and_anchor_its_byline() {
    // Ethiopian papers date by the Ethiopian calendar; Nepali sites by Bikram Sambat. The date
    // line read, the names between it and the headline are the writers (`እና` is "and").
    let a = read_text(
        "የጣና ዜና\nዋና ገጽ\nዜና\nክልል\n\
         በባሕር ዳር አዲሱ የጣና ሐይቅ ጀልባ ማቆሚያ ለአገልግሎት ክፍት ሆነ\n\
         ሰላማዊት ታደሰ እና ዮናስ በቀለ\nኅዳር 15 ቀን 2019 ዓ.ም\n\
         በባሕር ዳር ከተማ በ120 ሚሊዮን ብር ወጪ የተገነባው አዲሱ የጣና ሐይቅ ጀልባ ማቆሚያ ዛሬ ለአገልግሎት ክፍት ሆኗል።\n\
         ወደ ገዳማቱ የሚደረገው የጀልባ ጉዞ ዋጋ ላይ ለውጥ እንደማይኖር ተገልጿል።\n",
    );
    assert_eq!(a.published.as_deref(), Some("2026-11-24"));
    assert_eq!(a.authors, ["ሰላማዊት ታደሰ", "ዮናስ በቀለ"]);
    let a = read_text(
        "रेडियो कञ्चनजंघा एफएम\nगृहपृष्ठ\nसमाचार\nस्थानीय\n\
         इलाममा चिया किसानलाई अनुदान वितरण सुरु\nदीपक राई, इलाम\n\
         २०८३ मंसिर ८ गते मंगलबार, १४:२०\n\
         इलाम नगरपालिकाले साना चिया किसानलाई प्रांगारिक मल खरिदमा अनुदान वितरण सुरु गरेको छ।\n\
         दोस्रो चरणको आवेदन पुस मसान्तसम्म खुला रहनेछ।\n",
    );
    assert_eq!(a.published.as_deref(), Some("2026-11-24T14:20"));
    assert_eq!(a.authors, ["दीपक राई"]);
}

#[test]
fn an_author_box_under_the_story_does_not_anchor_the_headline() {
    // The box's label and name sit over one paragraph of bio; the story's date line sits over
    // the story's paragraphs, and its headline is the title (the tag row's label, `თეგები:`,
    // is one Chronicle does not know).
    let a = read_text(
        "იმერეთი 24\nLIVE ეთერი\nმთავარი\nახალი ამბები\nსაზოგადოება\nპოლიტიკა\nსპორტი\n\
         საზოგადოება\n\
         ქუთაისში ახალი ავტობუსის ხაზი ამოქმედდა, რომელიც ქალაქს აეროპორტთან აკავშირებს\n\
         24.11.2026 18:40\n2 დღის წინ\nგაზიარება\n\
         ქუთაისში დღეიდან ახალი ავტობუსის ხაზი №12 მუშაობს, რომელიც ცენტრალურ მოედანს \
         აეროპორტთან აკავშირებს და ყოველ ორმოც წუთში ერთხელ მოძრაობს.\n\
         მერიის ტრანსპორტის სამსახურის ინფორმაციით, ხაზზე ექვსი ახალი ბუნებრივ აირზე მომუშავე \
         ავტობუსი იმუშავებს, მგზავრობა კი ერთი ლარი ეღირება.\n\
         თეგები: ქუთაისი ტრანსპორტი აეროპორტი\nავტორი\nნინო ბერიძე\n\
         ნინო ბერიძე იმერეთი 24-ის ჟურნალისტია 2019 წლიდან. წერს ადგილობრივ \
         თვითმმართველობასა და ინფრასტრუქტურაზე, ქალაქის ტრანსპორტზე.\n\
         მსგავსი სიახლეები\nზესტაფონში წყალმომარაგების გრაფიკი შეიცვალა\n23.11.2026 12:10\n\
         ჩვენ შესახებ\nრეკლამა\n",
    );
    assert_eq!(
        a.title,
        "ქუთაისში ახალი ავტობუსის ხაზი ამოქმედდა, რომელიც ქალაქს აეროპორტთან აკავშირებს"
    );
    assert_eq!(a.published.as_deref(), Some("2026-11-24T18:40"));
}

#[test]
fn a_name_with_a_lower_case_description_is_a_writer() {
    // `Name, economic reporter` over the date: the description is in lower case, as a second
    // name or a place never is, whatever the language's role words.
    let a = read_text(
        "Вардар Инфо\nМакедонија\nСвет\nЕкономија\nКултура\nАнализа\n\
         Зошто цените на струјата за домаќинствата ќе растат и во 2027 година\n\
         Марија Трајковска, економска новинарка\n24.11.2026 | 17:50\n\
         Домаќинствата во Македонија засега плаќаат една од најниските цени на струја во \
         регионот, но тоа најверојатно ќе се промени од јануари.\n\
         Седницата на која ќе се одлучува за новите тарифи е закажана за 15 декември, а \
         неофицијално се зборува за поскапување.\n",
    );
    assert_eq!(
        a.title,
        "Зошто цените на струјата за домаќинствата ќе растат и во 2027 година"
    );
    assert_eq!(a.authors, ["Марија Трајковска"]);
    // A second name after the comma is a second writer, not a description.
    let a = read_text(
        "Vardar Info\nHome\nWorld\nEconomy\nCulture\n\
         Why household electricity prices will keep rising in 2027\n\
         Marija Trajkovska, Petar Stojanovski\n24.11.2026 | 17:50\n\
         Households in North Macedonia still pay one of the lowest electricity prices in the \
         region, but that is likely to change from January.\n\
         The session on the new tariffs is set for 15 December, and an increase is expected \
         by everyone who follows the market.\n",
    );
    assert_eq!(a.authors, ["Marija Trajkovska", "Petar Stojanovski"]);
}

#[test]
fn a_kind_of_piece_by_its_writer_is_a_byline() {
    let story = "The Prime Minister walked out of the national cabinet meeting with something \
                 that looked like a rare win for the government.\n\
                 But the agreement released overnight leaves the hardest question to a working \
                 group that will report in late 2027.\n";
    for (line, want) in [
        ("Analysis by Tom Hargrave", vec!["Tom Hargrave"]),
        ("Interview by Claire Beaulieu", vec!["Claire Beaulieu"]),
        // A comment list's control names no writer.
        ("Sort by Newest", vec![]),
    ] {
        let a = read_text(&format!(
            "SBN News\nJust In\nAustralia\nWorld\nPolitics\n\
             The housing deal looks like a win for the PM\n{line}\n\
             Posted 24 Nov 2026, 6:15am AEDT\n{story}"
        ));
        assert_eq!(a.authors, want, "{line}");
    }
}

#[test]
fn agencies_after_a_label_chronicle_does_not_know_are_sources() {
    let page = |credit: &str| {
        read_text(&format!(
            "Bashkia rihap urën e Bunës pas tetë muajsh rikonstruksion\n\
             Elira Gjoka, Arben Kola\n24.11.2026 | 13:45\n\
             Ura mbi lumin Buna u rihap sot për qarkullim pas tetë muajsh punimesh \
             rikonstruksioni, të cilat kushtuan rreth 2,3 milionë euro.\n\
             Bashkia njoftoi se ndriçimi dekorativ i urës do të përfundojë deri në mes të \
             dhjetorit.\n{credit}\n"
        ))
    };
    assert_eq!(page("Burimi: ATA").sources, ["ATA"]);
    // A photo's credit is no source, nor a label over anything but agencies.
    assert!(page("Foto: AFP").sources.is_empty());
    assert!(page("Burimi: Bashkia Shkodër").sources.is_empty());
}

#[test]
fn a_post_footer_times_the_day_header_and_names_the_writer() {
    let a = read_text(
        "Sổ tay phóng viên miền Tây\nTrang chủ\nPhóng sự\nGiới thiệu\n\
         Thứ Ba, 24 tháng 11, 2026\n\
         Nông dân Đồng Tháp chuyển sang trồng sen để sống chung với hạn mặn\n\
         Tuần trước tôi trở lại xã Tân Hòa, huyện Lai Vung, nơi ba năm trước nhiều hộ còn trồng \
         lúa ba vụ trên những cánh đồng quen thuộc.\n\
         Tôi sẽ quay lại vào mùa thu hoạch tháng Tư năm sau để kể tiếp câu chuyện này.\n\
         Đăng bởi Trần Minh Khoa lúc 20:15\nChia sẻ lên Facebook\n\
         Nhãn: Đồng Tháp, hạn mặn, nông nghiệp\n",
    );
    assert_eq!(a.published.as_deref(), Some("2026-11-24T20:15"));
    assert_eq!(
        a.published_text.as_deref(),
        Some("Thứ Ba, 24 tháng 11, 2026 … lúc 20:15")
    );
    assert_eq!(a.authors, ["Trần Minh Khoa"]);
}

#[test]
fn a_blog_platforms_credit_makes_the_first_line_the_publisher() {
    let page = |footer: &str| {
        read_text(&format!(
            "Notes from the Visayas Beat\nA reporter's notebook from Western Visayas\nHome\n\
             About\nArchive\nTuesday, November 24, 2026\nWhat the Iloilo flood maps do not show\n\
             Last week the city released new flood hazard maps for Iloilo, and I walked three of \
             the low risk barangays on Saturday with residents.\n\
             I have asked the city disaster office whether the maps will be updated, and I will \
             post their answer here.\nPosted by Ramon Villanueva at 9:14 PM\n{footer}\n"
        ))
    };
    let a = page("Simple theme. Powered by Blogger.");
    assert_eq!(a.publisher.as_deref(), Some("Notes from the Visayas Beat"));
    assert_eq!(a.published.as_deref(), Some("2026-11-24T21:14"));
    assert_eq!(page("Newer Post Older Post Home").publisher, None);
}

#[test]
fn agencies_closing_a_round_ups_items_are_sources() {
    // Each item of a briefs page closes with its agency, in the script of the page.
    let a = read_text(
        "ಸುದ್ದಿ ಸಂಕ್ಷಿಪ್ತ: ರಾಜ್ಯದ ಪ್ರಮುಖ ಸುದ್ದಿಗಳು\n24 ನವೆಂಬರ್ 2026, 09:30 PM IST\n\n\
         ಮೈಸೂರು: ನಾಗರಹೊಳೆ ಮತ್ತು ಬಂಡೀಪುರ ಅರಣ್ಯಗಳಲ್ಲಿ ಹುಲಿ ಗಣತಿ ಡಿಸೆಂಬರ್ 1ರಿಂದ ಆರಂಭವಾಗಲಿದೆ ಎಂದು \
         ಅರಣ್ಯ ಇಲಾಖೆ ತಿಳಿಸಿದೆ. (ಪಿಟಿಐ)\n\n\
         ಬೆಂಗಳೂರು: ನಗರದ ಮೆಟ್ರೋ ಹಳದಿ ಮಾರ್ಗದಲ್ಲಿ ಹೊಸ ರೈಲುಗಳು ಮುಂದಿನ ವಾರದಿಂದ ಸಂಚರಿಸಲಿವೆ ಎಂದು \
         ನಿಗಮ ತಿಳಿಸಿದೆ. (ಯುಎನ್ಐ)\n\n\
         ಹುಬ್ಬಳ್ಳಿ: ಉತ್ತರ ಕರ್ನಾಟಕದ ರೈತರಿಗೆ ಬೆಳೆ ವಿಮೆ ಪರಿಹಾರ ಈ ತಿಂಗಳ ಕೊನೆಯೊಳಗೆ ಬಿಡುಗಡೆಯಾಗಲಿದೆ \
         ಎಂದು ಸಚಿವರು ಹೇಳಿದರು.\n",
    );
    assert!(a.sources.iter().any(|s| s == "ಪಿಟಿಐ"), "{:?}", a.sources);
    assert!(a.sources.iter().any(|s| s == "ಯುಎನ್ಐ"), "{:?}", a.sources);
}
