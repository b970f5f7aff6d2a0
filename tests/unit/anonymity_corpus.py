"""Danish case summaries written for the anonymity guard's tests, like a PPR psychologist's text before a
sparring session. Every name, number and address in them is invented.

Identifying data is marked in place as {kind:text}, e.g. "bor på {address:Søndergade 12}"; `corpus()`
strips the marks and keeps their spans. The kinds are those of app.domain.anonymity.Kind. A text with no
BLOCK kind marked is clean: it may carry warnings (a lone first name, a school, a case number) but
must not be blocked.

HANDWRITTEN texts were written one by one; `generated()` adds more from templates and fillers with a
fixed seed, so the corpus is the same on every run. The module imports nothing from the app, so that
bench/anonymity_corpus.py can load it by path.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

BLOCK_KINDS = ("cpr", "email", "phone", "birth_date", "address", "postcode", "full_name")
WARN_KINDS = ("case_number", "institution", "first_name", "surname")


@dataclass(frozen=True)
class Item:
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Case:
    text: str
    items: tuple[Item, ...]

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(item.kind for item in self.items)

    @property
    def clean(self) -> bool:
        return not self.kinds & set(BLOCK_KINDS)


_MARK = re.compile(r"\{(\w+):([^{}]+)\}")


def parse(marked: str) -> Case:
    parts: list[str] = []
    items: list[Item] = []
    length = 0
    position = 0
    for mark in _MARK.finditer(marked):
        before = marked[position : mark.start()]
        parts.append(before)
        length += len(before)
        kind, value = mark.group(1), mark.group(2)
        if kind not in BLOCK_KINDS + WARN_KINDS:
            raise ValueError(f"unknown kind {kind!r} in {marked!r}")
        items.append(Item(kind, length, length + len(value)))
        parts.append(value)
        length += len(value)
        position = mark.end()
    parts.append(marked[position:])
    return Case("".join(parts), tuple(items))


HANDWRITTEN = [
    # --- clean: age bands, scores, months, school years and other numbers that identify nobody ---
    "Pige på 11 år i 5. klasse med tiltagende skolevægring siden efterårsferien. Hun har været fraværende "
    "34 % af tiden i indeværende skoleår. SDQ total 21/40 (forældre) og 17/40 (lærer). Vi overvejer "
    "henvisning og ønsker sparring om næste skridt.",
    "11-årig dreng med uro og koncentrationsbesvær i undervisningen. ADHD-RS forældreversion 38, "
    "lærerversion 31. Der er afprøvet støttepædagog 2 timer per uge og pauseplan siden uge 12. Spørgsmålet "
    "er, om der er grundlag for udredning (Trin 3).",
    "Dreng, 14 år, går i 8.B. Han vejer 32 kg og har tabt sig ca. 6 kg siden marts 2024. EDE-Q global "
    "score 3,8. Sundhedsplejersken har fulgt vægten hver 14. dag. Vi ønsker sparring om bekymringsgrad og "
    "henvisning.",
    "15-årig pige med selvskadende adfærd (rispning) gennem ca. et halvt år. MFQ 41 ved screening 03/2024 "
    "og 35 ved opfølgning i uge 20. Hun går til samtaler hos skolepsykolog en gang om ugen. Hvordan "
    "vurderer BUA risikoen, og hvad bør vi gøre nu?",
    "Pige på 9 år med udtalt separationsangst. SCAS total 42 (forældre), SCAS-C 38. Familien har deltaget "
    "i Cool Kids fra januar til april 2024 uden effekt. Mor og Far er uenige om, hvor meget pres der skal "
    "lægges på skolegangen.",
    "Dreng, 7 år, i 1. klasse. Eksplosive vredesudbrud 3-4 gange om ugen, primært i SFO. Forældrene har "
    "gennemført PALS-forløb i 2023. Klasselæreren beskriver, at han bliver overvældet kl. 11.30-12.00 i "
    "frikvarteret. Vi overvejer, om der er tegn på autismespektrumforstyrrelse.",
    "17-årig ung med social tilbagetrækning og nedsat funktion siden sommeren 2023. Sover 12-14 timer i "
    "døgnet. Har droppet ud af 1.g efter 6 uger. CGAS vurderet til ca. 45. Spørgsmålet er psykose-"
    "screening, og hvem der skal gøre hvad.",
    "Pige, 13 år, med restriktiv spisning. BMI 15,9 (2,5 percentil). Vægttab 4 kg på 8 uger. "
    "Menstruationen er udeblevet siden december. Vi ønsker sparring om akuthed og om henvisning bør ske "
    "straks.",
    "Dreng på 10 år med tics (motoriske og vokale) i ca. 2 år. YGTSS total 28/50. Tics forværres i "
    "perioder med prøver. Skolen har lavet aftale om pauser. Ønsker vurdering af, om der er behov for "
    "videre udredning.",
    "Pige, 16 år, med panikanfald 2-3 gange om ugen og undgåelse af offentlig transport. RCADS panik-skala "
    "t-score 72. Hun har haft 8 samtaler med PPR-psykolog med KAT-elementer. Hvad er næste skridt?",
    "Dreng, 6 år, går i 0. klasse. Sproglig forsinkelse og begrænset øjenkontakt. Talepædagog har vurderet "
    "ham i uge 38. Kan vi starte en pædagogisk-psykologisk vurdering med ADOS-2 for øje, eller skal han "
    "henvises direkte?",
    "12-årig pige med tvangstanker omkring smitte og håndvask 40-50 gange dagligt. CY-BOCS ca. 24. "
    "Familien er slidt. Vi spørger, om behandlingen kan foregå i kommunalt regi.",
    "Dreng, 15 år, med skolefravær på 62 % i 9. klasse. Spiller computer til kl. 3-4 om natten. SDQ "
    "emotionelle symptomer 7/10. Har afprøvet mentorordning i 10 uger. Vi ønsker supervision på egen rolle "
    "i sagen.",
    "Pige, 8 år, med søvnproblemer (indsovning over 1,5 time) og mange bekymringer. SCAS forældre 36. Har "
    "deltaget i Tryghedscirklen (Circle of Security) med mor. Spørgsmål: er angsten behandlingskrævende?",
    "14-årig dreng, anbragt i plejefamilie siden 2019. Tilknytningsvanskeligheder og aggression mod "
    "jævnaldrende. SDQ total 26/40. Han går i specialklasse med 4 elever. Plejefamilien ønsker råd om "
    "håndtering af udbrud.",
    "Pige, 10 år, med diagnosen DF84.0 (infantil autisme) fra 2020. Nu tiltagende angst og skolevægring; "
    "hun har fravær 3 ud af 5 dage. Spørgsmålet er, om der er behov for fornyet vurdering, og hvad "
    "kommunen kan gøre i mellemtiden.",
    "Dreng, 9 år, med ADHD (F90.0), i medicinsk behandling siden 2022. Forældrene oplever bivirkninger: "
    "appetitløshed og vægtfald fra 30 til 27 kg. Den praktiserende læge deltager gerne. Vi ønsker sparring "
    "om samarbejdet om medicinen.",
    "16-årig pige med depressive symptomer og tanker om døden. MFQ 48/66. Ingen konkrete planer ifølge "
    "samtale 02.04.2024. Der er lavet sikkerhedsplan. Vi vil gerne drøfte, om der skal henvises nu.",
    "Dreng, 13 år, med udtalt perfektionisme og mavesmerter om morgenen. Lægen har udelukket somatisk "
    "årsag. SCAS total 31. Han går i 7. klasse og har ca. 15 % fravær. Vi overvejer et forløb i Cool Kids.",
    "Pige, 5 år, i børnehave. Selektiv mutisme: taler hjemme, men ikke i børnehaven. Varighed ca. 1 år. "
    "Pædagogerne har forsøgt gradvis eksponering. Vi ønsker råd om tilgangen.",
    "Dreng, 11 år. Flyttet til Danmark i 2021 fra Syrien. Traumesymptomer med mareridt og sammenfaren. "
    "CRIES-8 score 28. Han taler dansk på niveau med 2. klasse. Spørgsmål om traumefokuseret behandling.",
    "Pige, 17 år, på efterskole. Bulimiske symptomer med opkastning 5-6 gange om ugen. EDE-Q 4,2. Hun "
    "ønsker ikke, at forældrene inddrages. Vi ønsker sparring om samtykke og videre forløb.",
    "Tre psykologer har samme spørgsmål om unge med gaming-problematik; vi ved, at kun én kan deltage. "
    "Konkret: dreng, 15 år, 8-10 timers daglig skærmtid, fravær 40 %. Ingen screening endnu.",
    "Dreng, 8 år, født for tidligt i uge 30 (fødselsvægt 1.450 g). Motorisk urolig, sen sproglig "
    "udvikling. WISC-V samlet IK 82. Skal vanskelighederne ses som en udviklingsforstyrrelse?",
    "Pige, 14 år, med selvskade og konflikter derhjemme. Hun er født i Aarhus, men familien flyttede til "
    "kommunen i 2022. MFQ 39. Skolens AKT-vejleder har ugentlige samtaler kl. 8.15. Hvordan kan vi styrke "
    "samarbejdet med familien?",
    "Dreng, 12 år, med ængstelighed og somatiske klager. Fravær 22 dage ud af 95 mulige. SDQ "
    "påvirkningsscore 6. Familien har været i familiebehandling (12 sessioner). Vi ønsker sparring om "
    "henvisning.",
    "Pige, 15 år. Spiseforstyrrelse mistænkes: vægt 41 kg, højde 163 cm, vægttab 7 kg siden juni. Hun "
    "løber 10 km dagligt. Vi har brug for råd om, hvornår det er akut.",
    "Dreng på 4 år i daginstitution med voldsomme raserianfald 5-6 gange dagligt. Forældrene har "
    "gennemført De Utrolige År i 2023. Pædagogerne bruger Marte Meo. Kan der være tale om en "
    "udviklingsforstyrrelse?",
    "Pige, 16 år, går i 1.g. ADHD-symptomer, især uopmærksomhed; ADHD-RS selvrapport 30. Karaktersnittet "
    "er faldet fra 10 til 4. Ønsker sparring om, hvorvidt hun skal henvises til udredning.",
    "13-årig dreng med mistanke om psykotiske oplevelser (hører stemmer om aftenen) i ca. 3 måneder. Intet "
    "misbrug ifølge ham selv. Vi ønsker sparring om hastegrad; er det akut, ringer vi til akuttelefonen.",
    "Pige, 7 år, med natlig enuresis og angst. Sover i forældrenes seng. SCAS 29. Sundhedsplejen har "
    "givet råd. Ønsker vurdering af angstens omfang.",
    "Dreng, 16 år. Skoleskift 3 gange på 2 år. Konflikter med lærere og jævnaldrende, hash weekendvis. "
    "SDQ adfærd 8/10. Mentor 2 timer om ugen fra uge 35. Kan der ligge ADHD bag?",
    "Pige, 12 år, med angst for at kaste op. Spiser kun få fødevarer, vægt 34 kg (stabil). SCAS 44. "
    "Hvordan skelner vi mellem ARFID og angst, og hvem skal behandle?",
    "Dreng, 10 år, med udtalt vrede efter forældrenes skilsmisse i 2023. Han bor skiftevis hos mor og far "
    "(7/7). SDQ total 19. Skolen oplever bedring efter en pauseordning. Vi ønsker supervision.",
    "Pige, 14 år, med depressive symptomer. Mor har selv en depression. MFQ 37 i marts og 42 i maj. Der er "
    "tilbudt samtaler hos PPR hver 14. dag kl. 14.00-14.45. Vi overvejer henvisning.",
    "Dreng, 9 år, med autisme (diagnosticeret 2021) og nu tiltagende tvangsprægede ritualer. Fravær 18 %. "
    "Skolen har lavet visuelle skemaer. Hvad er forskellen på ritualer ved autisme og OCD?",
    "Pige på 6 år med søvnbesvær og mareridt efter en trafikulykke i august 2023. Ingen fysiske skader. "
    "CATS forældre 21. Ønsker råd om traumebehandling i kommunen.",
    "Dreng, 17 år, efter indlæggelse for selvmordsforsøg i 2023. Nu stabil, går i 2.g. MFQ 22. Vi ønsker "
    "sparring om opfølgning og samarbejde med gymnasiets studievejleder.",
    "Pige, 11 år. Mistanke om ADHD af uopmærksom type: hun dagdrømmer og glemmer. ADHD-RS lærer 27, "
    "forældre 24. Læseprøve: 25. percentil. Er udredning relevant?",
    "Dreng, 8 år, der ikke vil i skole. Mor fortæller, at han har ondt i maven hver søndag aften. Hans "
    "storesøster har haft det samme. SCAS 33. Hvordan griber vi det an?",
    "Pige, 15 år. Hun isolerer sig og er stoppet med håndbold efter 8 år. Søvn 4-5 timer. Per uge har hun "
    "2-3 dages fravær. MFQ 45. Vi overvejer henvisning.",
    "Dreng, 12 år. Bo-situation: bor hos far, ser mor hver anden weekend. Aggressiv adfærd, SDQ adfærd "
    "9/10. Skolen har lavet handleplan for 2024/25. Spørgsmål om samarbejdet mellem forældrene.",
    "Pige, 13 år. August 2023 startede hun i ny klasse. Siden da har hun haft mavesmerter og tiltagende "
    "fravær (35 %). SCAS 40. Vi ønsker sparring om angst og skolevægring.",
    "Dreng, 14 år, med Tourettes syndrom (F95.2) og svær ADHD. Mange tics kl. 9-10. ADHD-RS 38. Medicin "
    "siden 2021. Spørgsmål om samspillet mellem tics og medicin.",
    "Pige, 10 år, med selektiv spisning og angst. BMI 14,2. Familien har prøvet små skridt i 6 uger. "
    "Ønsker vurdering.",
    "Dreng, 5 år. Forsinket sprog, leger alene, stærke reaktioner på lyde. Vineland-3 samlet 72. Skal han "
    "henvises til udredning for autisme?",
    "Pige, 16 år, med tanker om kønsidentitet og depressive symptomer. MFQ 36. Hun ønsker ikke, at "
    "forældrene involveres endnu. Vi ønsker sparring om vores rolle.",
    "Dreng, 11 år, med ordblindhed (rød kategori i ordblindetesten) og lavt selvværd. SDQ total 16. Er "
    "der psykiatrisk problematik ud over de faglige vanskeligheder?",
    "Pige, 12 år. Skoleskift i uge 33. Hun er besvimet 3 gange i skolen; lægen finder ingen somatisk "
    "årsag. Ønsker vurdering af funktionelle symptomer.",
    "Dreng, 15 år, med skolevægring. Han har ikke været i skole siden 1. marts. SDQ total 24. Netværksmøde "
    "12.03.2024 kl. 10.00 med skole og forældre. Hvad kan BUA anbefale?",
    "Sine forældre beskriver hende som glad indtil 4. klasse. Pige, 12 år, nu med ondt i maven og 25 % "
    "fravær. SCAS 37. Spørgsmål om angst.",
    "Pige, 9 år. Forældrene har deltaget i Tuning in to Kids (8 gange á 2 timer). Raseri 1-2 gange dagligt. "
    "SDQ total 22. Ønsker sparring.",
    "Dreng, 13 år, med mistanke om depression. MFQ 33 i uge 2 og 39 i uge 9. Han spiller Minecraft 6 "
    "timer dagligt. Hvordan vurderer vi sværhedsgraden?",
    "Ung, 16 år, på produktionsskole. Tidligere diagnose F43.1 (PTSD). Nu hashforbrug og søvnproblemer. "
    "SDQ selvrapport 23. Vi ønsker råd om samarbejde med misbrugsbehandlingen.",
    "Pige, 3 år, i vuggestue. Spiser meget lidt, vægtkurve faldet fra 50. til 10. percentil. Sundhedsplejen "
    "er koblet på. Er der tale om en spiseforstyrrelse i småbørnsalderen?",
    "Dreng, 10 år. Har fået ADHD-diagnose i 2022 og får 36 mg methylphenidat. Skolen melder om 3 "
    "konflikter om ugen. Kontakt til BUA ønskes om virkning over døgnet.",
    "Pige, 14 år. Efter dødsfald i nærmeste familie i 2024 har hun trukket sig. Sorgreaktion eller "
    "depression? MFQ 31. Fravær 12 %.",
    "Dreng, 7 år. Bor i Randers Kommune, går i 1. klasse på en almindelig folkeskole. Uro og slag mod "
    "andre børn, SDQ lærer 24/40. Vi ønsker sparring om afgrænsning til tilknytningsvanskeligheder.",
    "Pige, 15 år, i kontakt med Region Midtjylland tidligere (2021). Nu fornyet selvskade, MFQ 40. Skal "
    "hun genhenvises, eller kan hun følges i kommunen?",
    # --- clean, written to trip the guard: numbers in groups, cited authors, words that are also names ---
    "Dreng, 13 år. Han har boet i Danmark 3 år og taler godt dansk. SDQ total 17. Vi ønsker sparring om "
    "sorg efter tab af en forælder.",
    "Pige, 10 år. Fravær i uge 22 23 24 og 25, derefter fremmøde igen. SCAS 34. Skolen spørger, hvordan "
    "de skal tage imod hende efter sommerferien.",
    "Dreng, 8 år. Vi arbejder ud fra Dan Hughes' PACE-tilgang og Jesper Juuls tanker om ligeværd. "
    "Forældrene oplever fremgang, men skolen ikke. SDQ lærer 25/40.",
    "Pige, 15 år. Pædagogerne på opholdsstedet bruger low arousal inspireret af Bo Hejlskov Elvén og "
    "Ross Greene. Hun har 2-3 konflikter om ugen. Spørgsmål om, hvornår det er psykiatri.",
    "Dreng, 11 år. Ved akut forværring ringer familien til Akuttelefonen 1813 eller 112. Angst med "
    "panikanfald, SCAS 52. Ønsker sparring om samarbejdet med den praktiserende læge.",
    "Pige, 14 år. Skoleåret 2023 2024 var præget af fravær (41 %). MFQ 38 ved screening i uge 8. "
    "Hvordan vurderer BUA risikoen for depression?",
    "Dreng, 16 år. Forløb 01.09.2023-30.06.2024 hos PPR med 14 samtaler á 45 minutter. Han er født i "
    "Tyrkiet og kom hertil som 9-årig. Nu mistanke om PTSD; CRIES-8 29.",
    "Pige, 9 år. Hun er født i 2015 og screenet 12.03.2024 med SCAS 41. Fødselsvægt 3.200 g, ingen "
    "komplikationer. Spørgsmål om generaliseret angst.",
    "Dreng, 7 år. Han fylder 8 år i marts. Uro i klassen og få venner. ADHD-RS 33. Kan vi afvente "
    "til efter jul, eller skal der handles nu?",
    "Pige, 12 år. Konflikter mellem forældrene om samvær (9/5-ordning). Hun giver udtryk for at ville "
    "bo hos far. SDQ total 20. Vi ønsker supervision på egen rolle.",
    "Dreng, 10 år, i 4.A. Karakterer og testresultater: læsning 2 af 5, matematik 4 af 5, SDQ 16. "
    "Ingen bekymring hjemme, men stor bekymring i skolen.",
    "Pige, 13 år. Hun bor i Ikast-Brande Kommune og går på en almindelig folkeskole. Tiltagende "
    "skolevægring, fravær 28 %. Vi overvejer henvisning.",
    "Dreng, 6 år. Går i SFO 4 dage om ugen, kl. 12.15-16.00. Mange konflikter om overgange. Vineland "
    "kommunikation 78. Skal vi tænke autisme?",
    "Pige, 16 år, på STX. Hun har tabt 9 kg på 10 uger, vejer nu 46 kg ved højde 170 cm (BMI 15,9). "
    "Hvornår skal vi henvise akut?",
    "Dreng, 15 år. Testet med WISC-V i 2022: VFI 85, PRI 102, AHI 74, FHI 80. Store "
    "opmærksomhedsvanskeligheder. Vi ønsker råd om udredning for ADHD.",
    "Pige, 11 år. Efter Marte Meo-forløb og Circle of Security er samspillet med mor bedre. Stadig "
    "angst ved adskillelse; SCAS 39. Hvad er næste skridt?",
    "Dreng, 12 år. Han bor skiftevis hos mor i Aarhus og far i Odder. Vrede og ked-af-det-hed. SDQ 21. "
    "Ønsker sparring om, hvorvidt det er belastningsreaktion eller depression.",
    "Pige, 14 år. Region Midtjylland har tidligere afvist henvisning i 2023. Nu selvskade dagligt, MFQ 50. "
    "Vi ønsker sparring om fornyet henvisning.",
    "Dreng, 9 år. Mor og Far ønsker begge at deltage, men vi ved, at kun én kommunal deltager er "
    "tilladt. Tics og tvang, CY-BOCS 19, YGTSS 22.",
    "Ung, 17 år. Han fik diagnosen F32.1 i 2023 og tager sertralin 50 mg. Nu skolefravær 30 % på HHX. "
    "Vi ønsker sparring om samarbejde med BUA's ambulatorium.",
    # --- clean, but with something to warn about ---
    "{first_name:Emma} er 11 år og går i 5. klasse. {first_name:Emma} har svært ved at komme i skole om "
    "morgenen og har ondt i maven. SCAS total 38. Vi ønsker sparring om angst.",
    "Pige, 9 år, går på {institution:Vestre Skole} i 3. klasse. Mange konflikter i frikvartererne. SDQ "
    "total 18/40. Spørgsmål om tilknytning.",
    "Dreng, 4 år, i {institution:Børnehaven Solsikken}. Udbrud flere gange dagligt. Pædagogerne bruger "
    "Marte Meo. Ønsker vurdering af behov for udredning.",
    "Sagen har {case_number:sagsnr. 2023-1234} i kommunen. Dreng, 13 år, med skolevægring og 48 % "
    "fravær. Vi ønsker sparring om næste skridt.",
    "{first_name:Mads} (dreng, 10 år) har ADHD og går i specialklasse. Forældrene er usikre på medicinen. "
    "ADHD-RS 35.",
    "Pige, 15 år, elev på {institution:Randers Realskole}. Selvskade gennem et år. MFQ 44. Sagen har "
    "{case_number:j.nr. 27.12.04-A08-1-24}.",
    "{first_name:Noahs} forældre beskriver tiltagende angst. Han er 8 år. SCAS 35. Ønsker sparring.",
    "Dreng, 12 år, går på {institution:Bakkeskolen} i 6. klasse. Fravær 20 %. SDQ total 20. Ønsker "
    "sparring om skolevægring.",
    "Pige, 2 år, i {institution:vuggestuen Mælkebøtten}. Meget sparsom kontakt og ingen pegen. "
    "Sundhedsplejen er bekymret.",
    "Sparring ønskes om {first_name:Ida}, 14 år, der har restriktiv spisning. Vægt 42 kg. Sagen har "
    "{case_number:journalnr. 24-0815}.",
    "Dreng, 16 år, på {institution:Viborg Katedralskole} (1.g). Panikangst, RCADS 68. Ønsker sparring.",
    "Pigen ({first_name:Freja}) er 13 år. Hun har ikke været i skole siden uge 5. MFQ 40.",
    "Familien {surname:Jensen} har tidligere haft kontakt med BUA i 2019. Drengen er nu 14 år og har "
    "depressive symptomer, MFQ 34.",
    "Dreng, 9 år, i {institution:Fritidsklubben Ørnen} efter skole. Konflikter med de andre børn 3 gange "
    "om ugen. SDQ adfærd 7.",
    # --- identifying ---
    "Pige, 11 år, {full_name:Emma Nielsen}, CPR {cpr:120313-1234}, har svært ved at komme i skole. SCAS 40.",
    "Dreng, {full_name:Mads Peter Jensen}, bor på {address:Søndergade 12}, {postcode:8900 Randers C}. "
    "ADHD-RS 41. Forældrene kan kontaktes på {phone:23 45 67 89}.",
    "Vi henviser til pigen, der er født {birth_date:3. marts 2014}. Hun har selvskadende adfærd, MFQ 40.",
    "Kontakt mor på {email:mette.hansen1978@gmail.com} eller {phone:+45 22334455}. Drengen er 9 år og har "
    "angst, SCAS 39.",
    "Dreng, f. {birth_date:03.03.2014}, med uro og impulsivitet. ADHD-RS 36.",
    "Fødselsdato {birth_date:2014-03-03}. Pige med spiseforstyrrelse, vægt 38 kg. Ønsker råd om akuthed.",
    "CPR: {cpr:0311129876}. Dreng med autisme og tiltagende vrede. SDQ total 27.",
    "Pigen ({cpr:120612 4567}) bor hos mor på {address:Vestervej 4, 2. tv}. Hun har angst og 30 % fravær.",
    "{full_name:Sofie Kjær Andersen}, 15 år, har depressive symptomer. MFQ 44 i april.",
    "Drengen hedder {full_name:Ali Hassan} og er 12 år. Familien kom fra Irak i 2018. CRIES-8 score 30.",
    "{full_name:Anne-Sofie Holm} (13 år) går i 7. klasse på {institution:Vestre Skole}. Hun har "
    "mavesmerter og fravær.",
    "Forældre: {full_name:Per Hansen} og {full_name:Lone Hansen}, tlf. {phone:86 12 34 56}. Drengen er 10 "
    "år og har tics.",
    "Familien bor på {address:Jens Baggesens Vej 3}, {postcode:8200 Aarhus N}. Pigen er 8 år med "
    "separationsangst.",
    "Skriv gerne til klasselæreren på {email:kl5b@vestreskole.randers.dk}. Drengen er 11 år med uro.",
    "Pige født {birth_date:12.04.2013}, CPR {cpr:120413-2346}. Selvskade og MFQ 47.",
    "Dreng, fødselsdag {birth_date:7. juni}, 10 år, bor i {postcode:8600 Silkeborg}. SDQ total 23.",
    "Henvisning vedrørende {full_name:Freja Østergaard}, {cpr:230909-3344}, {address:Skt. Clemens Torv 2, "
    "3. th}, {postcode:8000 Aarhus C}.",
    "Mor ({full_name:Maria Pedersen}) kan træffes på {phone:12345678} efter kl. 15. Pigen er 6 år.",
    "Pigen er født den {birth_date:3/3-2014} og går i 4. klasse. SCAS 41.",
    "Eleven {full_name:Lucas Møller} har 40 % fravær og ondt i maven. SDQ emotionel 8/10.",
    "Adresse: {address:H.C. Andersens Boulevard 12}, {postcode:7400 Herning}. Dreng, 13 år, med vrede.",
    "{full_name:Oliver Bach} er 16 år og har haft selvmordstanker. Mor: {phone:+4561234567}.",
    "Dreng med ADHD, 9 år. Far ({email:kenneth.b@outlook.dk}) ønsker at deltage i mødet.",
    "Pige, {cpr:010106-xxxx}, har angst og går i 3. klasse. SCAS 45.",
    "Drengen bor hos bedsteforældrene på {address:Ny Munkegade 14, st. th}. Han er 12 år.",
    "Barnet, født {birth_date:14.02.12}, har autisme og tiltagende vrede.",
    "Familien flyttede i 2023 til {address:Lindevænget 7}, {postcode:8830 Tjele}. Pigen er 9 år.",
    "Dreng ({full_name:Noah Østergaard}, 9 år) har tics og angst. YGTSS 30.",
    "Pige, 13 år. Plejemor {full_name:Hanne Lauridsen} ({phone:40 50 60 70}, "
    "{email:hanne.l@privat.example.dk}) deltager gerne.",
    "Vi har CPR {cpr:211062-5629} fra en tidligere sag, men det er barnets mor.",
    "Pigen (fødselsdato {birth_date:01-09-2015}) har selektiv mutisme.",
    "Ring til mor på {phone:2233 4455}, hvis der er spørgsmål. Pigen er 7 år og har søvnproblemer.",
    "Drengens far, {full_name:Kasper Yilmaz}, er bekymret for sønnens humør. MFQ 30.",
    "Pigen hedder {full_name:Aisha Khalid} og er 14 år. Hun har selvskadende adfærd.",
    "Det drejer sig om {full_name:emma nielsen}, 11 år, der har angst.",
    "{full_name:Amina Warsame} er 13 år og har haft angst siden skoleskiftet. SCAS 47.",
    "Mor ({full_name:Kamila Nowak}) taler kun lidt dansk; der skal bruges tolk. Drengen er 10 år.",
    "Drengens lillebror, {first_name:Jonas}, er 6 år og har det godt. Drengen selv er 9 år med vrede.",
    "Storesøster {full_name:Sofie Bang} har tidligere været udredt hos BUA. Pigen er nu 12 år.",
    "Adresse {address:Østre Allé 19}. Dreng, 15 år, skolefravær 50 %.",
    "Familien har boet på {address:Kirkebakken 3} siden 2015. Pigen er 10 år.",
    "Pigen bor i {address:Hovedgaden 22}, {postcode:8660 Skanderborg}, med sin far.",
    "De bor på {address:Bredgade 4 B} i byen. Drengen er 8 år og har ADHD.",
    "Drengen bor på {address:Skovbrynet 8} med mor og to søskende. ADHD-RS 40.",
    "Mor bor på {address:Tværgade 2, 1. tv}, far på {address:Vestergade 5A}. Pigen er 12 år.",
    "Drengen er født d. {birth_date:3.3.2014}. Han har udtalte vredesudbrud.",
    "Pigen er f.{birth_date:03.03.14} og har tvangstanker.",
    "Pigen har fødselsdag d. {birth_date:12. maj} og fylder 13. Hun har angst.",
    "Drengen er født den {birth_date:1. januar 2015} og går i 3. klasse. SDQ 20.",
    "Født {birth_date:24/12-2013}. Pige med depressive symptomer, MFQ 38.",
    "Hun er født på Regionshospitalet Randers den {birth_date:9. oktober 2012}. Nu selvskade.",
    "Han blev født {birth_date:2013-11-30} og har haft tics siden 6-årsalderen.",
    "Hun har fødselsdag den {birth_date:17.08}, og familien har meget konflikt omkring den dag.",
    "Han fylder 12 den {birth_date:3. marts} og glæder sig ikke. Drengen har depressive symptomer.",
    "Drengen, {full_name:Victor Emil Poulsen}, 10 år, er urolig i timerne.",
    "Mor hedder {full_name:Fatima Ahmed} og ønsker tolk til mødet. Pigen er 8 år.",
    "{full_name:Karla Sørensen} er 12 år og har spiseforstyrrelse. Vægt 33 kg.",
    "Pigen bor hos sin moster, {full_name:Line Kristensen}. Pigen er 15 år.",
    "Far, {full_name:Bo Jensen}, deltager i mødet. Drengen er 9 år.",
    "{full_name:William Holm-Larsen} (14 år) har haft 70 % fravær. SDQ total 25.",
    "Pigen {full_name:Ida Marie Lund} er 7 år og har mareridt.",
    "Sagen vedrører {full_name:Malthe Frandsen}, født {birth_date:05.05.2011}, {cpr:050511-1235}.",
    "Mor: {full_name:Sara Mortensen}, {email:sara.mortensen@mail.example}, {phone:0045 31 41 59 26}.",
    "Drengen hedder {full_name:Yusuf Demir}. Han er 11 år og går i 5. klasse. ADHD-RS 39.",
    "Kontakt: {phone:+45 87 65 43 21} (mor) eller {phone:20.30.40.50} (far). Dreng, 6 år.",
    "Pigens CPR-nr. er {cpr:2907089912}; hun har selektiv mutisme.",
    "CPR-nummer {cpr:15 06 10-4321}. Dreng med autisme og angst.",
    "Vi har fået {cpr:31.12.09-2222} oplyst af skolen. Pigen har skolevægring.",
]

# --- generated texts: templates and fillers -----------------------------------------------------------


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


def corpus() -> list[Case]:
    return [parse(text) for text in HANDWRITTEN + generated()]
