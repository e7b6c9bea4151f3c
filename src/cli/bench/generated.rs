//! Generated text for the benchmark: a deterministic random generator, the words, names and
//! speakers it picks from, and whole stories for a fresh clone without a corpus. Apart from
//! corpus.rs, which shapes stories (read or generated) into article files.

use super::corpus::{Story, capitalise};

/// A small deterministic random generator (no dependency, same corpus on every machine).
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Self {
        Lcg(seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next_u64() as usize) % items.len()]
    }
}

const WORDS: &[&str] = &[
    "government",
    "minister",
    "market",
    "prices",
    "trade",
    "bank",
    "oil",
    "talks",
    "Ukraine",
    "Kyiv",
    "Kursk",
    "council",
    "budget",
    "union",
    "strike",
    "court",
    "ruling",
    "election",
    "voters",
    "police",
    "harbour",
    "energy",
    "wind",
    "farm",
    "report",
    "officials",
    "week",
    "year",
    "percent",
    "growth",
    "exports",
    "imports",
    "company",
    "shares",
    "investors",
    "agreement",
    "border",
    "troops",
    "region",
    "city",
    "residents",
    "hospital",
    "school",
    "teachers",
    "museum",
    "river",
    "storm",
    "rain",
    "drought",
    "harvest",
    "grain",
    "wheat",
    "coffee",
    "cocoa",
    "rates",
    "inflation",
    "central",
    "plan",
];
pub(super) const NAMES: &[&str] = &[
    "Anna Kowalska",
    "John Smith",
    "Maria Garcia",
    "Tomasz Nowak",
    "Elena Brandt",
    "Marcus Oyelaran",
    "Priya Natarajan",
    "Jonas Weber",
    "Sofia Marchetti",
    "Irena Novak",
    "Daniel Hughes",
    "Ruth Adeyemi",
    "Karin Holm",
    "Per Nilsson",
];
pub(super) const SPEAKERS: &[&str] = &[
    "Volodymyr Zelensky",
    "Christine Lagarde",
    "Olaf Scholz",
    "Ursula von der Leyen",
    "Jerome Powell",
    "Donald Tusk",
];

/// Stories made of generated sentences, for a fresh clone without a corpus.
pub fn generated_stories(count: usize) -> Vec<Story> {
    let mut rng = Lcg::new(7);
    (0..count)
        .map(|_| {
            let title = sentence(&mut rng, 7).trim_end_matches('.').to_string();
            let paras = (0..4 + rng.next_u64() % 5)
                .map(|_| {
                    (0..3)
                        .map(|_| sentence(&mut rng, 14))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            Story {
                title,
                paras,
                topic: Some((*rng.pick(WORDS)).to_string()),
            }
        })
        .collect()
}

fn sentence(rng: &mut Lcg, words: u64) -> String {
    let n = words / 2 + rng.next_u64() % words;
    let mut s: Vec<String> = (0..n).map(|_| (*rng.pick(WORDS)).to_string()).collect();
    if let Some(first) = s.first_mut() {
        *first = capitalise(first);
    }
    format!("{}.", s.join(" "))
}
