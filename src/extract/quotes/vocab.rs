//! Word lists the quote passes consult. Lists name grammatical classes (speech verbs, titles,
//! determiners), never phrases from particular articles.

/// Verbs that introduce or close reported speech, in the forms news copy uses.
pub static SPEECH_VERBS: WordSet = WordSet::new(&[
    "said", "says", "say", "saying", "told", "tells", "added", "adds", "adding", "stated", "states",
    "emphasized", "emphasised", "emphasizes", "emphasises", "stressed", "stresses", "concluded",
    "concludes", "noted", "notes", "explained", "explains", "warned", "warns", "argued", "argues",
    "asked", "asks", "insisted", "insists", "claimed", "claims", "wrote", "writes", "replied",
    "replies", "continued", "continues", "declared", "declares", "announced", "announces",
    "admitted", "admits", "acknowledged", "acknowledges", "recalled", "recalls", "remarked",
    "observed", "suggested", "suggests", "urged", "urges", "promised", "promises", "vowed",
    "vows", "pledged", "predicted", "predicts", "cautioned", "complained", "conceded", "confirmed",
    "confirms", "denied", "denies", "described", "describes", "estimated", "joked", "quipped",
    "responded", "retorted", "shouted", "tweeted", "posted", "commented", "underlined",
    "underscored", "assured", "mentioned", "maintained", "countered", "demanded", "boasted",
    "agreed", "reiterated", "reiterates", "testified", "wondered", "lamented", "asserted",
    "asserts", "believes", "thinks", "told", "called", "accused", "praised", "criticised",
    "criticized", "hailed", "labelled", "labeled", "branded", "dismissed", "stated",
]);

/// Speech verbs strong enough to close a sentence of unmarked speech (`..., he said.`).
pub fn closes_speech(verb: &str) -> bool {
    !matches!(
        verb,
        "called" | "accused" | "praised" | "criticised" | "criticized" | "hailed" | "labelled"
            | "labeled" | "branded" | "dismissed" | "described" | "describes" | "believes"
            | "thinks" | "saying" | "adding" | "denied" | "denies" | "confirmed" | "confirms"
            | "posted"
    )
}

pub fn is_speech_verb(lower: &str) -> bool {
    SPEECH_VERBS.contains(&lower)
}

/// Words a name, title or nickname follows (`the "victory plan"`, `so-called "experts"`):
/// directly before a quotation mark they mark a name, not speech.
pub static NAMING: WordSet = WordSet::new(&[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "so-called", "called", "dubbed", "named", "nicknamed", "titled", "entitled", "as", "word",
    "term", "phrase", "slogan", "label", "brand", "codenamed", "code-named", "alias", "aka",
    "known", "film", "book", "song", "album", "novel", "series", "show", "play", "newspaper",
    "magazine", "programme", "program", "operation", "campaign", "headline", "hashtag",
]);

pub static DETERMINERS: WordSet = WordSet::new(
    &["the", "a", "an", "his", "her", "its", "their", "our", "one", "another", "two", "three", "several", "some"]);

pub static PRONOUNS: WordSet = WordSet::new(&["he", "she", "they", "we", "i", "it", "him"]);

/// Words that end a subject when walking back from a verb, or a speaker when walking forward.
pub static PHRASE_STOPS: WordSet = WordSet::new(&[
    "that", "and", "but", "or", "when", "while", "as", "because", "which", "who", "whom", "whose",
    "if", "so", "then", "where", "after", "before", "on", "in", "at", "during", "last", "yesterday",
    "today", "tonight", "tomorrow", "earlier", "later", "this", "to", "via", "with", "from",
    "since", "until", "into", "about", "by", "also", "adding", "told", "said", "in", "what",
    "how", "why", "not", "it", "there", "here", "now", "once", "again", "just", "than", "very",
]);

/// Adverbs and auxiliaries that sit between a subject and its speech verb (`he also said`).
pub static VERB_FILLERS: WordSet = WordSet::new(&[
    "also", "later", "then", "has", "had", "have", "was", "is", "were", "would", "will", "again",
    "further", "once", "previously", "recently", "earlier", "reportedly", "repeatedly", "publicly",
    "simply", "only", "even", "himself", "herself", "themselves", "quickly", "flatly", "firmly",
    "bluntly", "angrily", "quietly", "openly", "already", "often", "separately", "subsequently",
    "explicitly", "privately", "emphatically", "has", "had",
]);

pub static WEEKDAYS_MONTHS: WordSet = WordSet::new(&[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
]);

