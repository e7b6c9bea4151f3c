//! Which reader produced an article.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The reader an article came from; written as `text`, `markdown`, `html` or `mhtml` in the
/// archive and the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ArticleFormat {
    Text,
    Markdown,
    Html,
    Mhtml,
    /// Not said, or a value this build does not know (a hand-edited export); written empty.
    #[default]
    Unknown,
}

impl ArticleFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            ArticleFormat::Text => "text",
            ArticleFormat::Markdown => "markdown",
            ArticleFormat::Html => "html",
            ArticleFormat::Mhtml => "mhtml",
            ArticleFormat::Unknown => "",
        }
    }
}

impl From<&str> for ArticleFormat {
    fn from(name: &str) -> Self {
        match name {
            "text" => ArticleFormat::Text,
            "markdown" => ArticleFormat::Markdown,
            "html" => ArticleFormat::Html,
            "mhtml" => ArticleFormat::Mhtml,
            _ => ArticleFormat::Unknown,
        }
    }
}

impl std::fmt::Display for ArticleFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for ArticleFormat {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for ArticleFormat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ArticleFormat {
    /// Reads any string (or `null`) without failing: an export edited by hand still imports.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name: Option<String> = Option::deserialize(d)?;
        Ok(name.as_deref().map(ArticleFormat::from).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_reads_back_from_its_name_and_unknown_names_do_not_fail() {
        for format in [
            ArticleFormat::Text,
            ArticleFormat::Markdown,
            ArticleFormat::Html,
            ArticleFormat::Mhtml,
        ] {
            assert_eq!(ArticleFormat::from(format.as_str()), format);
            let json = serde_json::to_string(&format).unwrap();
            assert_eq!(
                serde_json::from_str::<ArticleFormat>(&json).unwrap(),
                format
            );
        }
        for odd in ["\"pdf\"", "null", "\"\""] {
            assert_eq!(
                serde_json::from_str::<ArticleFormat>(odd).unwrap(),
                ArticleFormat::Unknown
            );
        }
    }
}
