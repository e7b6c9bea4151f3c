//! Collecting the people an article names: runs of capitals, appositives, speakers' names.

use super::appositives::appositive_people;
use super::names::split_name_after;
use super::runs::capital_runs;
use super::*;

impl<'a> People<'a> {
    pub(super) fn collect(lead: &'a str, body: &'a str, found: &[Found]) -> People<'a> {
        let mut persons: Vec<Person> = Vec::new();
        let mut untitled: Vec<Vec<String>> = Vec::new();
        let tokens = [Tokens::new(lead), Tokens::new(body)];
        for t in &tokens {
            for (roles, run) in capital_runs(t) {
                let (title_roles, name) = split_name_after(&run, !roles.is_empty());
                if !title_roles.is_empty() || !roles.is_empty() {
                    if looks_like_name(&name) {
                        let mut all: HashSet<String> = title_roles.into_iter().collect();
                        all.extend(roles);
                        add_person(&mut persons, name, all);
                    }
                } else if (2..=4).contains(&name.len()) && looks_like_name(&name) {
                    untitled.push(name);
                }
            }
        }
        // Names in apposition to a role (`The council leader, Marcus Oyelaran,`, `Per Nilsson,
        // chairman of the association,`) are people, with that role.
        for t in &tokens {
            for (roles, name) in appositive_people(t) {
                add_person(&mut persons, name, roles);
            }
        }
        // `Cr Janine Sutcliffe, who was elected mayor in November,`: the office is a role.
        for t in &tokens {
            for (name, roles) in super::relative::offices_after_who(t) {
                add_person(&mut persons, name, roles);
            }
        }
        // Names that stand as speakers are people (or organisations) even without a title.
        for f in found {
            let Some((a, b)) = f.cue else { continue };
            let text = if f.part == TextPart::Lead { lead } else { body };
            let phrase = before_bracket(text.get(a..b).unwrap_or(""));
            let ws = words(phrase, 10);
            let tokens: Vec<String> = ws
                .iter()
                .map(|&w| clean_core(phrase, w))
                .filter(|t| !t.is_empty())
                .collect();
            let from = match possessor_index(phrase, &ws) {
                Some(k) if k + 1 < tokens.len() && ws.len() == tokens.len() => k + 1,
                _ => 0,
            };
            let (roles, name) = split_name(&tokens[from..]);
            if looks_like_name(&name)
                && !DETERMINERS.contains(&name[0].to_lowercase().as_str())
                && !after_place_preposition(&tokens[from..], &name)
            {
                add_person(&mut persons, name, roles.into_iter().collect());
            }
        }
        // Untitled full names whose surname a known person has (`John Smith` ... `Smith said`),
        // or whose surname stands alone elsewhere (`Elon Musk` ... `Musk dismissed`): places
        // and events are not referred to by their last word.
        let mut counts: HashMap<&str, usize> = HashMap::default();
        for t in &tokens {
            for (lower, _) in t
                .lower
                .iter()
                .zip(&t.capital)
                .filter(|(_, capital)| **capital)
            {
                *counts.entry(lower).or_default() += 1;
            }
        }
        let mut run_counts: HashMap<Vec<String>, usize> = HashMap::default();
        for run in &untitled {
            *run_counts
                .entry(run.iter().map(|t| t.to_lowercase()).collect())
                .or_default() += 1;
        }
        // Words the article writes in lower case: a run opening with one (`Without INRA, he
        // added`) opens a sentence, it names no one, unless that word is a given name.
        let ordinary: HashSet<&str> = tokens
            .iter()
            .flat_map(|t| t.lower.iter().zip(&t.capital))
            .filter(|(l, capital)| !**capital && l.chars().count() >= 3)
            .map(|(l, _)| &**l)
            .collect();
        let before_who = super::relative::names_before_who(&tokens);
        let mut loose: Vec<Vec<String>> = Vec::new();
        for mut run in untitled {
            let opener = run[0].to_lowercase();
            if ordinary.contains(opener.as_str()) && lexicon::given_name(&opener).is_none() {
                // `But Maria Lopez`: a given name after the opener opens the name.
                let given = run.len() >= 3 && lexicon::given_name(&run[1].to_lowercase()).is_some();
                if !given {
                    loose.push(run);
                    continue;
                }
                run.remove(0);
            }
            let last = run.last().map(|s| s.to_lowercase()).unwrap_or_default();
            let key: Vec<String> = run.iter().map(|t| t.to_lowercase()).collect();
            // `Korea` standing alone after `Gallup Korea` is the place, no surname.
            let alone = counts.get(last.as_str()).copied().unwrap_or(0)
                > run_counts.get(&key).copied().unwrap_or(0)
                && !lexicon::is_place(&last)
                && !lexicon::is_demonym(&last);
            // `Yoon Seo-yeon` … `Yoon had been`: a surname written first (a given name in two
            // syllables joined in lower case after it) stands alone too.
            let first_alone = matches!(&run[..], [surname, given]
                if given.split_once('-').is_some_and(|(a, b)| {
                    a.chars().count() >= 2 && b.chars().count() >= 2
                        && b.chars().all(char::is_lowercase)
                })
                && counts.get(surname.to_lowercase().as_str()).copied().unwrap_or(0)
                    > run_counts.get(&key).copied().unwrap_or(0));
            let alone = alone || first_alone;
            let known = persons
                .iter()
                .any(|p| without_suffix(&p.lower).last() == Some(&last));
            let place_like =
                GROUP_NOUNS.contains(&last.as_str()) || ROLE_NOUNS.contains(&last.as_str());
            // A run opening with a given name the data knows (`Maria Lopez`) is a person's; one
            // opening with a shouted word (`LOVE Villa`) is a tabloid's capitals.
            let given = lexicon::given_name(&run[0].to_lowercase()).is_some();
            let shouted = run[0].chars().count() >= 2 && !run[0].chars().any(char::is_lowercase);
            // `Nadezhda Shirokova, who lives nearby,`: a relative `who` follows a person.
            let who = before_who.contains(&key) && !kinds::is_place(&key);
            if known || ((alone || given || who) && !place_like && !shouted) {
                add_person(&mut persons, run, HashSet::default());
            } else if !place_like {
                loose.push(run);
            }
        }
        persons.retain(|p| !plural_of_written_word(&p.lower, &counts));
        super::initials::restore_initials(&tokens, &mut persons);
        for p in &mut persons {
            p.sex = kinds::sex_of(&p.lower, &p.roles);
        }
        let mentions = mentions(&tokens, &persons, found);
        // The article's `he`/`she` right after a name outweighs the sex the data lists for
        // its given name; a title's sex (`Mrs`) stands.
        for (i, told) in super::told_sex::told_sexes(&tokens, &persons, &mentions, found) {
            let p = &mut persons[i];
            let titled = p.roles.iter().any(|r| lexicon::honorific(r).is_some());
            // Only a listed sex is corrected: a name the data gives none keeps none.
            if let (Some(told), false, Some(_)) = (told, titled, p.sex) {
                p.sex = Some(told);
            }
        }
        // `His wife, Nino,`: the noun the name stands in apposition to outweighs the data.
        let kin = super::kin::kin_sexes(&tokens);
        for p in &mut persons {
            let titled = p.roles.iter().any(|r| lexicon::honorific(r).is_some());
            if let (Some(Some(sex)), false) = (kin.get(&p.lower), titled) {
                p.sex = Some(*sex);
            }
        }
        let introduced = super::introduced::first_named_in_full(&tokens, &persons);
        let person_count = persons.len();
        let mut everyone: Vec<Person> = persons
            .iter()
            .map(|p| Person::new(p.tokens.clone(), HashSet::default()))
            .collect();
        for run in loose {
            everyone.push(Person::new(run, HashSet::default()));
        }
        let loose_mentions = mentions_of(&tokens, &everyone, found, true);
        let loose_names = everyone.into_iter().map(|p| p.tokens.join(" ")).collect();
        let Organisations {
            found: organisations,
            names: organisation_names,
            speaking: speaking_organisations,
            spoke_at: organisations_spoke_at,
        } = organisations(&tokens, found);
        let (descriptions, subject_descriptions) = described_speakers(&tokens, found);
        let (bodies, described_bodies) = bodies::bodies(&tokens, found, &persons);
        // `Mineração Serra Alta, the company,`: a name collected as a person that the article
        // describes as a body is nobody a later `she` or an unattributed quote goes back to.
        let mut mentions = mentions;
        if !described_bodies.is_empty() {
            mentions.retain(|(_, i)| {
                let name = persons[*i].tokens.join(" ");
                !described_bodies.contains(&name)
            });
        }
        People {
            bodies,
            described_bodies,
            descriptions,
            subject_descriptions,
            persons,
            mentions,
            introduced,
            loose_mentions,
            loose_names,
            person_count,
            texts: [lead, body],
            organisations,
            // `Sears, Roebuck and Co`: the few names written with a list, looked up per speaker.
            listed_names: organisation_names
                .iter()
                .filter(|(_, v)| v.contains(", "))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            organisation_names,
            speaking_organisations,
            organisations_spoke_at,
        }
    }
}

