<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>Register absence</source>
        <translation>Registrér fravær</translation>
    </message>
    <message>
        <source>e.g. course, illness</source>
        <translation>fx kursus, sygdom</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Sessions the absence hits</source>
        <translation>Møder, fraværet rammer</translation>
    </message>
    <message>
        <source>To &amp;deputy</source>
        <translation>Til &amp;stedfortræder</translation>
    </message>
    <message>
        <source>&amp;Cancel session</source>
        <translation>&amp;Aflys mødet</translation>
    </message>
    <message>
        <source>Selected sessions:</source>
        <translation>Valgte møder:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>&amp;Register absence</source>
        <translation>&amp;Registrér fravær</translation>
    </message>
    <message>
        <source>Sessions in the period:</source>
        <translation>Møder i perioden:</translation>
    </message>
    <message>
        <source>The absence ends before it begins.</source>
        <translation>Fraværet slutter, før det begynder.</translation>
    </message>
    <message>
        <source>%1 session(s) have no deputy in their municipality: cancel them instead.</source>
        <translation>Møder uden stedfortræder i kommunen: %1. Aflys dem i stedet.</translation>
    </message>
    <message>
        <source>%1 booked session(s) still need a decision.</source>
        <translation>Bookede møder, der mangler en beslutning: %1.</translation>
    </message>
    <message>
        <source>The absence is saved, but %1 calendar invitation(s) were not sent: %2</source>
        <translation>Fraværet er gemt, men %1 kalenderinvitation(er) blev ikke sendt: %2</translation>
    </message>
    <message>
        <source>Send them again from each session.</source>
        <translation>Send dem igen fra hvert møde.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
</context>
<context>
    <name>AdvisorPage</name>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Gå til dato</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 til %3</translation>
    </message>
</context>
<context>
    <name>AdvisorText</name>
    <message>
        <source>Export series</source>
        <translation>Eksportér serie</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kunne ikke gemme %1: %2</translation>
    </message>
    <message>
        <source>Series saved as %1</source>
        <translation>Serien er gemt som %1</translation>
    </message>
    <message>
        <source>summary due %1</source>
        <translation>resumé senest %1</translation>
    </message>
</context>
<context>
    <name>AffectedModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Booket af</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Hvad sker der</translation>
    </message>
    <message>
        <source>open time</source>
        <translation>ledig tid</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 og %2 flere</translation>
    </message>
    <message>
        <source>no deputy</source>
        <translation>ingen stedfortræder</translation>
    </message>
    <message>
        <source>The open time is cancelled</source>
        <translation>Den ledige tid aflyses</translation>
    </message>
    <message>
        <source>Goes to the deputy</source>
        <translation>Går til stedfortræderen</translation>
    </message>
    <message>
        <source>Cancelled, the booker is told why</source>
        <translation>Aflyses, bookeren får begrundelsen</translation>
    </message>
    <message>
        <source>Choose: deputy or cancel</source>
        <translation>Vælg: stedfortræder eller aflys</translation>
    </message>
</context>
<context>
    <name>CalendarText</name>
    <message>
        <source>Monday</source>
        <translation>mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>søndag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>søn</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marts</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>august</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2. %3 %4</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1.%2.</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1.%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>uge %1</translation>
    </message>
    <message>
        <source>%1/%2/%3</source>
        <translation>%1.%2.%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and month</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1-%2 %3</source>
        <translation>%1.-%2 %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ledig</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booket</translation>
    </message>
    <message>
        <source>summary received</source>
        <translation>resumé modtaget</translation>
    </message>
    <message>
        <source>summary missing</source>
        <translation>resumé mangler</translation>
    </message>
    <message>
        <source>summary late</source>
        <translation>resumé for sent</translation>
    </message>
    <message>
        <source>held</source>
        <translation>afholdt</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>ikke afholdt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>aflyst</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <source>outcome missing</source>
        <translation>udfald mangler</translation>
    </message>
    <message>
        <source>past, not booked</source>
        <translation>overstået, ikke booket</translation>
    </message>
    <message>
        <source>full, waitlist</source>
        <translation>fuld – venteliste</translation>
    </message>
    <message>
        <source>cannot be booked now</source>
        <translation>kan ikke bookes nu</translation>
    </message>
    <message>
        <source>%1 of %2 places free</source>
        <translation>%1 af %2 pladser ledige</translation>
    </message>
