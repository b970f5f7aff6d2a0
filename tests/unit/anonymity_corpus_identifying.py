"""Hand-written case summaries with something to warn about or to block (see anonymity_corpus.py)."""

from __future__ import annotations

WARNED = [
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
]
IDENTIFYING = [
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