/// Whether `name` follows a preposition of place or time inside a speaker's phrase (`An
/// official at the department in Thimphu`): it is where the speaker is, not who (`by` excepted:
/// `a statement by Ann Lee` is hers).
fn after_place_preposition(tokens: &[String], name: &[String]) -> bool {
    let Some(at) = (1..tokens.len()).find(|&i| tokens[i..].starts_with(name)) else {
        return false;
    };
    let before = tokens[at - 1].as_str();
    before != "by" && super::unnamed::SCENE_PREPOSITIONS.contains(before)
}

/// Whether a name ends in the plural of a word the article writes capitalised on its own or
/// that names a people (`Tunisian Islamists` beside `Islamist`, `Many Tunisians`): a group,
/// not a person. A stem that is a given name (`Williams`, `Phillips`) keeps the surname.
fn plural_of_written_word(lower: &[String], capitals: &HashMap<&str, usize>) -> bool {
    let Some(last) = lower.last() else {
        return false;
    };
    let Some(stem) = last.strip_suffix('s') else {
        return false;
    };
    stem.chars().count() >= 4
        && !stem.ends_with(['s', 'u', 'i'])
        && lexicon::given_name(stem).is_none()
        && (capitals.contains_key(stem) || lexicon::is_demonym(stem))
}
