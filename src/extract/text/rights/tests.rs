use super::*;

#[test]
fn credits_and_publishers() {
    assert_eq!(
        publisher("© 2024 Courier News & Media Limited or its affiliated companies.").as_deref(),
        Some("Courier News & Media")
    );
    assert_eq!(
        credit("Images source: © East News | GENYA SAVILOV"),
        Some((CreditMark::Label, "East News | GENYA SAVILOV".into()))
    );
    assert_eq!(
        credit("Fot. PAP/Leszek Szymański"),
        Some((CreditMark::Label, "PAP/Leszek Szymański".into()))
    );
    assert_eq!(
        credit("© Daily Wrap"),
        Some((CreditMark::Copyright, "Daily Wrap".into()))
    );
    assert_eq!(credit("Photographs are hard."), None);
    assert_eq!(
        publisher("© 2024 Daily Wrap. All rights reserved."),
        Some("Daily Wrap".into())
    );
    assert_eq!(
        publisher("Copyright 2019-2024 The Harbour Herald"),
        Some("The Harbour Herald".into())
    );
}
#[test]
fn publishers_in_more_languages() {
    for (line, name) in [
        (
            "Hakimiliki © 2025 Sauti ya Nyanda za Juu. Haki zote zimehifadhiwa.",
            "Sauti ya Nyanda za Juu",
        ),
        (
            "© 2009–2025 ИА «Исеть-Пресс». Все права защищены. 18+",
            "Исеть-Пресс",
        ),
        ("© 2025 港島日報有限公司 版權所有 不得轉載", "港島日報"),
        (
            "© 2025 Śląskie Media Sp. z o.o. Wszelkie prawa zastrzeżone.",
            "Śląskie Media",
        ),
        (
            "© 2025 Edições Limianas, Lda. Todos os direitos reservados.",
            "Edições Limianas",
        ),
        // "Reserved to" glues its preposition to the name in Hebrew.
        ("© כל הזכויות שמורות לקול הגליל 2010", "קול הגליל"),
    ] {
        assert_eq!(publisher(line).as_deref(), Some(name), "{line}");
    }
}

#[test]
fn the_sites_address_before_the_mark_is_not_the_owner() {
    assert_eq!(
        publisher("TheMeridianReview.com © 2025 The Meridian Review Company. All rights reserved.")
            .as_deref(),
        Some("The Meridian Review Company")
    );
}

#[test]
fn publishers_as_brands() {
    assert_eq!(
        publisher("© Island Times Malta 2026Privacy PolicyTerms"),
        Some("Island Times Malta".into())
    );
    assert_eq!(
        credit("Baltic Business Post ©").map(|(m, _)| m),
        Some(CreditMark::Copyright)
    );
    assert_eq!(
        publisher("Baltic Business Post ©"),
        Some("Baltic Business Post".into())
    );
    assert_eq!(
        publisher("Copyright © 2013 Metro Courier Media Group LLC. All rights reserved."),
        Some("Metro Courier Media Group".into())
    );
    assert_eq!(
        publisher("© Le Courrier de Lyon – Tous droits réservés"),
        Some("Le Courrier de Lyon".into())
    );
    assert_eq!(
        publisher("© Wszelkie prawa zastrzeżone. Dziennik Mazowiecki"),
        Some("Dziennik Mazowiecki".into())
    );
    // A year in Bengali (or any) digits is no name.
    assert_eq!(publisher("© ২০২৬ সর্বস্বত্ব সংরক্ষিত"), None);
    assert_eq!(
        publisher("© ٢٠٢٦ دار الأفق للنشر"),
        Some("دار الأفق للنشر".into())
    );
    assert_eq!(
        publisher("Riproduzione riservata © Il Gazzettino Veneto"),
        Some("Il Gazzettino Veneto".into())
    );
    assert_eq!(
        publisher("© 2021 东方日报 版权所有"),
        Some("东方日报".into())
    );
    assert_eq!(
        publisher("Copyright © 2020 USA Local, a division of Local Media Inc."),
        Some("USA Local".into())
    );
    assert_eq!(
        publisher("© Diario del Sur S.L. Todos los derechos reservados."),
        Some("Diario del Sur".into())
    );
}
