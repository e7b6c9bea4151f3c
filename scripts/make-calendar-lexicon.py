#!/usr/bin/env python3
"""Regenerates assets/lexicon/calendar.tsv: month and weekday names in the languages news is
written in, from the Unicode CLDR (through Babel: `pip install babel`). CLDR data is under the
Unicode licence (assets/lexicon/LICENSE-CLDR.txt).

Each line: `month<TAB>N<TAB>name` or `weekday<TAB>N<TAB>name`, lower-cased, trailing dots
dropped, duplicates removed. Wide and abbreviated forms, format (genitive: `stycznia`) and
stand-alone (`styczeń`) contexts.
"""
import os, unicodedata
from babel.dates import get_month_names, get_day_names, get_period_names

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "ru", "uk", "be", "bg", "sr",
         "hr", "sl", "bs", "hu", "ro", "tr", "el", "sv", "da", "nb", "nn", "fi", "et", "lv", "lt",
         "ca", "gl", "eu", "id", "ms", "tl", "sw", "af", "ga", "cy", "is", "mt", "sq", "mk",
         # Further scripts and regions, after the languages above so that theirs win a clash.
         "az", "ka", "hy", "kk", "uz", "ky", "mn", "he", "ar", "fa", "ur", "hi", "bn", "ta", "te",
         "mr", "gu", "pa", "ne", "si", "th", "vi", "km", "lo", "my", "ha", "yo", "ig", "zu", "xh",
         "am", "so", "ps", "de_AT", "de_CH", "ko", "zh", "zh_Hant", "ja",
         # Tigrinya: Eritrean papers name the Gregorian months in Ge'ez script (`ሕዳር`).
         "ti",
         # Regional forms with month names of their own (Maghreb `ماي`, `غشت`; Levantine
         # `كانون الثاني`), other scripts of a language, and more languages news is written in.
         "ar_MA", "ar_DZ", "ar_TN", "ar_LY", "ar_LB", "ar_SY", "ar_IQ", "ar_JO", "ar_PS",
         # Languages in Latin script add only what CLDR's day periods give (below): their
         # month abbreviations (`now`, `few`, `jon`) are English words.
         "sr_Latn", "bs_Cyrl", "uz_Cyrl", "pa_Arab", "kn", "ml", "or", "as", "sd", "ckb", "yue"]

def clean(name):
    return unicodedata.normalize("NFC", name).lower().strip().rstrip(".")

# A name that means different months in two languages (`listopad`: November in Polish and Czech,
# October in Croatian) keeps the reading of the language listed first.
by_name = {}
for lang in LANGS:
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for kind, names, shift in (("month", get_month_names(width, context, lang), 0),
                                       ("weekday", get_day_names(width, context, lang), 1)):
                for n, name in names.items():
                    name = clean(name)
                    if len(name) >= 2 and not any(c.isdigit() for c in name):
                        by_name.setdefault((kind, name), {n + shift})
# Before- and after-noon marks (`yb`/`yh` in Welsh, `Yamma` in Hausa, `dop.`/`pop.` in
# Slovenian): kind `period`, 0 before noon, 1 after. `am`/`pm` themselves are read by the
# time pattern.
for lang in LANGS:
    for width in ("abbreviated", "wide", "narrow"):
        for context in ("format", "stand-alone"):
            names = get_period_names(width, context, lang)
            for key, n in (("am", 0), ("pm", 1)):
                name = clean(names.get(key, ""))
                # One letter of a script other than Latin is a mark too (Arabic `ص`/`م`); the
                # reader takes such a short mark only where it ends the clause.
                long_enough = len(name) >= 2 or (len(name) == 1 and not name.isascii())
                if long_enough and name not in ("am", "pm", "a", "p") and not any(c.isdigit() for c in name):
                    by_name.setdefault(("period", name), {n})
# Day periods of the clock (`5:30 de la tarde`, `6:30 شام`, `3:45 petang`, `9 রাত্রি`), from
# CLDR's day-period rules: a period wholly before noon is 0, wholly after noon 1; one that runs
# over midnight (night) is 2, read as after noon for 6 to 11 o'clock and before it otherwise.
# A phrase opening with a short preposition is also kept without it (`in the evening` →
# `the evening`), as the reader may skip one short word.
def period_class(spans):
    kinds = set()
    for span in spans:
        start, end = span.get("from", span.get("at")), span.get("before", span.get("at"))
        if start is None or end is None:
            return None
        if start < end <= 43200:
            kinds.add(0)
        elif 43200 <= start < end <= 86400:
            kinds.add(1)
        elif start > end:
            kinds.add(2)
        else:
            return None
    return kinds.pop() if len(kinds) == 1 else None

