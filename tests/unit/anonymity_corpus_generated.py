"""Generated case summaries for the anonymity corpus: templates and fillers with a fixed seed, so the
corpus is the same on every run (see anonymity_corpus.py)."""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.anonymity_corpus_marks import BLOCK_KINDS


def words(text: str) -> list[str]:
    return text.split()


PROBLEMS = [
    "{pronoun} har tiltagende skolevægring og ondt i maven om morgenen.",
    "{pronoun} har voldsomme vredesudbrud flere gange om ugen.",
    "{pronoun} har svært ved at koncentrere sig og forstyrrer undervisningen.",
    "{pronoun} har mistet appetitten og tabt {kg} kg siden {month}.",
    "{pronoun} har rispet sig på underarmene gennem de seneste {n} måneder.",
    "{pronoun} sover dårligt og har mareridt {n} nætter om ugen.",
    "{pronoun} har tvangshandlinger med håndvask og tjek.",
    "{pronoun} trækker sig fra kammerater og sidder meget alene.",
    "{pronoun} har motoriske tics, som forværres ved prøver.",
    "{pronoun} taler ikke i skolen, men taler frit derhjemme.",
    "{pronoun} har panikanfald i bussen og vil ikke længere tage den.",
    "{pronoun} har haft et fravær på {pct} % i dette skoleår.",
    "{pronoun} er meget optaget af vægt og motion og løber hver dag.",
    "{pronoun} fortæller om tanker om at være død.",
    "{pronoun} har svært ved overgange og reagerer kraftigt på ændringer i skemaet.",
]
TRIED = [
    "Der er afprøvet pauseplan og støttepædagog {n} timer om ugen.",
    "Familien har gennemført PALS-forløb.",
    "Forældrene har deltaget i Cool Kids.",
    "Skolepsykologen har haft {n} samtaler med barnet.",
    "Der har været netværksmøde med skole, forældre og sundhedsplejerske.",
    "Klassen har fået en AKT-vejleder tilknyttet fra uge {week}.",
    "Pædagogerne bruger Marte Meo og visuelle skemaer.",
    "Der er lavet en handleplan for skoleåret {year}/{next_year}.",
    "Forældrene har afprøvet faste rutiner og skærmfri aftener i {n} uger.",
    "Barnet har haft mentor {n} gange om ugen.",
]
SCREENINGS = [
    "SDQ total {sdq}/40 (forældre) og {sdq2}/40 (lærer).",
    "SCAS total {scas} ved screening {mm}/{year}.",
    "MFQ {mfq} i {month} og {mfq2} i uge {week}.",
    "ADHD-RS forældre {adhd}, lærer {adhd2}.",
    "RCADS t-score {t}.",
    "EDE-Q global {ede}.",
    "YGTSS total {ygtss}/50.",
    "WISC-V samlet IK {iq}.",
    "Ingen screening endnu, men SDQ er sendt ud.",
    "Vægt {weight} kg, BMI {bmi}.",
]
QUESTIONS = [
    "Vi ønsker sparring om, hvorvidt der skal henvises.",
    "Hvad er næste skridt?",
    "Vi ønsker supervision på egen rolle i sagen.",
    "Er der grundlag for udredning (Trin 3)?",
    "Kan indsatsen fortsætte i kommunalt regi?",
    "Vi ønsker råd om, hvordan skolen kan støtte.",
    "Hvordan vurderer BUA bekymringsgraden?",
    "Mødet kan holdes kl. {hour}.{minute}, hvis det passer.",
]
OPENINGS = [
    "{Sex}, {age} år, i {grade}. klasse.",
    "{age}-årig {sex}.",
    "En {sex} på {age} år.",
    "{Sex} på {age} år, der går i {grade}.{letter}.",
    "Vi har en {sex}, {age} år.",
]
MONTH_NAMES = [
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
]  # fmt: skip
# Names given to children in Denmark, some outside the guard's lists, and surnames likewise.
FIRST_NAMES = words(
    "Emma Ida Clara Alma Freja Sofia Ella Olivia Karla Agnes Laura Nora Asta Josefine Maja Lærke Malou "
    "William Noah Oscar Lucas Carl Emil Valdemar Aksel Malthe Elias Magnus Oliver Alfred Anton Viggo "
    "Villads Sebastian Frederik Mohammed Aisha Zainab Ibrahim Jamal Mariam Hiba Dilan Amir"
)
SURNAMES = words(
    "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen "
    "Madsen Kristensen Olsen Thomsen Poulsen Mortensen Møller Lund Holm Østergaard Dam Kjær Bach Skov "
    "Hassan Yilmaz Kowalski Nguyen Demir Abdi Ahmadi Sørup Bundgaard Fogh"
)
STREETS = [
    *words(
        "Søndergade Vestergade Nørregade Østergade Bredgade Hovedgaden Kirkevej Skolevej Stationsvej "
        "Banegårdsgade Lindevej Birkevej Egevej Bøgevej Rosenvænget Engtoften Møllebakken Solhøj "
        "Nørrebrogade Tietgensgade Klostermarken Vibevej Ahornvej Grønnegade Fredensgade Randersvej "
        "Viborgvej Silkeborgvej Herningvej Grenåvej Åboulevarden Ringkøbingvej Strandvejen Havnegade "
        "Jernbanegade Algade Torvegade Skovvej"
    ),
    "Kastanie Allé",
    "Ny Munkegade",
    "Gl. Kongevej",
]
TOWNS = [
    "8000 Aarhus C",
    "8200 Aarhus N",
    "8210 Aarhus V",
    "8260 Viby J",
    "8900 Randers C",
    "8920 Randers NV",
    "8600 Silkeborg",
    "8700 Horsens",
    "7400 Herning",
    "7500 Holstebro",
    "8800 Viborg",
    "7800 Skive",
    "8500 Grenaa",
    "8400 Ebeltoft",
    "8660 Skanderborg",
    "8300 Odder",
    "7430 Ikast",
    "7330 Brande",
    "6950 Ringkøbing",
    "6900 Skjern",
    "7620 Lemvig",
    "7600 Struer",
    "8850 Bjerringbro",
    "8722 Hedensted",
    "8370 Hadsten",
    "8382 Hinnerup",
    "8450 Hammel",
    "8740 Brædstrup",
    "8305 Samsø",
    "6960 Hvide Sande",
]
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.dk", "live.dk", "mail.dk", "yahoo.dk", "privat.example"]
INSTITUTIONS = [
    "Vestre Skole",
    "Østre Skole",
    "Bakkeskolen",
    "Skovvangskolen",
    "Børnehaven Regnbuen",
    "Hadsten Friskole",
    "Silkeborg Privatskole",
    "Børnehuset Troldehøj",
    "Holstebro Gymnasium",
]


