//! Readable colours: egui's weak text (metadata lines, hints) is its normal text at 60 %
//! alpha, about 2.9:1 on the light theme's panels, below the 4.5:1 that WCAG asks of body
//! text. Chronicle sets a weak colour per theme that stays lighter than normal text but
//! reads at 4.5:1 or better.

use eframe::egui;

/// The weak text colour of each theme.
const LIGHT_WEAK: egui::Color32 = egui::Color32::from_gray(100);
const DARK_WEAK: egui::Color32 = egui::Color32::from_gray(134);

/// Installs the readable weak colours in both themes.
pub fn install(ctx: &egui::Context) {
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals.weak_text_color = Some(LIGHT_WEAK);
    });
    ctx.style_mut_of(egui::Theme::Dark, |style| {
        style.visuals.weak_text_color = Some(DARK_WEAK);
    });
}

/// WCAG contrast ratio of `text` drawn over an opaque `background` (a translucent text colour,
/// as egui's own weak text is, is blended first: that is what the eye sees).
pub fn contrast(text: egui::Color32, background: egui::Color32) -> f32 {
    let alpha = f32::from(text.a()) / 255.0;
    let [r, g, b, _] = text.to_normalized_gamma_f32();
    let over = |fg: f32, bg: u8| {
        let v = fg * 255.0 + (1.0 - alpha) * f32::from(bg);
        v.round().clamp(0.0, 255.0) as u8
    };
    let a = egui::Color32::from_rgb(
        over(r, background.r()),
        over(g, background.g()),
        over(b, background.b()),
    );
    let b = background;
    let luminance = |c: egui::Color32| {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_text_reads_at_four_and_a_half_to_one_and_stays_weaker_than_text() {
        let ctx = egui::Context::default();
        install(&ctx);
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let visuals = ctx.style_of(theme).visuals.clone();
            for background in [
                visuals.panel_fill,
                visuals.window_fill,
                visuals.extreme_bg_color,
            ] {
                let ratio = contrast(visuals.weak_text_color(), background);
                assert!(ratio >= 4.5, "{theme:?}: {ratio:.2} on {background:?}");
                assert!(
                    contrast(visuals.text_color(), background) > ratio,
                    "{theme:?}: weak text is no weaker than text"
                );
            }
        }
        // egui's own weak text, for the record of why this module exists.
        let light = egui::Visuals::light();
        assert!(contrast(light.weak_text_color(), light.panel_fill) < 4.5);
    }
}