</context>
<context>
    <name>FirstSeriesBar</name>
    <message>
        <source>You have no fixed times yet. Create a series, and the municipalities you are contact person for can book you.</source>
        <translation>Du har endnu ingen faste tider. Opret en serie, så de kommuner, du er kontaktperson for, kan booke dig.</translation>
    </message>
    <message>
        <source>&amp;Create your first series…</source>
        <translation>&amp;Opret din første serie …</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Colour key: %1</source>
        <translation>Farveforklaring: %1</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 flere</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 tider</translation>
    </message>
    <message>
        <source>%1. Arrow keys move between days, Enter opens the week, Page Up and Page Down change month.</source>
        <translation>%1. Piletasterne skifter dag, Enter åbner ugen, Page Up og Page Down skifter måned.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move this time</source>
        <translation>Flyt denne tid</translation>
    </message>
    <message>
        <source>Move %1 to:</source>
        <translation>Flyt %1 til:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tidspunkt:</translation>
    </message>
</context>
<context>
    <name>OccurrenceActions</name>
    <message>
        <source>&amp;Move this time…</source>
        <translation>&amp;Flyt denne tid …</translation>
    </message>
    <message>
        <source>A booked time is moved by the one who booked it, or cancelled by BUA.</source>
        <translation>En booket tid flyttes af den, der har booket den, eller aflyses af BUA.</translation>
    </message>
    <message>
        <source>&amp;Cancel this time…</source>
        <translation>&amp;Aflys denne tid …</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>&amp;Edit the series from this date…</source>
        <translation>&amp;Redigér serien fra denne dato …</translation>
    </message>
    <message>
        <source>&amp;Send invitation</source>
        <translation>&amp;Send invitation</translation>
    </message>
    <message>
        <source>Sending by e-mail is not available here.</source>
        <translation>Afsendelse med e-mail er ikke mulig her.</translation>
    </message>
    <message>
        <source>Move the time</source>
        <translation>Flyt tiden</translation>
    </message>
    <message>
        <source>Move the time from %1 to %2?</source>
        <translation>Flyt tiden fra %1 til %2?</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Flyttet til %1.</translation>
    </message>
    <message>
        <source>the participants</source>
        <translation>deltagerne</translation>
    </message>
    <message>
        <source>The time is booked by %1: the booking is cancelled too, and they are told. Why does BUA cancel the time?</source>
        <translation>Tiden er booket af %1: bookingen aflyses også, og der gives besked. Hvorfor aflyser BUA tiden?</translation>
    </message>
    <message>
        <source>Why is the time cancelled? The reason is kept with the date.</source>
        <translation>Hvorfor aflyses tiden? Begrundelsen gemmes ved datoen.</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Aflys %1</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 er aflyst.</translation>
    </message>
    <message>
        <source>The cancellation was not sent: %1</source>
        <translation>Aflysningen blev ikke sendt: %1</translation>
    </message>
    <message>
        <source>The cancellation is sent to %1.</source>
        <translation>Aflysningen er sendt til %1.</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 er åben igen.</translation>
    </message>
    <message>
        <source>The invitation was not sent: %1</source>
        <translation>Invitationen blev ikke sendt: %1</translation>
    </message>
    <message>
        <source>The invitation is sent to %1.</source>
        <translation>Invitationen er sendt til %1.</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Forrige</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>N&amp;ext ▶</source>
        <translation>&amp;Næste ▶</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>&amp;Gå til dato …</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Viste periode</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Uge</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Måned</translation>
    </message>
    <message>
        <source>New &amp;series…</source>
        <translation>Ny &amp;serie …</translation>
    </message>
    <message>
        <source>&amp;Absence…</source>
        <translation>F&amp;ravær …</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Detal&amp;jer</translation>
    </message>
    <message>
        <source>Show or hide the session&apos;s details beside the calendar</source>
        <translation>Vis eller skjul mødets detaljer ved siden af kalenderen</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farver</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Springes over: %1</translation>
    </message>
    <message>
        <source>Created when the planning horizon reaches the date</source>
        <translation>Oprettes, når planlægningshorisonten når datoen</translation>
    </message>