def generated(seed: int = 20240601, clean: int = 90, identifying: int = 110) -> list[str]:
    """Marked texts from the templates: `clean` without identifying data, `identifying` with 1-3 items."""
    rng = random.Random(seed)
    texts = [_summary(rng, []) for _ in range(clean)]
    for _ in range(identifying):
        count = rng.choice((1, 1, 2, 2, 3))
        texts.append(_summary(rng, [_identifying(rng) for _ in range(count)]))
    return texts


def _summary(rng: random.Random, extra: list[str]) -> str:
    age = rng.randint(6, 17)
    sex = rng.choice(("pige", "dreng"))
    values = {
        "age": age,
        "sex": sex,
        "Sex": sex.capitalize(),
        "grade": max(0, age - 6),
        "letter": rng.choice("ABCDX"),
        "pronoun": "Hun" if sex == "pige" else "Han",
        "kg": rng.randint(2, 9),
        "n": rng.randint(2, 12),
        "pct": rng.randint(5, 80),
        "week": rng.randint(1, 52),
        "year": (year := rng.randint(2021, 2025)),
        "next_year": year + 1,
        "month": rng.choice(MONTH_NAMES),
        "mm": f"{rng.randint(1, 12):02d}",
        "sdq": rng.randint(8, 34),
        "sdq2": rng.randint(8, 34),
        "scas": rng.randint(15, 70),
        "mfq": rng.randint(10, 60),
        "mfq2": rng.randint(10, 60),
        "adhd": rng.randint(10, 50),
        "adhd2": rng.randint(10, 50),
        "t": rng.randint(45, 85),
        "ede": f"{rng.randint(1, 5)},{rng.randint(0, 9)}",
        "ygtss": rng.randint(5, 45),
        "iq": rng.randint(65, 120),
        "weight": rng.randint(20, 70),
        "bmi": f"{rng.randint(13, 24)},{rng.randint(0, 9)}",
        "hour": rng.randint(8, 15),
        "minute": rng.choice(("00", "15", "30", "45")),
    }
    sentences = [
        rng.choice(OPENINGS),
        rng.choice(PROBLEMS),
        *rng.sample(TRIED, rng.randint(0, 2)),
        rng.choice(SCREENINGS),
        rng.choice(QUESTIONS),
    ]
    text = [sentence.format(**values) for sentence in sentences]
    for sentence in extra:
        text.insert(rng.randint(1, len(text)), sentence)
    if rng.random() < 0.15:  # something that warns but does not block
        text.insert(1, rng.choice(_warnings(rng)))
    return " ".join(text)


