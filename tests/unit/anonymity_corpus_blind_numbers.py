"""Blind corpus, identifying numbers: CPR numbers, e-mail addresses, phone numbers and birth dates
(see anonymity_corpus_blind.py)."""

from __future__ import annotations

BLIND_NUMBERS: list[str] = [
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
]
