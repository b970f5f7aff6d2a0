"""Blind anonymity corpus for issue 14.

These Danish case summaries were written blind, i.e. without reading the checker's code or
the existing corpus, from general knowledge of how PPR psychologists, social workers and
family counsellors write short anonymous problem descriptions before a BUA advisory session.

Every identifying span is marked in place as {kind:exact text}, where kind is one of cpr,
email, phone, birth_date, address, postcode or full_name. The harness strips the marks, so
the text without braces reads naturally. Entries without any mark are clean texts that must
not be blocked, even though they are full of numbers, dates, scores and capitalised words.
"""

from __future__ import annotations

BLIND: list[str] = [
    # --- CPR numbers in many spellings ---
    (
        "Drengen (10 år, CPR {cpr:120614-3345}) går i 4. klasse og har SDQ-total 21 på forældreskemaet. "
        "Skolen beskriver udadreagerende adfærd i frikvartererne."
    ),
    (
        "Vedr. pige 12 år, cpr.nr. {cpr:0311121284}. Henvist pga. mavesmerter og skolefravær på ca. 30 % "
        "siden uge 36."
    ),
    (
        "Mor har givet samtykke, barnets personnummer er {cpr:170813 2231}. Vi ønsker sparring om angst og "
        "søvnproblemer; SCAS 38."
    ),
    (
        "CPR: {cpr:050912\u20111458}. Eleven i 6.b har haft 14 dages fravær siden jul og siger, at hun har "
        "ondt i hovedet hver morgen."
    ),
    "Pigen (cpr. {cpr:220710\u20134362}) på 14 år scorede 34 på SCAS og 29 på MFQ ved screeningen i marts.",
    (
        "Dreng 13 år, cpr {cpr:090211\u20143397}. Har siden 5. klasse haft raseriudbrud 2-3 gange om ugen, "
        "senest med skade på en lærer."
    ),
    "Personnr. {cpr:141015\u22122873} – drengen er 9 år og går i 3. klasse. ADHD-RS 36/54 (lærer).",
    "Oplysninger til BUA: dreng, 12 år, {cpr:120612/3345}, 6. klasse, ingen tidligere diagnoser.",
    "Barnet (cpr.nr. {cpr:12.06.12-3345}) har været tilknyttet PPR siden 2. klasse og har haft 9 samtaler.",
    "Eleven i 7. klasse ({cpr:010111-2946}) har et meget højt fravær og har ikke været i skole i uge 40-45.",
    (
        "CPR-nr.:{cpr:2804093317} Pige 15 år med tiltagende spiseproblemer, EDE-Q global 4,1 og vægttab på "
        "6 kg på 3 måneder."
    ),
    (
        "Sagen vedrører en dreng på 12 år med personnummer {cpr:300912-4011}, som har været indlagt 1 gang "
        "i 2023."
    ),
    "Hurtig opsummering: 11 år, 5.a, cpr {cpr:150613 - 2210}, mor bekymret for tics og tvangstanker.",
    "SDQ 19, ADHD-RS 28/54, cpr {cpr:071211-3881}, 7. klasse – drengen er ifølge lærerne altid på.",
    "CPR.NR. {cpr:191014-1622} DRENG 10 ÅR, 4. KLASSE. SKOLEVÆGRING SIDEN EFTERÅRSFERIEN.",
    (
        "Cpr-nummer: {cpr:2301104457}. Pigen har siden sommeren 2023 trukket sig fra veninderne og sover "
        "12-14 timer i weekenden."
    ),
    "pers.nr. {cpr:110809-2568} – pige, 16 år, 9. klasse, selvskade siden 8. klasse (ca. 1 gang om ugen).",
    (
        "Drengen ({cpr:020315\u20111234}) er 9 år og kom til Danmark i 2019. Han har dansk som andetsprog 5 "
        "timer om ugen."
    ),
    (
        "Oplysninger om barnet: 11 år, 5. klasse, {cpr:250313-3790}. Har haft 6 samtaler hos "
        "skolepsykologen uden effekt."
    ),
    (
        "Mor oplyste pigens cpr ({cpr:031112 \u2013 2846}) i telefonen, men ønsker i øvrigt, at sagen "
        "drøftes anonymt."
    ),
    "cpr nr {cpr:1007122239} dreng 12 år kaster med ting i klassen og har slået en voksen 2 gange i uge 9",
    "CPR {cpr:24-02-11-4128} – pigen er 13 år, går i 7. klasse og har MFQ 33.",
    (
        "Personnummer (CPR): {cpr:160714.2953}. Drengen på 10 år er urolig, ukoncentreret og har svært ved "
        "at vente på tur."
    ),
    "Dreng i 2. klasse, f. 2016, cpr. {cpr:080516-1177}, SDQ-total 24, hyperaktivitet 10/10.",
    "Henvisningen fra egen læge angiver {cpr:2911103361}, diagnosekode F93.8 og en ventetid på 40 uger.",
    "Pigen på 14 år [cpr {cpr:170510 3318}] har haft 3 akutte kontakter til psykiatrien siden nytår.",
    # --- E-mail addresses, ordinary and obfuscated ---
    "Mor ønsker referatet tilsendt på {email:mette.hansen82@gmail.com} efter mødet d. 14/5.",
    "Far skriver helst, hans mail er {email:k.ali\uff20hotmail.com}. Drengen er 10 år og går i 4. klasse.",
    "Kontakt til mor kan ske via {email:sanne.lykke (at) mail.dk}; hun læser ikke e-Boks.",
    (
        "Fars mail: {email:jesper.b [at] gmail [dot] com} – han bor i Aalborg og ser drengen (8 år) hver "
        "anden weekend."
    ),
    "Mor har bedt om at få svar på {email:bettina.s snabel-a outlook.dk}, da hun ikke bruger Aula.",
    "MAIL TIL MOR: {email:MOR.SORENSEN@YAHOO.DK}. Pigen (14 år) har SCAS 41 og MFQ 30.",
    "Skolen har koordineret via {email:lone.k+skole@gmail.com}, som mor har oprettet til sagen.",
    "Familien kan kontaktes på {email:a.b.christensen@stofanet.dk}. Drengen er 11 år og går i 5. klasse.",
    "Mors mail er {email:søs.bjørnø@hotmail.dk}, hun svarer typisk inden for 1-2 dage.",
    "Klasselæreren i 4.b ({email:klasselaerer.4b@randers.dk}) har udfyldt SDQ lærerversion (total 22).",
    "Fars mailadresse: {email:familien_nielsen@live.dk}. Han ønsker at deltage i mødet i uge 12.",
    "mor: {email:fatima.ali(at)gmail.com} (foretrækker arabisk tolk til møder)",
    "Mor skrev sin mail som {email:hanne.berg at gmail dot com}, så den ikke blev fanget af et filter.",
    "Henvendelse modtaget fra <{email:jens.p@jubii.dk}> d. 3/2 vedr. drengens (12 år) aggressive adfærd.",
    "Far har sendt billeder af drengens tegninger fra {email:anders1979@hotmail.com}; drengen er 9 år.",
    "E-mail: {email:x_mor_x@live.dk}. Pigen på 13 år har ikke spist frokost i skolen siden uge 2.",
    "Sundhedsplejersken har skrevet fra {email:Louise.Holm@Aarhus.dk} og vedhæftet vækstkurven (vægt 28 kg).",
    "Svar gerne til {email:kontakt@familie-andersen.dk}, som begge forældre har adgang til.",
    "Mor har opgivet {email:trine.mikkelsen @ gmail.com} – med mellemrum, fordi hun var bange for spam.",
    (
        "Mor (taler tyrkisk) kan kontaktes skriftligt på {email:ayse.yilmaz92@outlook.com}; storesøster på "
        "17 år hjælper med at oversætte."
    ),
    "Mail: {email:mor-til-to@mail.tele.dk}. Drengen er 7 år, går i 1. klasse og har SDQ-total 18.",
    (
        "Mor kom fra Ukraine i 2022 og skriver på {email:oleksandra.koval@ukr.net}. Sønnen (10 år) har "
        "mareridt hver nat."
    ),
    "Far driver eget firma og bruger {email:peter(at)jensen-vvs.dk} – vi har kun talt med ham 1 gang.",
    "Referat sendes til {email:mie.aa@hotmail.com} og til PPR-psykologen efter mødet d. 22. marts.",
    "Kontaktoplysninger til far: {email:Morten.Ærbø+bua@Gmail.Com}. Pigen er 15 år og har MFQ 28.",
    (
        "Mors mail er {email:birgitte punktum dam snabel-a gmail punktum com}, hun har skrevet den sådan i "
        "sms'en."
    ),
    # --- Phone numbers ---
    "Mor kan kontaktes på {phone:20 31 44 58} efter kl. 15. Drengen er 10 år og har SDQ-total 21.",
    "Fars nummer er {phone:20314458}, men han tager sjældent telefonen i arbejdstiden.",
    "Mor er midlertidigt i Tyskland, hun træffes på {phone:+45 26 71 83 90} (dansk nummer).",
    "Ring til mormor på {phone:0045 29 14 85 62}, hvis mor ikke svarer; pigen bor hos hende 3 dage om ugen.",
    "Mors mobil {phone:20-31-44-58} – hun ønsker sms frem for opkald.",
    "Far: {phone:28\u201164\u201112\u201197}. Drengen (12 år) har ADHD-RS 31/54 og tager Concerta 36 mg.",
    "Kontakt: {phone:42.78.11.03}. Pigen går i 8. klasse og har 37 % fravær.",
    "Skolen kan ringe til mor på tlf. {phone:2031 4458} i tidsrummet 8-12.",
    "Mobil: {phone:40 17 62 35} (mor). Pigen er 14 år, MFQ 32, har selvskadet 4 gange siden uge 20.",
    "Mors nr. {phone:+4561228945} – hun taler arabisk, tolk er bestilt til mødet d. 9/10.",
    "Far har nyt nummer: {phone:(+45) 31 22 90 14}. Han har samvær hver anden weekend.",
    "Plejefamilien har telefon {phone:86 42 19 00} og kan træffes alle hverdage kl. 9-14.",
    "Ring på {phone:5123 8877}, hvis der er spørgsmål til skolens observationer (4 observationer á 45 min.).",
    "Mob. {phone:22 81 37 64} – mor er alenemor til 3 børn på 4, 9 og 13 år.",
    "Tlf.nr.: {phone:60 55 21 48}. Drengen har været sygemeldt fra skolen i 3 uger.",
    "Mor: {phone:+45-53-19-74-26}, far: ingen kontakt. Pigen (11 år) har SCAS 39.",
    (
        "Hun kan træffes på {phone:71\u00a083\u00a020\u00a045} efter kl. 16 og vil gerne ringes op inden "
        "mødet i uge 48."
    ),
    "Send sms til mor på {phone:30 12 56 98}, hun har svært ved at læse lange breve (ordblind).",
    (
        "tlf {phone:26 38 41 57} (bedst efter kl. 15) – mor er bekymret for, at drengen på 8 år ikke har "
        "nogen venner."
    ),
    "Mors nr. er {phone:53 19 74 26} og fars er {phone:93 84 71 20}; begge deltager i mødet d. 4. juni.",
    "Kontaktperson på opholdsstedet: {phone:+45 2031 4458}. Pigen på 16 år har 3 anbringelser bag sig.",
    "Far kan træffes på {phone:0045-29-14-85-62} efter kl. 16. Drengen er 13 år og har skolevægring.",
    "TLF. {phone:24 88 15 73}. SDQ TOTAL 25, IMPACT 7.",
    "Ring gerne: {phone:25\u201139\u201182\u201111} (mor) – hun har bedt om svar inden uge 15.",
    "Mor har oplyst {phone:61 70 43 29} som nummer, men det er også fars, da de deler telefon.",
    "Mormor, som passer pigen på 6 år om eftermiddagen, har mobilnr. {phone:+45 31742209}.",
    # --- Exact birth dates ---
    "Drengen er født {birth_date:17/8-2013} og går i 6. klasse. SDQ-total 20.",
    "Pige, f. {birth_date:02.11.2012}, 7. klasse, henvist pga. angst og skolefravær (ca. 40 %).",
    (
        "Han kom til verden {birth_date:3. marts 2014} efter en svær fødsel og har siden haft motoriske "
        "vanskeligheder."
    ),
    "Fødselsdato {birth_date:2013-05-04}. Eleven har deltaget i 8 ud af 10 sessioner i angstforløbet.",
    "Pigen er født den {birth_date:1. juni 2015} og går i 3. klasse, hvor hun ofte græder ved aflevering.",
    "Dreng f. {birth_date:3/3-14}, 4. kl., ADHD-RS 33/54, søvnproblemer siden 2020.",
    "Barnet er født torsdag den {birth_date:14. februar 2013} og er nu 11 år.",
    (
        "Hun er f. d. {birth_date:9/11/2011} og har siden 8. klasse haft spiseforstyrrelsessymptomer (EDE-Q "
        "3,9)."
    ),
    "født {birth_date:30.07.2012} – drengen har haft 3 skoleskift og 2 anbringelser.",
    "Drengen (født {birth_date:5.1.2014}) har tics, som er blevet værre i uge 10-12.",
    "Pigen (f. {birth_date:12-10-2010}) har MFQ 34 og fortæller om selvmordstanker.",
    "Han er født den {birth_date:21. sept. 2012} og er den yngste i klassen.",
    "Eleven er f. {birth_date:1/2 2013} og går i 5. klasse; læsetest viser 2 års efterslæb.",
    "Født {birth_date:29. feb. 2012} – mor siger, at han kun har rigtig fødselsdag hvert 4. år.",
    "Pigen er født d. {birth_date:8/4 2015}, går i 2. klasse og har svært ved at sove alene.",
    "FØDT {birth_date:11.11.2011}. 8. KLASSE. SKOLEVÆGRING SIDEN UGE 34.",
    "Fødselsdato: {birth_date:07-06-2013}. Drengen er udredt for ordblindhed i 2022.",
    "Drengen blev født {birth_date:2. januar 2010} i Irak og kom til Danmark som 6-årig.",
    "Hun er født mandag d. {birth_date:16. december 2013} og har altid været et stille barn, siger mor.",
    "Født {birth_date:13/06/2012}, dreng, SDQ lærer 23, forælder 19.",
    "Pige f.{birth_date:15.04.13} 5.kl. mavesmerter, fravær 25 %",
    "Barnet er født {birth_date:4. okt. 2014} og har gået til talepædagog i 2 år.",
    "F.d. {birth_date:18.09.2012}. Eleven har haft 6 samtaler i PPR og 2 møder med sundhedsplejersken.",
    "Drengen har fødselsdag den {birth_date:24. december 2012} og fyldte 11 år lige før mødet.",
    (
        "Pigens fødselsdato er {birth_date:2011-03-27}, og hun har været henvist til BUA én gang tidligere "
        "(2023)."
    ),
    "Født d. {birth_date:6/7-2012} på Skejby, 3 uger for tidligt; nu 12 år og i 6. klasse.",
    # --- Street addresses, some with postcode and town ---
    "Familien bor på {address:Søndergade 12}, og drengen (9 år) har 5 minutters gang til skolen.",
    "Mor er flyttet til {address:Søndergårdsvej nr. 23} med de 3 børn efter bruddet i foråret 2024.",
    "Adresse: {address:Vestergade 4, 2. tv.}, {postcode:8900 Randers C}. Pigen er 13 år og går i 7. klasse.",
    "Far bor på {address:Østerbro 7B} og har drengen hver anden weekend (fredag-mandag).",
    "Familien har boet på {address:Parkvej 3 st. th.}, {postcode:8000 Aarhus C}, siden 2019.",
    "Drengen opholder sig mest hos mormor på {address:Nørregade 41, 1. sal}, {postcode:7400 Herning}.",
    "Pigen bor med far på {address:H.C. Andersens Vej 9} og har SCAS 36.",
    "Familien er flyttet 4 gange på 3 år, senest til {address:Skovbrynet 118}.",
    "Bopæl: {address:Bøgevej 6}, {postcode:8600 Silkeborg}. 2 søskende på 5 og 11 år.",
    "Mor og drengen (12 år) bor i en 2-værelses på {address:Tranegårdsvej 71, 3. mf.} med 1 soveværelse.",
    "Opholdsstedet ligger på {address:Vibevænget 2A}, hvor pigen har boet siden uge 8.",
    "Far har lejlighed på {address:Gl. Kongevej 15}, mor bor i huset i Viborg.",
    "Mor: {address:Ryesgade 30, 4. th.}, {postcode:8000 Aarhus C}. Far: ukendt.",
    "Familien bor på {address:Toftevej 17} i {postcode:6800 Varde} og har ingen bil.",
    "Drengen og mor bor på {address:Rosenvænget 5, st.}, og naboerne har klaget over larm 3 gange.",
    "Barnets adresse er {address:Engtoften 22}, {postcode:8800 Viborg}; skolen ligger 2 km derfra.",
    (
        "Pigen bor hos faster på {address:Kirkebakken 3}, {postcode:7100 Vejle}, i en aflastningsordning 2 "
        "weekender om måneden."
    ),
    (
        "Familien bor på {address:Åboulevarden 64, 5. sal} uden elevator, hvilket er svært for lillebror i "
        "kørestol."
    ),
    "Mor er flyttet til {address:Lindeallé 14}, og drengen har skiftet skole i 4. klasse.",
    "Far bor på {address:Frederiks Allé 100, 2. th.} og har ikke set pigen siden sommerferien 2023.",
    "Adr.: {address:Ved Stranden 8}. Dreng, 11 år, SDQ 22, ADHD-RS 30/54.",
    "Familien bor på {address:Bredgade 55B, 1.}, {postcode:7500 Holstebro}, og har kontakt til Familiehuset.",
    "Pigen har boet hos mormor på {address:Møllevangs Allé 160} siden oktober.",
    "Bor: {address:Hybenvej 7}, {postcode:8920 Randers NV}. Mor arbejder på nattevagter 3 gange om ugen.",
    "BOPÆL {address:VESTERGADE 18, 3. TH.} {postcode:8900 RANDERS C}, PIGE 14 ÅR, SCAS 44",
    (
        "Mor er flyttet til {address:Jernbanegade 2, 1. sal tv} i {postcode:9000 Aalborg}, og drengen bor 4 "
        "dage hos hende."
    ),
    "Familien er netop flyttet fra {postcode:8200 Aarhus N} til en rækkehuslejlighed i en anden bydel.",
    # --- Full names: Danish and of other origins, with and without cues ---
    (
        "{full_name:Mathias Jensen} (10 år) går i 4. klasse og har SDQ-total 21. Skolen oplever ham som "
        "trist og indesluttet."
    ),
    "Vedr. {full_name:Emil Kristensen}, 12 år: ADHD-RS 34/54, søvnproblemer og konflikter i klassen.",
    "BARNETS NAVN: {full_name:FREJA NIELSEN}. 8. KLASSE. SELVSKADE SIDEN UGE 33.",
    (
        "vi har talt med {full_name:william pedersen} og hans mor d. 12/4, drengen fortæller at han ikke "
        "vil i skole"
    ),
    "{full_name:Mia Ø. Hansen} er 14 år og har haft spiseproblemer siden 7. klasse (EDE-Q 4,2).",
    "Pigen hedder {full_name:Laura Holm-Sørensen} og er 11 år. SCAS 40.",
    (
        "{full_name:Zainab Abdi} (9 år) taler somali og dansk og går i 3. klasse. Mor beskriver mareridt "
        "4-5 gange om ugen."
    ),
    (
        "{full_name:Amira Hassan} (11 år) har svært ved at være i klassen og sidder ofte på toilettet i "
        "frikvartererne."
    ),
    "Drengen, {full_name:Mohammed Al-Sayed}, er 13 år og har haft 3 voldsomme episoder i uge 38.",
    "Barnets navn: {full_name:Hodan Abdullahi Warsame}. Pige, 12 år, 6. klasse, SDQ emotionelle 9/10.",
    (
        "{full_name:Elif Yılmaz} går i 5. klasse og beskrives som meget stille; hun har ikke sagt noget i "
        "timerne siden efterårsferien."
    ),
    "Vi har talt med {full_name:Azad Barzani} (14 år) om hans vrede; han kom fra Irak med familien i 2015.",
    (
        "Familien er fra Afghanistan. {full_name:Farzana Rahimi} (15 år) har siden uge 2 ikke villet "
        "forlade hjemmet."
    ),
    "Vedr. {full_name:Mustafa Sultani}, dreng 11 år – mor taler dari, tolk er bestilt.",
    "{full_name:Rama Al-Khatib} er 10 år og kom fra Syrien i 2016. Hun fryser fast ved høje lyde.",
    "Drengen hedder {full_name:Omar Haddad}, er 8 år og går i 2. klasse. SDQ-total 24.",
    "{full_name:Noor Al-Abadi} (irakisk baggrund, 13 år) har ondt i maven hver søndag aften.",
    "Pigen, {full_name:Ayesha Chaudhry}, er 15 år og har haft 41 % fravær i 9. klasse.",
    "Vedr. {full_name:Hamza Iqbal} 12 år: mor og far er uenige om, hvorvidt der skal søges udredning.",
    (
        "{full_name:Zofia Kowalczyk} (7 år) taler kun polsk i skolen og har ikke sagt noget på dansk i 1. "
        "klasse."
    ),
    "Drengen, {full_name:Jakub Wiśniewski}, 10 år, har en far, der arbejder i Norge 3 uger ad gangen.",
    (
        "{full_name:Oleksandr Shevchenko} (12 år) kom fra Kharkiv i marts 2022 og har mareridt og "
        "koncentrationsbesvær."
    ),
    "Vi har talt med {full_name:Sofiia Bondarenko} og hendes mor med tolk; pigen er 9 år.",
    "{full_name:Andrei Popescu}, 11 år, rumænsk baggrund, har ikke gået i skole de første 2 år i Danmark.",
    "Pigen hedder {full_name:Ioana Dumitrescu} og er 14 år. MFQ 29, SCAS 31.",
    "{full_name:Lukas Kazlauskas} (13 år) har været i Danmark siden 2019; mor beskriver tvangshandlinger.",
    "Vedr. {full_name:Gabija Petrauskaitė}, 10 år, litauisk, 4. klasse – svært ved at falde i søvn.",
    "{full_name:Nguyen Thi Lan} (16 år) har haft selvskade i 1 år og går nu i 10. klasse.",
    "Barnets navn: {full_name:Tran Van Minh}, 9 år, vietnamesiske forældre, tics siden 0. klasse.",
    "{full_name:Tharshan Sivakumar} er 12 år; familien er tamilsk og har boet i Danmark i 3 generationer.",
    "Pigen, {full_name:Nila Jeyakumar} (10 år), siger ingenting i skolen, men taler normalt hjemme.",
    "{full_name:Senait Tesfaye} (14 år) kom alene fra Eritrea som 12-årig og bor nu i plejefamilie.",
    "Drengen hedder {full_name:Yonas Ghebremedhin} og er 11 år. Han har været udsat for vold under flugten.",
    "{full_name:Amina Hodžić} er 13 år, bosnisk baggrund, og har MFQ 35.",
    "Vedr. {full_name:Emir Begović} (8 år): far har PTSD, og drengen er meget bekymret for ham.",
    "{full_name:Angelica Dela Cruz} (12 år) bor med mor fra Filippinerne og 2 søskende.",
    "Drengen, {full_name:Mark Anthony Reyes}, 14 år, spiller computer 8-10 timer om dagen.",
    (
        "Mor, {full_name:Fatima Ali}, har selv været i behandling for depression. Datteren er 11 år og går "
        "i 5. klasse."
    ),
    (
        "Husstanden består af mor {full_name:Ditte Frandsen} (38 år), far {full_name:Kasper Lund} (41 år) "
        "og 3 børn på 6, 10 og 15 år."
    ),
    "Barnets navn: {full_name:Noah Frederiksen}, 7 år, 1. klasse.",
    "Pigen hedder {full_name:Sara Mortensen} og har været ked af det siden forældrenes skilsmisse i 2023.",
    "Vedr. {full_name:Ahmed Farah} – somalisk baggrund, 10 år, SDQ-total 22 (lærer).",
    "Vi har talt med {full_name:Oliver Thomsen} (15 år) 3 gange; han vil ikke have, at mor er med.",
    "{full_name:Fartun Mohamed Jama}, 11 år, bor med mor og 5 søskende og passer ofte de mindste.",
    "{full_name:Victor Bach} har siden 3. klasse haft svært ved at læse og er nu meget ked af skolen.",
    "Pigen, {full_name:Clara Juul Østergaard}, 13 år, har EDE-Q global 4,5 og BMI 15,9.",
    "{full_name:Darya Hosseini} (9 år, iransk baggrund) har svært ved at skilles fra mor om morgenen.",
    (
        "Drengen hedder {full_name:Yusuf Çelik}, 12 år; far, {full_name:Mehmet Çelik}, ønsker ikke kontakt "
        "til psykiatrien."
    ),
    "{full_name:Zeynep Aydın} går i 8. klasse og har siden uge 35 haft 60 % fravær.",
    (
        "Familien: far {full_name:Lars Mikkelsen}, mor {full_name:Hanne Mikkelsen}, pigen (10 år) og "
        "lillebror (6 år)."
    ),
    "Vedr. {full_name:Inuk Lyberth}, 11 år, grønlandsk baggrund, flyttet fra Nuuk i sommerferien.",
    "{full_name:RAHMA OSMAN} 11 ÅR – SKOLEVÆGRING, MAVEPINE, SDQ 23",
    "Vedr. drengen {full_name:Ali Jasim Mohammed} (12 år): mor har oplyst, at han ikke sover om natten.",
    "{full_name:Dilan Zebari} er 14 år og har kurdisk baggrund; hun fortalte om selvmordstanker i uge 6.",
    "Drengen {full_name:ahmad noori} (afghansk, 10 år) har svært ved at sidde stille i mere end 5 minutter.",
    "Mor, {full_name:Samira El-Amin}, og far, {full_name:Karim El-Amin}, er uenige om behandling.",
    "Det drejer sig om {full_name:Kavin Rajendran}, som er 13 år og har haft panikanfald i skolen 5 gange.",
    "{full_name:Shirin Mahmoud Rasul} (kurdisk, 15 år) har skåret i armene og vil ikke tale med mor om det.",
    # --- Several kinds of identifying data in one text ---
    (
        "{full_name:Jonas Møller}, cpr {cpr:180912-1993}, bor på {address:Rosengade 9}, {postcode:8300 "
        "Odder}. Mor: {phone:21 45 67 89}."
    ),
    (
        "Vedr. {full_name:Hiba Mansour} (f. {birth_date:06.05.2013}), mor kan kontaktes på "
        "{email:m.mansour@gmail.com} eller {phone:+45 31 88 40 12}."
    ),
    (
        "{full_name:Oskar Lindholm}, 11 år, {address:Fasanvej 33}, {postcode:7400 Herning} – SDQ 20, "
        "ADHD-RS 29/54."
    ),
    (
        "Barnets navn: {full_name:Selma Halilović}, født {birth_date:19. august 2012}, personnummer "
        "{cpr:190812-3468}."
    ),
    "Kontakt mor på {phone:28 46 19 37} eller {email:mor.iben\uff20gmail.com}; drengen er 7 år.",
    (
        "Pige, 13 år, bor på {address:Kastanievej 11, 1. th.}, {postcode:8920 Randers NV}, cpr.nr. "
        "{cpr:140311\u20112710}."
    ),
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