def _warnings(rng: random.Random) -> list[str]:
    name = rng.choice(FIRST_NAMES[:34])
    return [
        f"Barnet går på {{institution:{rng.choice(INSTITUTIONS)}}}.",
        f"Sagen har {{case_number:sagsnr. {rng.randint(2019, 2025)}-{rng.randint(100, 99999)}}}.",
        f"Vi kalder barnet {{first_name:{name}}} her.",
    ]


TEMPLATES = {
    "cpr": ["CPR {cpr:%s}.", "Barnets cpr-nr. er {cpr:%s}.", "(cpr {cpr:%s})", "Personnummer: {cpr:%s}."],
    "phone": [
        "Mor kan kontaktes på {phone:%s}.",
        "Tlf. {phone:%s}.",
        "Fars mobil: {phone:%s}.",
        "Ring gerne på {phone:%s} efter kl. 15.",
    ],
    "email": ["Skriv til mor på {email:%s}.", "Mail: {email:%s}", "Far ønsker svar på {email:%s}."],
    "birth_date": [
        "Barnet er født {birth_date:%s}.",
        "(f. {birth_date:%s})",
        "Fødselsdato: {birth_date:%s}.",
        "Hun er født den {birth_date:%s}.",
    ],
    "address": [
        "Familien bor på {address:%s}.",
        "Adresse: {address:%s}.",
        "Barnet bor hos far på {address:%s}.",
    ],
    "postcode": ["Familien bor i {postcode:%s}.", "By: {postcode:%s}."],
    "full_name": [
        "Barnet hedder {full_name:%s}.",
        "Mor, {full_name:%s}, deltager.",
        "Vedrørende {full_name:%s}:",
        "{full_name:%s} er glad for at tegne.",
    ],
}


def _identifying(rng: random.Random) -> str:
    kind = rng.choice(BLOCK_KINDS)
    fillers: dict[str, Callable[[random.Random], str]] = {
        "cpr": _cpr,
        "phone": _phone,
        "email": _email,
        "birth_date": _birth_date,
        "address": _street,
        "postcode": lambda rng: rng.choice(TOWNS),
        "full_name": lambda rng: f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
    }
    return rng.choice(TEMPLATES[kind]) % fillers[kind](rng)


def _random_birthday(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2006, 2022), rng.randint(1, 12), rng.randint(1, 28)


def _cpr(rng: random.Random) -> str:
    year, month, day = _random_birthday(rng)
    serial = f"{rng.choice('4589')}{rng.randint(0, 999):03d}"  # 4-9 with years 00-36: born 2000-2036
    date = f"{day:02d}{month:02d}{year % 100:02d}"
    return rng.choice(
        [
            f"{date}-{serial}",
            f"{date}{serial}",
            f"{date} {serial}",
            f"{date[:2]}.{date[2:4]}.{date[4:]}-{serial}",
        ]
    )


def _phone(rng: random.Random) -> str:
    digits = f"{rng.randint(2, 9)}{rng.randint(0, 9_999_999):07d}"
    pairs = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return rng.choice(
        [digits, pairs, f"{digits[:4]} {digits[4:]}", f"+45 {digits}", f"+45 {pairs}", f"0045 {digits}"]
    )


def _email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST_NAMES).lower(), rng.choice(SURNAMES).lower()
    local = rng.choice([f"{first}.{last}", f"{first}{rng.randint(70, 99)}", f"{first[0]}{last}", first])
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def _birth_date(rng: random.Random) -> str:
    year, month, day = _random_birthday(rng)
    return rng.choice(
        [
            f"{day}. {MONTH_NAMES[month - 1]} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}/{month}-{year}",
            f"{day:02d}.{month:02d}.{year % 100:02d}",
        ]
    )


def _street(rng: random.Random) -> str:
    number = f"{rng.randint(1, 180)}{rng.choice(['', '', '', 'A', 'B'])}"
    floor = rng.choice(["", "", "", ", 1. tv", ", 2. th", ", st. tv", ", 3. sal"])
    return f"{rng.choice(STREETS)} {number}{floor}"
