//! The subset part of the *Team archive* dialog: pull only the articles matching a search
//! and/or published in a period (the same setting as `chronicle sync --only/--since/--until`,
//! kept in the archive, so the background sync and the terminal use it too).

use crate::query::Filter;
use chrono::NaiveDate;
use eframe::egui;

/// The subset as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SubsetForm {
    pub query: String,
    pub from: String,
    pub to: String,
}

impl SubsetForm {
    /// The form showing `subset` (`None`: everything).
    pub fn from_filter(subset: Option<&Filter>) -> Self {
        let day = |d: Option<NaiveDate>| {
            d.map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default()
        };
        subset.map_or_else(SubsetForm::default, |f| SubsetForm {
            query: f.query.clone(),
            from: day(f.from),
            to: day(f.to),
        })
    }

    /// What was typed as a subset (`None`: everything), or why it cannot be one.
    pub fn to_filter(&self) -> Result<Option<Filter>, String> {
        let day = |text: &str, which: &str| -> Result<Option<NaiveDate>, String> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| format!("{which} {text:?}: expected a day like 2024-10-27"))
        };
        let filter = Filter {
            query: self.query.trim().to_string(),
            from: day(&self.from, "Published from")?,
            to: day(&self.to, "Published to")?,
        };
        crate::query::parse(&filter.query).map_err(|e| format!("Subset search: {e}"))?;
        Ok((filter != Filter::default()).then_some(filter))
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) {
        ui.label(egui::RichText::new("Pull only part of the team archive").strong());
        ui.horizontal(|ui| {
            let label = ui.label("Subset search");
            ui.add(
                egui::TextEdit::singleline(&mut self.query)
                    .hint_text("empty: every article")
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        });
        ui.horizontal(|ui| {
            let label = ui.label("Published from");
            ui.add(
                egui::TextEdit::singleline(&mut self.from)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(96.0),
            )
            .labelled_by(label.id);
            let label = ui.label("to");
            ui.add(
                egui::TextEdit::singleline(&mut self.to)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(96.0),
            )
            .labelled_by(label.id);
        });
        ui.label(
            egui::RichText::new(
                "Everything of yours is still pushed. Changing the subset pulls what the old one left out.",
            )
            .weak()
            .small(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_subset_becomes_a_filter_and_back() {
        let form = SubsetForm {
            query: " wind OR harbour ".into(),
            from: "2024-01-01".into(),
            to: String::new(),
        };
        let filter = form.to_filter().expect("valid").expect("a subset");
        assert_eq!(filter.query, "wind OR harbour");
        assert_eq!(filter.from, NaiveDate::from_ymd_opt(2024, 1, 1));
        assert_eq!(SubsetForm::from_filter(Some(&filter)).from, "2024-01-01");
        assert_eq!(SubsetForm::default().to_filter(), Ok(None));
        let bad_day = SubsetForm {
            to: "soon".into(),
            ..SubsetForm::default()
        };
        assert!(bad_day.to_filter().unwrap_err().contains("Published to"));
        let bad_query = SubsetForm {
            query: "(wind".into(),
            ..SubsetForm::default()
        };
        assert!(bad_query.to_filter().is_err());
    }
}
