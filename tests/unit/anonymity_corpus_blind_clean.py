"""Blind corpus, clean texts (see anonymity_corpus_blind.py)."""

from __future__ import annotations

BLIND_CLEAN: list[str] = [
    # --- CLEAN texts: numbers and capitalised words that do not identify anyone ---
    (
        "Drengen 10 år har svært ved at falde i søvn og sover ofte først kl. 23.30. SDQ-total 19 "
        "(forældreversion)."
    ),
    "Pigen på 13 år går i 7. klasse og har haft 42 fraværsdage siden efteråret 2023. SCAS 34, MFQ 27.",
    "Eleven (11 år, 5. årgang) scorer ADHD-RS 28/54 på lærerskemaet og 31/54 på forældreskemaet.",
    "Mødet den 12. marts med skolen, PPR og mor blev aflyst og flyttet til uge 14.",
    (
        "Dreng, 8 år, 2. klasse. Henvist af Randers Kommune efter 3 samtaler i Familiehuset. Vi ønsker "
        "sparring med BUA om udredning."
    ),
    "Sagen blev drøftet på Trin 2-mødet d. 3/4, hvor sundhedsplejersken og skolelæreren deltog.",
    "Mødet blev holdt 02.11.2024 kl. 14.00-15.30 på skolen med 6 deltagere.",
    "Siden uge 37 har pigen (15 år) kun været i skole 2-3 timer om dagen. EDE-Q global 3,8; BMI 16,2.",
    "Drengen er 12 år og går i 6.b. Han har fået Ritalin 10 mg x 2 fra egen læge siden januar 2024.",
    "RCADS-total T-score 71 (forælder) og 64 (barn). Angstsymptomerne beskrives helt tilbage fra 0. klasse.",
    "Familien kom til Danmark fra Syrien i 2016. Pigen på 9 år taler arabisk og dansk og går i 3. klasse.",
    "Mor og Far er skilt og har en 7/7-ordning. Drengen på 14 år er mest hos far i lige uger.",
    (
        "Region Midtjylland har afvist henvisningen 2 gange (marts og august 2024), da kriterierne ikke var "
        "opfyldt."
    ),
    "WISC-V: FSIQ 84 (95 % CI 79-90), VCI 92, WMI 76. Testet d. 14/2-2024 af PPR.",
    "Pige 16 år. Selvskade siden 8. klasse, ca. 3-4 gange om ugen. Har haft 5 samtaler hos skolepsykologen.",
    (
        "Klasselæreren i 4.a oplever, at drengen på 10 år bliver urolig efter 20-25 minutter. SDQ "
        "hyperaktivitet 8/10."
    ),
    (
        "Eleven har deltaget i 12 ud af 16 sessioner i Cool Kids-forløbet (efteråret 2023). SCAS faldt fra "
        "41 til 29."
    ),
    "Barnet er født for tidligt i uge 32 og har haft motoriske vanskeligheder. Nu 7 år, 1. klasse.",
    "Drengen blev født i Ukraine og kom til Danmark i 2022, da han var 9 år.",
    "Pigen fylder 12 år i maj og skal starte i 6. klasse efter sommerferien.",
    "Forældrene har været til 4 netværksmøder (uge 8, 11, 15 og 19). Næste møde er d. 22.05 kl. 9.",
    "Drengen, 15 år, har siden 2021 haft 3 skoleskift. MFQ-C 31, MFQ-P 24.",
    "Henvist via egen læge 1. gang i 2022 og 2. gang i efteråret 2023. Status: venter på svar fra BUA.",
    "Sundhedsplejersken målte d. 5/9 vægt 38,5 kg og højde 152 cm (iso-BMI 17,1).",
    "Skolen har lavet en handleplan med 3 mål og evaluering hver 6. uge. Fravær i 2. halvår: 18 %.",
    "ADOS-2 modul 3 gav en samlet score på 9. Barnet er 11 år og går i specialklasse på 4.-6. årgang.",
    "Pigen på 14 år har fået Melatonin 3 mg siden 2023. Hun sover 5-6 timer pr. nat og har 21 dages fravær.",
    "Drengen har diagnosen F90.0 fra 2021, og F84.5 er overvejet. Nu 13 år, 7. klasse.",
    "Mandag den 4. november var der en konflikt i frikvarteret, hvor 2 elever kom til skade.",
    "Samtalerne foregår hver tirsdag kl. 8.15-9.00 i lokale 204 på skolen.",
    "Far arbejder i 3-holdsskift, og mor har været på sygedagpenge siden 1. oktober 2023.",
    "Familien har modtaget familiebehandling efter Barnets Lov § 32 i 18 måneder.",
    "Drengen spiller FIFA og Fortnite 6-8 timer dagligt og har svært ved at stoppe, når mor siger til.",
    "Eleven i 9. klasse har et karaktergennemsnit på 4,2 og har ikke afleveret 7 ud af 10 opgaver.",
    "BUA-konsulenten spurgte d. 18. januar, om der er lavet SDQ. SDQ-total 23 (lærer) og 17 (forælder).",
    "Pigen på 10 år har kun spist 3-4 madvarer, siden hun var 5 år. Vægtkurven ligger på -2 SD.",
    (
        "Storebror (17 år) blev udredt i børne- og ungdomspsykiatrien i 2019. Lillesøster (4 år) går i "
        "børnehave."
    ),
    "I uge 2-6 2024 var drengen indlagt på Aarhus Universitetshospital, Skejby, i 9 dage.",
    "Skolen ligger i Randers, og familien bor i et lejlighedskompleks i udkanten af byen.",
    "Kontakten til familien går gennem rådgiveren i Myndighed; mor ønsker ikke at blive ringet op.",
    (
        "Tlf.-samtale med mor d. 7/3 (ca. 20 min.). Mor fortæller, at drengen på 9 år har kastet med stole "
        "3 gange."
    ),
    (
        "Pigen har skrevet en mail til klasselæreren om, at hun ikke vil leve mere. Skolen kontaktede mor "
        "samme dag kl. 13.45."
    ),
    "CPR-registret viser, at familien er flyttet 4 gange på 6 år.",
    "Vi har ikke oplyst CPR-nummer, adresse eller navn, jf. retningslinjerne for anonyme sparringsmøder.",
    "Drengen er 10 år gammel, 140 cm høj og vejer 31 kg. Han går i 4. klasse og har 2 gode kammerater.",
    (
        "Ved skolestart i 0. klasse (august 2019) var der allerede bekymring. Konsultativt møde i PPR 3 "
        "gange siden."
    ),
    "SDQ 21 / 8 / 5 / 4 / 4 – impact 6. Lærerversionen er udfyldt i uge 11.",
    "Conners 3: Uopmærksomhed T 78, Hyperaktivitet T 82, Indlæringsproblemer T 65.",
    "Eleven går i 8. klasse, har 46 % fravær, og skolen har sendt 2 underretninger (sept. og nov. 2023).",
    "Pigen på 11 år bor med mor, mormor og 2 halvsøskende på 3 og 6 år.",
    "Henvisning afsendt 15.01.2024, afvist 29.02.2024 og genhenvist 12.04.2024.",
    "Familien er fra Somalia og har boet i Danmark siden 2009. Drengen på 12 år er født i Danmark.",
    "Mor har selv en ADHD-diagnose og tager Elvanse 50 mg. Far har ingen kontakt til barnet.",
    "Der er afholdt 8 sessioner af 45 minutter med fokus på angst (PPR, jan.-apr. 2024).",
    "Pige 17 år, 2.g. Har haft 3 perioder med selvmordstanker siden sommeren 2023 og har en sikkerhedsplan.",
    (
        "Lærerne beskriver en dreng på 7 år i 1. klasse, som græder 10-15 gange om dagen og ikke vil ind i "
        "klassen."
    ),
    "Skoleleder, AKT-lærer, PPR-psykolog og socialrådgiver deltog i mødet torsdag d. 16. maj.",
    (
        "Trin 1: konsultativt forløb i PPR (uge 3-10). Trin 2: tværfagligt møde (uge 12). Trin 3: sparring "
        "med BUA."
    ),
    "SDQ total 21, emotionelle 7, adfærd 3, hyperaktivitet 9, kammerat 2, prosocial 6.",
    "Eleven har 20 timers støtte om ugen, 4 timer i inklusionscentret og 2 x 45 min. med AKT.",
    "Der er lavet 2 børnefaglige undersøgelser (2020 og 2023) og iværksat aflastning 1 weekend om måneden.",
    "Mor er 34 år og far 41 år. Barnet er 10 år. Der er 3 søskende i alderen 2, 6 og 14 år.",
    "Pigen var på ferie i Tyrkiet fra 1. juli til 10. august 2024 og havde derefter 14 dages fravær.",
    "Familien taler polsk derhjemme. Drengen (9 år) kom til Danmark i 2020 og går i 3.c.",
    "Ved opfølgningen 12/12 var SCAS-scoren 29 mod 38 ved start. MFQ uændret 22.",
    "Lægen har målt BT 110/70 og puls 88. Blodprøver fra 2/10 er normale.",
    "Drengen har gået 2 år i 0. klasse og er derfor 1 år ældre end klassekammeraterne; nu 12 år i 5. klasse.",
    "Familien har haft et Marte Meo-forløb med 6 sessioner i efteråret 2023 uden synlig effekt.",
    "Spence Children's Anxiety Scale (SCAS) forældreversion: 44. Barnets egen version: 51.",
    "Pigen har selv ringet til BørneTelefonen 2 gange i januar og har fortalt sundhedsplejersken om det.",
    "Efter Kristi Himmelfartsferien er drengen (11 år) holdt op med at gå til fodbold 2 gange om ugen.",
    "Ungdommens Uddannelsesvejledning vurderer, at eleven i 9. klasse ikke er uddannelsesparat.",
    "Skolen har registreret 17 konflikter mellem 6/1 og 28/2, heraf 5 med fysisk vold.",
    "Forløbet strakte sig fra 03.09.2023 til 15.12.2023 med 10 sessioner á 60 minutter.",
    "SCAS-scorerne ved de 4 målinger var 44, 38, 31 og 20. Pigen er nu 12 år.",
    "Klassen har 24 elever, som næsten alle er født i 2013. Drengen er født i 2014 og er den yngste.",
    "Mor har skrevet til skolen via Aula 5 gange siden uge 40, men har ikke fået svar.",
    (
        "Alle navne, adresser og telefonnumre er fjernet fra denne beskrivelse efter aftale med "
        "Familieafdelingen."
    ),
    "Indsatsen koster ca. 120.000 kr. om året, og Randers Kommune har bevilget 45.000 kr. til 2024.",
    "Beery VMI standardscore 78, WISC-V FSIQ 91. PPR-psykologen testede i uge 46 og uge 47.",
    "Eleven i 10.x har afleveret 3 opgaver ud af 12 og har en fraværsprocent på 52.",
    "Pigen fortæller, at hun har 2.300 følgere på TikTok og bruger Snapchat til kl. 2 om natten.",
    "Hun har nummer 7 på håndboldholdet og træner 3 gange om ugen, men har meldt afbud siden uge 9.",
    "Sundhedsplejersken, Støttepædagogen og Klasselæreren er enige om, at der er behov for sparring.",
    (
        "Drengen på 6 år i 0. årgang, Børnehaveklassen, siger ikke noget til de voksne. Hjemme taler han "
        "frit på dansk og tyrkisk."
    ),
    "K-SADS-interview er ikke foretaget. Kiddie-SADS kan evt. tages op på BUA-mødet i uge 21.",
    "Mødet er fastsat til onsdag d. 11/6 kl. 10-11 i Børne- og Ungerådgivningen, lokale 2.14.",
    "Pigen var 3 år, da forældrene blev skilt; nu 13 år og hos mor 10 dage og far 4 dage ad gangen.",
    "Psykiatrien i Region Syddanmark har tidligere vurderet, at der ikke var grundlag for udredning (2022).",
    "Drengen, 12 år, har haft tics siden 2. klasse: YGTSS motorisk 18, vokal 12, samlet 30 + impairment 20.",
]
