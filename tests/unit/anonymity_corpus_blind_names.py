"""Blind corpus, identifying places and names: street addresses, full names, and several kinds in one
text (see anonymity_corpus_blind.py)."""

from __future__ import annotations

BLIND_PLACES_AND_NAMES: list[str] = [
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
]
