"""Hand-written case summaries with nothing that blocks (see anonymity_corpus.py)."""

from __future__ import annotations

CLEAN = [
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
]
CLEAN_BUT_TRICKY = [
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
]