/// Titles and role words written before a name; they describe the person and are not part of
/// the name (`Ukrainian President Volodymyr Zelensky` -> `Volodymyr Zelensky`).
pub static TITLES: WordSet = WordSet::new(&[
    "president", "vice", "prime", "minister", "secretary", "chancellor", "governor", "mayor",
    "senator", "sen", "rep", "representative", "congressman", "congresswoman", "mr", "mrs", "ms",
    "miss", "dr", "prof", "professor", "general", "gen", "admiral", "adm", "colonel", "col",
    "captain", "capt", "lt", "lieutenant", "sgt", "sergeant", "major", "maj", "judge", "justice",
    "chief", "commander", "king", "queen", "prince", "princess", "pope", "sheikh", "ambassador",
    "spokesman", "spokeswoman", "spokesperson", "ceo", "chairman", "chairwoman", "chair",
    "director", "leader", "speaker", "deputy", "attorney", "commissioner", "lord", "lady", "sir",
    "dame", "rev", "reverend", "father", "bishop", "archbishop", "coach", "manager", "inspector",
    "officer", "detective", "constable", "superintendent", "premier", "executive", "head",
    "foreign", "defence", "defense", "interior", "finance", "health", "economy", "energy",
    "trade", "justice", "education", "state", "official", "analyst", "economist", "lawyer",
    "researcher", "founder", "adviser", "advisor", "aide", "envoy", "negotiator", "striker",
    "midfielder", "defender", "goalkeeper", "senior", "former", "acting", "opposition", "party",
    "councillor", "councilor", "councilman", "councilwoman", "alderman", "assemblyman",
    "assemblywoman", "abbot", "abbess", "cardinal", "rabbi", "imam", "pastor", "vicar", "canon",
    "dean", "sheriff", "marshal", "coroner", "emir", "chairperson", "headteacher", "headmaster",
    "headmistress", "curator", "skipper", "superintendent", "magistrate",
]);

/// Role nouns a description of a speaker ends in (`the Ukrainian president`, `a senior
/// official`, `police`): what may stand as a subject even in lower case.
pub static ROLE_NOUNS: WordSet = WordSet::new(&[
    "president", "minister", "secretary", "chancellor", "governor", "mayor", "senator",
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "leader", "leaders",
    "chief", "head", "director", "police", "officer", "officers", "analyst", "analysts", "expert",
    "experts", "source", "sources", "ministry", "government", "lawmaker", "lawmakers", "prosecutor",
    "prosecutors", "lawyer", "lawyers", "judge", "economist", "economists", "researcher",
    "researchers", "scientist", "scientists", "professor", "aide", "aides", "adviser", "advisers",
    "advisor", "advisors", "resident", "residents", "witness", "witnesses", "survivor",
    "survivors", "doctor", "doctors", "coach", "manager", "captain", "chairman", "chairwoman",
    "ceo", "executive", "executives", "founder", "owner", "author", "commander", "general",
    "ambassador", "diplomat", "diplomats", "negotiator", "member", "members", "activist",
    "activists", "worker", "workers", "farmer", "farmers", "teacher", "teachers", "student",
    "students", "mother", "father", "wife", "husband", "son", "daughter", "man", "woman",
    "people", "military", "army", "department", "agency", "company", "firm", "office", "group",
    "union", "committee", "council", "court", "party", "campaign", "team", "club", "board",
    "bank", "authorities", "regulator", "watchdog", "organisers", "organizers", "investigators",
    "statement", "report", "premier", "envoy", "striker", "player", "players", "defender",
    "midfielder", "goalkeeper", "veteran", "pilot", "nurse", "engineer", "mp", "mps", "king",
    "queen", "pope", "inspector", "detective", "constable", "superintendent", "representative",
    "administration", "white", "house", "kremlin", "pentagon", "embassy", "spokesperson",
    "operator", "operators", "airline", "industry", "association", "federation", "institute",
    // Further people nouns: offices, trades, sport, courts.
    "councillor", "councilor", "councillors", "councilman", "councilwoman", "alderman", "chair",
    "chairperson", "abbot", "abbess", "monk", "nun", "priest", "vicar", "rabbi", "imam", "bishop",
    "archbishop", "cardinal", "pastor", "assistant", "shopkeeper", "fisherman", "fishermen",
    "skipper", "driver", "drivers", "passenger", "passengers", "commuter", "commuters", "parent",
    "parents", "neighbour", "neighbours", "neighbor", "neighbors", "employee", "employees",
    "paramedic", "firefighter", "firefighters", "soldier", "soldiers", "curator", "historian",
    "campaigner", "campaigners", "organiser", "organizer", "seamer", "bowler", "batter",
    "batsman", "spinner", "winger", "forward", "keeper", "sprinter", "champion", "rider",
    "jockey", "trainer", "boxer", "golfer", "cyclist", "swimmer", "runner", "strategist",
    "banker", "investor", "investors", "trader", "traders", "landlord", "tenant", "tenants",
    "pensioner", "victim", "victims", "defendant", "barrister", "solicitor", "attorney",
    "counsel", "juror", "coroner", "congressman", "congresswoman", "commissioner", "editor",
    "journalist", "reporter", "writer", "novelist", "poet", "artist", "actor", "actress",
    "singer", "musician", "architect", "designer", "planner", "boss", "entrepreneur",
    "headteacher", "headmaster", "principal", "lecturer", "dean", "surgeon", "physician",
    "pharmacist", "midwife", "volunteer", "volunteers", "fan", "fans", "supporter",
    "supporters", "voter", "voters", "shopper", "shoppers", "customer", "customers", "tourist",
    "tourists", "visitor", "visitors", "mep", "peer", "sheriff", "chancellor", "governor",
    "director-general", "secretary-general", "chief-executive", "co-founder", "shareholder",
    "shareholders", "consultant", "professor", "academic", "pupil", "pupils", "homeowner",
    "homeowners", "resident", "mourner", "mourners", "protester", "protesters", "demonstrator",
    "demonstrators", "climber", "sailor", "crew", "guide", "ranger", "warden", "vet",
]);