from babel import Locale
for lang in LANGS:
    rules = Locale.parse(lang).day_period_rules or {}
    selection = rules.get("selection") or rules.get(None) or {}
    for width in ("abbreviated", "wide", "narrow"):
        for context in ("format", "stand-alone"):
            for key, name in get_period_names(width, context, lang).items():
                if key in ("am", "pm", "midnight", "noon") or key not in selection:
                    continue
                n = period_class(selection[key])
                name = clean(name)
                if n is None or len(name) < 2 or any(c.isdigit() for c in name):
                    continue
                by_name.setdefault(("period", name), {n})
                words = name.split(" ")
                if len(words) == 3 and len(words[0]) <= 3:
                    by_name.setdefault(("period", " ".join(words[1:])), {n})
# The Brahmic scripts of India share one layout (ISCII's, which Unicode kept: each block is the
# Devanagari one shifted), and their languages share the Sanskrit words for parts of the day:
# Nepali `अपराह्न` is Bengali `অপরাহ্ন`, Marathi `सकाळ` is Odia `ସକାଳ`. CLDR gives day periods for
# a few of these languages only (Odia none), so each Indic period name of three letters or more
# is also written letter for letter in the other scripts, where every letter exists there (same
# Unicode character name but the script's), never over a reading given above, and dropped where
# two sources disagree.
import unicodedata as ud
INDIC = {"DEVANAGARI": 0x0900, "BENGALI": 0x0980, "GURMUKHI": 0x0A00, "GUJARATI": 0x0A80,
         "ORIYA": 0x0B00, "TAMIL": 0x0B80, "TELUGU": 0x0C00, "KANNADA": 0x0C80, "MALAYALAM": 0x0D00}
def indic_script(name):
    scripts = set()
    for c in name:
        found = [s for s, base in INDIC.items() if base <= ord(c) < base + 0x80]
        if not found:
            return None
        scripts.add(found[0])
    return scripts.pop() if len(scripts) == 1 else None
def transliterate(name, source, target):
    out = []
    for c in name:
        t = chr(ord(c) - INDIC[source] + INDIC[target])
        if ud.name(t, "") != ud.name(c).replace(source, target, 1):
            return None
        out.append(t)
    return ud.normalize("NFC", "".join(out))
crossed = {}
for (kind, name), ns in list(by_name.items()):
    source = indic_script(name) if kind == "period" else None
    if source is None or len(name) < 3:
        continue
    for target in INDIC:
        written = transliterate(name, source, target) if target != source else None
        if written and ("period", written) not in by_name:
            crossed.setdefault(written, set()).update(ns)
for name, ns in crossed.items():
    if len(ns) == 1:
        by_name[("period", name)] = ns
# Spellings sites use that CLDR does not list: English `Sept`, French without accents.
EXTRA = [("month", 9, "sept"), ("month", 2, "fevrier"), ("month", 8, "aout"), ("month", 12, "decembre"),
         ("month", 6, "jun"), ("month", 7, "jul"), ("weekday", 2, "tues"), ("weekday", 4, "thur"),
         ("weekday", 4, "thurs")]
# Serbian and Bosnian news write the month in the genitive after the day (`25. новембра 2025.`,
# `25. novembra 2025.`), where CLDR's Serbian gives the nominative.
EXTRA += [("month", n, name) for n, names in enumerate(
    [("јануара", "januara"), ("фебруара", "februara"), ("марта", "marta"), ("априла", "aprila"),
     ("маја", "maja"), ("јуна", "juna"), ("јула", "jula"), ("августа", "avgusta"),
     ("септембра", "septembra"), ("октобра", "oktobra"), ("новембра", "novembra"),
     ("децембра", "decembra")], start=1) for name in names]
for kind, n, name in EXTRA:
    by_name.setdefault((kind, name), {n})
path = os.path.join(os.path.dirname(__file__), "..", "assets", "lexicon", "calendar.tsv")
with open(path, "w", encoding="utf-8") as f:
    f.write("# kind\tnumber\tname — generated by scripts/make-calendar-lexicon.py from Unicode CLDR\n")
    for (kind, name), ns in sorted(by_name.items()):
        if len(ns) == 1 and (len(name) >= 2 or (kind == "period" and not name.isascii())):
            f.write(f"{kind}\t{next(iter(ns))}\t{name}\n")
print(path, len(by_name))