</context>
<context>
    <name>SeriesEditorDialog</name>
    <message>
        <source>New series</source>
        <translation>Ny serie</translation>
    </message>
    <message>
        <source>Edit series</source>
        <translation>Redigér serie</translation>
    </message>
    <message>
        <source>Choose a municipality</source>
        <translation>Vælg kommune</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Til og med</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Antal gange</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Open to staff of every municipality</source>
        <translation>Åben for medarbejdere i alle kommuner</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>&amp;Ugedag:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>K&amp;lokkeslæt:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Hver:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>Changes &amp;from:</source>
        <translation>Ændres &amp;fra:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Slutter:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Ka&amp;pacitet:</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>V&amp;ideolink:</translation>
    </message>
    <message>
        <source>Preview of the occurrences</source>
        <translation>Forhåndsvisning af forekomsterne</translation>
    </message>
    <message>
        <source>Reading the calendar …</source>
        <translation>Læser kalenderen …</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>&amp;Save series</source>
        <translation>&amp;Gem serie</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Gem ændringer</translation>
    </message>
    <message>
        <source>E&amp;xport series…</source>
        <translation>Ek&amp;sportér serie …</translation>
    </message>
    <message>
        <source>Every occurrence, before saving:</source>
        <translation>Alle forekomster, før der gemmes:</translation>
    </message>
    <message>
        <source> week</source>
        <translation> uge</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>%1 sessions, %2 dates skipped</source>
        <translation>%1 møder, %2 datoer springes over</translation>
    </message>
    <message>
        <source>Series changed from %1: %2 sessions created, %3 removed, %4 dates skipped.</source>
        <translation>Serien er ændret fra %1: %2 tider oprettet, %3 fjernet, %4 datoer sprunget over.</translation>
    </message>
    <message>
        <source>Booked sessions that keep their time: %1.</source>
        <translation>Bookede møder, der beholder deres tid: %1.</translation>
    </message>
    <message>
        <source>The new invitations were not sent: %1</source>
        <translation>De nye invitationer blev ikke sendt: %1</translation>
    </message>
    <message>
        <source>The new invitations are sent.</source>
        <translation>De nye invitationer er sendt.</translation>
    </message>
    <message>
        <source>Series saved: %1 sessions created, %2 dates skipped.</source>
        <translation>Serien er gemt: %1 møder oprettet, %2 datoer sprunget over.</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Choose a session in the calendar.</source>
        <translation>Vælg et møde i kalenderen.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Deltager:</translation>
    </message>
    <message>
        <source>Booked by:</source>
        <translation>Booket af:</translation>
    </message>
    <message>
        <source>GP (guest):</source>
        <translation>Læge (gæst):</translation>
    </message>
    <message>
        <source>Video link:</source>
        <translation>Videolink:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Sagsresumé</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Afholdt</translation>
    </message>
    <message>
        <source>&amp;Not held</source>
        <translation>&amp;Ikke afholdt</translation>
    </message>
    <message>
        <source>&amp;Cancel by BUA…</source>
        <translation>Aflys &amp;fra BUA …</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Sen&amp;d invitation</source>
        <translation>Sen&amp;d invitation</translation>
    </message>
    <message>
        <source>Mail the calendar invite, or its cancellation, to the booker, the GP guest and the advisor</source>
        <translation>Send kalenderinvitationen, eller aflysningen af den, til den, der har booket, lægen (gæst) og rådgiveren</translation>
    </message>
    <message>
        <source>Export series…</source>
        <translation>Eksportér serie …</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Open the video meeting</source>
        <translation>Åbn videomødet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Nobody has booked this session.</source>
        <translation>Ingen har booket mødet.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ledig</translation>
    </message>
    <message>
        <source>%1 on the waiting list</source>
        <translation>%1 på venteliste</translation>
    </message>
    <message>
        <source>Reading the case summary …</source>
        <translation>Henter sagsresuméet …</translation>
    </message>
    <message>
        <source>Saved, but the cancellation was not sent: %1</source>
        <translation>Gemt, men aflysningen blev ikke sendt: %1</translation>
    </message>
    <message>
        <source>Saved, but the next on the waiting list was not sent an invitation: %1</source>
        <translation>Gemt, men den næste på ventelisten fik ikke sin invitation: %1</translation>
    </message>
    <message>
        <source>Saved. The cancellation is sent to %1.</source>
        <translation>Gemt. Aflysningen er sendt til %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Cancel by BUA</source>
        <translation>Aflys fra BUA</translation>
    </message>
    <message>
        <source>Why does BUA cancel the session? The booker sees the reason.</source>
        <translation>Hvorfor aflyser BUA mødet? Bookeren ser begrundelsen.</translation>
    </message>
    <message>
        <source>Sending by e-mail is not available here.</source>
        <translation>Afsendelse med e-mail er ikke mulig her.</translation>
    </message>
    <message>
        <source>The invitation is sent to %1.</source>
        <translation>Invitationen er sendt til %1.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 til %3</translation>
    </message>
    <message>
        <source>%1. %2 entries. Arrow keys move between entries, Page Up and Page Down change week.</source>
        <translation>%1. %2 tider. Piletasterne skifter mellem tiderne, Page Up og Page Down skifter uge.</translation>
    </message>
</context>
</TS>