/// Role nouns that name an organisation or a group, never one person: `the ministry said`
/// must not resolve to someone whose title carried `ministry`.
pub static GROUP_NOUNS: WordSet = WordSet::new(&[
    "ministry", "government", "police", "department", "agency", "company", "firm", "office",
    "group", "union", "committee", "council", "court", "party", "campaign", "team", "club",
    "board", "bank", "authorities", "regulator", "watchdog", "statement", "report",
    "administration", "white", "house", "kremlin", "pentagon", "embassy", "operator",
    "operators", "airline", "industry", "association", "federation", "institute", "military",
    "army", "people", "sources", "source", "crew",
]);

/// Nationality words that are not `-ian`/`-ese`/`-man` shaped (`the Spaniard` is matched by
/// its ending, `the Swede` by this list).
pub static DEMONYMS: WordSet = WordSet::new(&[
    "scot", "swede", "dane", "pole", "finn", "serb", "croat", "greek", "turk", "czech", "swiss",
    "briton", "kiwi", "argentine", "thai", "afghan", "slovak", "slovene", "basque", "catalan",
    "uzbek", "kazakh", "democrat", "republican", "aussie", "brit", "yankee",
]);

/// Capitalised words ending like a demonym that are names of things (`the Guardian said`).
pub static NOT_DEMONYMS: WordSet = WordSet::new(&["guardian", "vatican", "pelican", "ottoman", "statesman", "times"]);

/// Adjectives that may precede a lower-case role noun (`senior official`).
pub static ROLE_ADJECTIVES: WordSet = WordSet::new(&[
    "senior", "top", "former", "local", "deputy", "foreign", "defence", "defense", "interior",
    "finance", "health", "military", "regional", "state", "federal", "chief", "lead", "assistant",
    "acting", "prime", "vice", "government", "police", "company", "party", "club", "team",
    "opposition", "ministry", "army", "press", "security", "intelligence", "hospital", "school",
    "union", "city", "county", "district", "retired", "young", "elderly", "other", "many",
    "some", "two", "three", "several", "independent", "western", "european", "u.s.", "economy",
    "energy", "trade", "justice", "education", "agriculture", "transport", "new", "head",
]);

pub static ABBREVIATIONS: WordSet = WordSet::new(&[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Prof", "Lt", "Col", "Capt", "Sgt",
    "Jr", "Sr", "Maj", "Adm", "Rev", "Hon", "Mt", "No", "vs", "etc", "Inc", "Co", "Corp", "Ltd",
]);

/// Particles inside names (`Ursula von der Leyen`, `Charles de Gaulle`).
pub static NAME_PARTICLES: WordSet = WordSet::new(
    &["de", "der", "den", "van", "von", "bin", "al", "da", "di", "du", "le", "la", "del", "ibn", "el"]);

/// First- and second-person words: unmarked text closed by `, he said.` is speech (rather than
/// a paraphrase like `prices rose, the ministry said.`) when it speaks as `I` or `we`.
pub static FIRST_PERSON: WordSet = WordSet::new(&[
    "i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "we'll", "our", "ours",
    "us", "my", "me", "mine", "you", "your", "you're", "you've", "let's", "i’m", "i’ve", "i’d",
    "i’ll", "we’re", "we’ve", "we’d", "we’ll", "you’re", "you’ve", "let’s",
]);

/// A word list with constant-time lookups: the quote passes ask it about nearly every word,
/// and scanning the lists was a fifth of the import's extraction time (measured).
pub struct WordSet {
    words: &'static [&'static str],
    set: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> Self {
        WordSet { words, set: std::sync::OnceLock::new() }
    }

    pub fn contains(&self, word: &&str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(*word)
    }
}
