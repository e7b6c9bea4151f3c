//! The sample articles shipped with Chronicle (`assets/samples/`), embedded in the binary so
//! "Load sample articles" works from an empty archive without any file on disk.

/// File name and contents of each sample article.
pub const SAMPLES: &[(&str, &[u8])] = &[
    (
        "council-budget-vote.txt",
        include_bytes!("../../assets/samples/council-budget-vote.txt"),
    ),
    (
        "harbour-reopens-after-storm.txt",
        include_bytes!("../../assets/samples/harbour-reopens-after-storm.txt"),
    ),
    (
        "museum-returns-manuscripts.txt",
        include_bytes!("../../assets/samples/museum-returns-manuscripts.txt"),
    ),
    (
        "rail-strike-talks.txt",
        include_bytes!("../../assets/samples/rail-strike-talks.txt"),
    ),
    (
        "wind-farm-approval.md",
        include_bytes!("../../assets/samples/wind-farm-approval.md"),
    ),
];
