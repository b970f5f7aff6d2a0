"""Holdout corpus for the name rules of issue 14.

Written blind, without reading the guard's code, as a holdout set for the name
rules of issue 14. Marks are {kind:exact text}, e.g. {full_name:Exact Name}.

The first 70 texts each contain exactly one marked full name of a child or parent;
the last 30 texts are clean and contain no identifying data and no marks.
"""

HOLDOUT: list[str] = [
    # Identifying texts (one marked full name each).
    (
        "Vedr. {full_name:Sofie Marie Andersen} (8 år): Henvises pga. angst og skolevægring siden "
        "efterårsferien."
    ),
    (
        "Drengen hedder {full_name:Oliver Nielsen} og går i 2. klasse på en folkeskole i Viborg. Lærerne "
        "beskriver uro og konflikter i frikvartererne."
    ),
    "Mor, {full_name:Camilla Bøgh Pedersen}, ønsker at deltage i mødet sammen med sagsbehandleren.",
    (
        "Vi har observeret {full_name:Magnus Rasmussen} i tre uger, og han har svært ved at fastholde "
        "opmærksomheden ved tavleundervisning."
    ),
    "PPR har testet {full_name:FREJA LINDGAARD MØLLER} med WISC-V, og resultaterne viser en ujævn profil.",
    "skolesundhedsplejersken har haft samtaler med {full_name:ida k. thomsen} om søvn og spisning.",
    (
        "Far, {full_name:Jesper Holm Christiansen}, har fælles forældremyndighed, men ser kun barnet "
        "hver anden weekend."
    ),
    (
        "{full_name:Alma Skov-Jørgensen} (11 år) trækker sig fra klassefællesskabet og har ondt i maven "
        "hver morgen."
    ),
    "Klasselæreren oplyser, at {full_name:Victor Lund} ofte kommer for sent og ikke har madpakke med.",
    (
        "Henvisningen vedrører {full_name:Clara Bech Madsen}, der går i 5.b og har haft selvskadende "
        "adfærd siden jul."
    ),
    "SAGEN VEDR. {full_name:WILLIAM DAMGAARD} (7 ÅR) ER DRØFTET I DET TVÆRFAGLIGE TEAM I UGE 41.",
    (
        "mor {full_name:louise bach} er selv i behandling for depression og har svært ved at skabe "
        "struktur i hjemmet."
    ),
    (
        "Pigen {full_name:Ella J. Kjær} er udredt for ordblindhed, men forældrene oplever også tics og "
        "tvangstanker."
    ),
    (
        "{full_name:Noah Frederik Olsen} blev udredt i 2022 uden diagnose. Skolen ønsker nu en fornyet "
        "vurdering."
    ),
    (
        "Socialrådgiveren har talt med {full_name:Karina Vestergaard}, som har været plejemor for "
        "drengen siden august."
    ),
    "Drengen {full_name:Lucas Møller-Hansen} (10 år) har dagligt raserianfald og har slået en pædagog.",
    "Der er bekymring for {full_name:Anna Poulsen}, som ikke har været i skole i syv uger.",
    "Mormor, {full_name:Bente Lauridsen}, varetager det meste af omsorgen, da mor arbejder om natten.",
    "I klassen fungerer {full_name:Malthe Søndergaard} bedst i mindre grupper med en voksen tæt på.",
    (
        "{full_name:Johanne Overgaard Krogh} (14 år) er henvist af egen læge pga. mistanke om "
        "spiseforstyrrelse og vægttab."
    ),
    (
        "Vedr. {full_name:Mehmet Şahin} (9 år): Familien har boet i Danmark i to år, og drengen taler "
        "endnu kun lidt dansk."
    ),
    "Læreren beskriver, at {full_name:Ayşe Nur Demir} er meget stille og sjældent rækker hånden op.",
    "{full_name:Emre Ozturk} har haft meget fravær i 3. klasse, og far ønsker tolk til mødet.",
    "MOR, {full_name:HATİCE KAYA}, ER BEKYMRET FOR SØNNENS SØVN OG MARERIDT.",
    "drengen hedder {full_name:yusuf çelik} og har svært ved overgange mellem aktiviteter.",
    "{full_name:Büşra Yıldırım-Koç} (12 år) er begyndt at isolere sig og spiser ikke i skolen.",
    "Far, {full_name:Rebaz Omar Karim}, fortæller, at familien flygtede fra Kirkuk, da pigen var to år.",
    "Skolen har bemærket, at {full_name:Hêvî Şêxo} tegner voldsomme billeder og taler meget om krig.",
    "Vedr. {full_name:Omar Al-Khatib}: Drengen reagerer stærkt på høje lyde og gemmer sig under bordet.",
    "Mor, {full_name:Rasha Kassab}, har svært ved at få drengen i skole og ringer ofte til kontoret.",
    "{full_name:MOHAMMAD KHALED HAMADI} (13 ÅR) HAR VÆRET INVOLVERET I FLERE SLÅSKAMPE PÅ SKOLEN.",
    (
        "{full_name:Zahraa Kadhim Al-Saadi} er ifølge sundhedsplejersken undervægtig og klager ofte over "
        "hovedpine."
    ),
    "socialrådgiveren har været på hjemmebesøg hos {full_name:hussein jabbar} og hans tre søskende.",
    "Far {full_name:Khaled Abu-Hamdan} ønsker ikke, at sønnen får medicin, men er åben for samtaler.",
    "{full_name:Layla Barghouti} (8 år) har selektiv mutisme i skolen, men taler frit derhjemme.",
    "Læreren oplyser, at {full_name:Nour El-Zein} har brug for en pause hvert kvarter.",
    "Vedr. {full_name:Jad Haddad-Fakhoury}: Der er mistanke om autisme, og forældrene ønsker udredning.",
    "Mor, {full_name:Hodan Farah Warsame}, beskriver, at datteren er bange for at sove alene.",
    "{full_name:Abdirahman Yusuf} (10 år) har skiftet skole tre gange og har svært ved at få venner.",
    "PIGEN HEDDER {full_name:IFRAH MOHAMED JAMA} OG GÅR I 4. KLASSE.",
    "{full_name:khadra nur aden} har ifølge pædagogerne voldsomme humørsvingninger.",
    "{full_name:Jawad Rahimi} kom til Danmark som uledsaget mindreårig og bor nu i plejefamilie.",
    "Drengen hedder {full_name:Farid Shah Popal}, og han er meget bekymret for familien i Kabul.",
    "Mor {full_name:Parisa Tehrani} er bekymret for datterens perfektionisme og tvangshandlinger.",
    "{full_name:Arian Mohammadi-Rad} (15 år) var indlagt efter en overdosis i marts.",
    "vi har drøftet {full_name:golnar farahani} på teammødet i uge 12.",
    "Vedr. {full_name:Hamza Iqbal Chaudhry} (9 år): Drengen har tics og stammen, som er forværret siden jul.",
    "FAR, {full_name:TARIQ MAHMOOD BUTT}, HAR IKKE MØDT OP TIL DE SIDSTE TO MØDER.",
    "{full_name:Amar Hodžić} går i 6. klasse og har fået flere advarsler for at forlade undervisningen.",
    "Mor, {full_name:Selma Begovic}, ønsker hjælp til at håndtere datterens raseri.",
    "{full_name:Łukasz Wiśniewski} (11 år) er flyttet fra Gdańsk i sommer og har svært ved sproget.",
    "Læreren beskriver {full_name:Zofia Krzyżanowska} som meget ængstelig op til prøver.",
    "{full_name:jakub kowalczyk} har ifølge mor ikke sovet en hel nat i flere måneder.",
    "DRENGEN {full_name:PIOTR ŻUREK} HAR VOLDSOMME UDBRUD I SFO.",
    "{full_name:Andreea Ionela Popescu} går i 1. klasse og taler endnu ikke dansk i skolen.",
    (
        "Far, {full_name:Ionuț Dumitrescu}, arbejder på slagteri og har svært ved at deltage i møder i "
        "dagtimerne."
    ),
    "{full_name:Oleksandr Kovalenko} (9 år) kom fra Kharkiv i 2022 og reagerer stærkt på sirener og fly.",
    "Mor, {full_name:Yuliia Shevchenko}, fortæller, at datteren har mareridt hver nat.",
    "vedr. {full_name:daryna bondarenko}: pigen har tabt sig og vil ikke spise i skolen.",
    "{full_name:Gabrielė Kazlauskaitė} har ifølge sundhedsplejersken tegn på angst og hyppig hovedpine.",
    "Drengen hedder {full_name:Matas Petrauskas} og har fået et nyt skoletilbud efter en bortvisning.",
    (
        "{full_name:Le Thi Thu Trang} (10 år) er meget stille og har næsten ingen kontakt til "
        "klassekammeraterne."
    ),
    "MOR, {full_name:VO THI NGOC ANH}, ØNSKER TOLK PÅ VIETNAMESISK TIL MØDET.",
    "Vedr. {full_name:Đặng Văn Khoa}: Drengen spiller computer det meste af natten og sover i timerne.",
    "{full_name:Semhar Tesfay Ghebremariam} virker trist og har ifølge skolen sovet i flere timer.",
    "Far, {full_name:Yonas Kidane}, er alene med fire børn og har bedt kommunen om aflastning.",
    (
        "Mor {full_name:Kanokwan Srisuk} taler kun lidt dansk, og familien har ikke tidligere haft "
        "kontakt til PPR."
    ),
    "{full_name:nattapong saelee} (7 år) har svært ved at sidde stille og forstyrrer undervisningen.",
    "Mor, {full_name:Maria Cristina Dela Cruz}, arbejder i skiftehold og beskriver sønnen som indadvendt.",
    "I fritidsklubben har {full_name:Greta Weißenberg} flere gange løbet væk fra de voksne.",
    # Clean texts (no names of people, nothing marked).
    (
        "Sagen er drøftet på det tværfaglige møde i Aarhus Kommune i uge 38, og PPR anbefaler henvisning "
        "til Børne- og Ungdomspsykiatrisk Afdeling i Region Midtjylland."
    ),
    (
        "Frisk og glad om morgenen, men efter frokost falder koncentrationen tydeligt. SDQ udfyldt af "
        "klasselæreren giver en totalscore på 21."
    ),
    (
        "Modig i nye situationer ifølge forældrene, mens skolen ser det modsatte billede. ADHD-RS fra "
        "hjemmet ligger over 93. percentil."
    ),
    "Rask nok til at gå i skole ifølge egen læge, men fraværet er steget til 34 % i 7. klasse.",
    (
        "Storm af konflikter ved sengetid hver aften, beskriver forældrene. Familien har gennemført "
        "Circle of Security i efteråret."
    ),
    (
        "Tone og stemmeleje bliver hurtigt skarpe, når pigen bliver presset. SCAS fra forældrene viser "
        "forhøjet separationsangst."
    ),
    (
        "Rose-gruppen i SFO'en har fungeret som et trygt frirum efter skoletid, oplever personalet på "
        "Skolen ved Søerne."
    ),
    "Ring til skolens kontor, hvis der er brug for tolk ved mødet i uge 14.",
    (
        "Efter Kristi Himmelfart er drengen ikke mødt i skole, og fraværet er nu over 40 dage i "
        "indeværende skoleår."
    ),
    "I Påskeferien gik det bedre med søvnen, men problemerne vendte tilbage ved skolestart i april.",
    (
        "Familien har deltaget i De Utrolige År gennem Familiehuset, og forældrene oplever færre "
        "konflikter i hverdagen."
    ),
    "Barnet har deltaget i et Cool Kids-forløb i foråret 2023 med begrænset effekt på angsten.",
    "Marte Meo-vejledning er givet til pædagogerne i børnehaven, og der ses bedre samspil i overgangene.",
    "Theraplay er afprøvet i ti sessioner i Familieambulatoriet uden væsentlig bedring.",
    (
        "Sommer og ferier er svære perioder, fordi strukturen forsvinder. Forældrene ønsker en plan før "
        "sommerferien i uge 26."
    ),
    "Skov og natur virker beroligende. I udeskoletimerne om torsdagen er der næsten ingen konflikter.",
    "Lund Skole og Ungdomsskolen har samarbejdet om et særligt tilrettelagt forløb i 8. klasse.",
    "Bo- og aflastningstilbud i Silkeborg Kommune har været drøftet, men forældrene ønsker det ikke.",
    "Glad i indskolingen, men siden 4. klasse er trivslen faldet ifølge den nationale trivselsmåling.",
    "Maj og juni var præget af eksamensangst. Pigen gik til afgangsprøverne i 9. klasse med ekstra tid.",
    "Lykke og tryghed er forældrenes egne ord, når de beskriver målet med forløbet.",
    "WISC-V viser en samlet IK på 84 med markant lavere arbejdshukommelse end verbal forståelse.",
    (
        "Vi ønsker sparring fra Aarhus Universitetshospital, Psykiatrien, om der bør iværksættes en "
        "udredning for autisme."
    ),
    "Sundhedsplejen i Horsens Kommune har vejet barnet i uge 9 og uge 15, og vægten er faldet 2,5 kg.",
    "Ung i Aarhus og SSP er orienteret om drengens færden i byen om aftenen.",
    "Vinter er den sværeste tid, hvor pigen næsten ikke kommer ud af sengen før middag.",
    (
        "Trivselsmålingen i november viste, at tre elever i klassen føler sig ensomme, og klassen har "
        "fået en AKT-vejleder."
    ),
    (
        "Forældrene er tilbudt familiebehandling i Børne- og Familieafdelingen efter en børnefaglig "
        "undersøgelse efter Barnets Lov."
    ),
    "Barnet (9 år) går i 3.a på Skolen ved Søerne og modtager specialundervisning fem lektioner om ugen.",
    (
        "Kort opsummering: SDQ-lærer 19, SDQ-forælder 24, ADHD-RS 38. Ingen tidligere kontakt til børne- "
        "og ungdomspsykiatrien."
    ),
]
