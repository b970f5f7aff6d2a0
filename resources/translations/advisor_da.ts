<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="47"/>
        <source>Register absence</source>
        <translation>Registrér fravær</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="56"/>
        <source>e.g. course, illness</source>
        <translation>fx kursus, sygdom</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="59"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="60"/>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="61"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="66"/>
        <source>Sessions the absence hits</source>
        <translation>Møder, fraværet rammer</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="75"/>
        <source>To &amp;deputy</source>
        <translation>Til &amp;stedfortræder</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="76"/>
        <source>&amp;Cancel session</source>
        <translation>&amp;Aflys mødet</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="80"/>
        <source>Selected sessions:</source>
        <translation>Valgte møder:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="87"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="94"/>
        <source>&amp;Register absence</source>
        <translation>&amp;Registrér fravær</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="99"/>
        <source>Sessions in the period:</source>
        <translation>Møder i perioden:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="117"/>
        <source>The absence ends before it begins.</source>
        <translation>Fraværet slutter, før det begynder.</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="138"/>
        <source>%1 session(s) have no deputy in their municipality: cancel them instead.</source>
        <translation>Møder uden stedfortræder i kommunen: %1. Aflys dem i stedet.</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/absence_dialog.py" line="151"/>
        <source>%1 booked session(s) still need a decision.</source>
        <translation>Bookede møder, der mangler en beslutning: %1.</translation>
    </message>
</context>
<context>
    <name>AdvisorPage</name>
    <message>
        <location filename="../../ui/advisor/advisor_page.py" line="73"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Forrige</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/advisor_page.py" line="74"/>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/advisor_page.py" line="75"/>
        <source>N&amp;ext ▶</source>
        <translation>&amp;Næste ▶</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/advisor_page.py" line="77"/>
        <source>Period shown</source>
        <translation>Viste periode</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/advisor_page.py" line="82"/>
        <source>&amp;Week</source>
        <translation>&amp;Uge</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/advisor_page.py" line="83"/>
        <source>&amp;Month</source>
        <translation>&amp;Måned</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/advisor_page.py" line="90"/>
        <source>New &amp;series…</source>
        <translation>Ny &amp;serie …</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/advisor_page.py" line="91"/>
        <source>&amp;Absence…</source>
        <translation>F&amp;ravær …</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/advisor_page.py" line="100"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/advisor_page.py" line="185"/>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 til %3</translation>
    </message>
</context>
<context>
    <name>AdvisorText</name>
    <message>
        <location filename="../../ui/advisor/export.py" line="21"/>
        <source>Export series</source>
        <translation>Eksportér serie</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/export.py" line="23"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/export.py" line="46"/>
        <source>Could not save %1: %2</source>
        <translation>Kunne ikke gemme %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/export.py" line="51"/>
        <source>Series saved as %1</source>
        <translation>Serien er gemt som %1</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="31"/>
        <source>%1 Municipality</source>
        <translation>%1 Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="36"/>
        <source>sparring</source>
        <translation>sparring</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="37"/>
        <source>supervision</source>
        <translation>supervision</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="38"/>
        <source>teaching</source>
        <translation>undervisning</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="45"/>
        <source>psychologist</source>
        <translation>psykolog</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="46"/>
        <source>social worker</source>
        <translation>socialrådgiver</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="47"/>
        <source>pedagogical-psychological consultant</source>
        <translation>pædagogisk-psykologisk konsulent</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="50"/>
        <source>family counsellor</source>
        <translation>familierådgiver</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="51"/>
        <source>other profession</source>
        <translation>anden faggruppe</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="56"/>
        <source>profession not given</source>
        <translation>faggruppe ikke angivet</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="62"/>
        <source>booked</source>
        <translation>booket</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="63"/>
        <source>on the waiting list</source>
        <translation>på venteliste</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="64"/>
        <source>cancelled by the booker</source>
        <translation>aflyst af bookeren</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="65"/>
        <source>cancelled by BUA</source>
        <translation>aflyst af BUA</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="66"/>
        <source>held</source>
        <translation>afholdt</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="67"/>
        <source>not held</source>
        <translation>ikke afholdt</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="78"/>
        <source>teaching %1/%2</source>
        <translation>undervisning %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/words.py" line="101"/>
        <source>summary due %1</source>
        <translation>resumé senest %1</translation>
    </message>
</context>
<context>
    <name>AffectedModel</name>
    <message>
        <location filename="../../ui/advisor/affected_model.py" line="73"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/affected_model.py" line="74"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/affected_model.py" line="75"/>
        <source>Booked by</source>
        <translation>Booket af</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/affected_model.py" line="76"/>
        <source>Deputy</source>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/affected_model.py" line="77"/>
        <source>What happens</source>
        <translation>Hvad sker der</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/affected_model.py" line="96"/>
        <source>open time</source>
        <translation>ledig tid</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/affected_model.py" line="98"/>
        <source>%1 and %2 more</source>
        <translation>%1 og %2 flere</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/affected_model.py" line="101"/>
        <source>no deputy</source>
        <translation>ingen stedfortræder</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/affected_model.py" line="103"/>
        <source>The open time is cancelled</source>
        <translation>Den ledige tid aflyses</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/affected_model.py" line="106"/>
        <source>Goes to the deputy</source>
        <translation>Går til stedfortræderen</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/affected_model.py" line="108"/>
        <source>Cancelled, the booker is told why</source>
        <translation>Aflyses, bookeren får begrundelsen</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/affected_model.py" line="109"/>
        <source>Choose: deputy or cancel</source>
        <translation>Vælg: stedfortræder eller aflys</translation>
    </message>
</context>
<context>
    <name>CalendarText</name>
    <message>
        <location filename="../../ui/calendar/dates.py" line="16"/>
        <source>Monday</source>
        <translation>mandag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="17"/>
        <source>Tuesday</source>
        <translation>tirsdag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="18"/>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="19"/>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="20"/>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="21"/>
        <source>Saturday</source>
        <translation>lørdag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="22"/>
        <source>Sunday</source>
        <translation>søndag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="29"/>
        <source>Mon</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="30"/>
        <source>Tue</source>
        <translation>tir</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="31"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="32"/>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="33"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="34"/>
        <source>Sat</source>
        <translation>lør</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="35"/>
        <source>Sun</source>
        <translation>søn</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="42"/>
        <source>January</source>
        <translation>januar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="43"/>
        <source>February</source>
        <translation>februar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="44"/>
        <source>March</source>
        <translation>marts</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="45"/>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="46"/>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="47"/>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="48"/>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="49"/>
        <source>August</source>
        <translation>august</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="50"/>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="51"/>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="52"/>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="53"/>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="61"/>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2. %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="72"/>
        <source>%1/%2</source>
        <translation>%1.%2.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="81"/>
        <source>%1:%2</source>
        <translation>%1.%2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="94"/>
        <source>%1 %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="102"/>
        <source>week %1</source>
        <translation>uge %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/entries.py" line="40"/>
        <source>open</source>
        <translation>ledig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/entries.py" line="41"/>
        <source>booked</source>
        <translation>booket</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/entries.py" line="42"/>
        <source>summary received</source>
        <translation>resumé modtaget</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/entries.py" line="43"/>
        <source>summary missing</source>
        <translation>resumé mangler</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/entries.py" line="44"/>
        <source>summary late</source>
        <translation>resumé for sent</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/entries.py" line="45"/>
        <source>held</source>
        <translation>afholdt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/entries.py" line="46"/>
        <source>not held</source>
        <translation>ikke afholdt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/entries.py" line="47"/>
        <source>cancelled</source>
        <translation>aflyst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/entries.py" line="48"/>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../ui/calendar/legend.py" line="23"/>
        <source>Colour key: %1</source>
        <translation>Farveforklaring: %1</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="225"/>
        <source>+%1 more</source>
        <translation>+%1 flere</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="268"/>
        <source>%1 entries</source>
        <translation>%1 tider</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="273"/>
        <source>%1. Arrow keys move between days, Enter opens the week, Page Up and Page Down change month.</source>
        <translation>%1. Piletasterne skifter dag, Enter åbner ugen, Page Up og Page Down skifter måned.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/advisor/preview_model.py" line="41"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/preview_model.py" line="41"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/preview_model.py" line="41"/>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/preview_model.py" line="62"/>
        <source>Skipped: %1</source>
        <translation>Springes over: %1</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/preview_model.py" line="64"/>
        <source>Created when the planning horizon reaches the date</source>
        <translation>Oprettes, når planlægningshorisonten når datoen</translation>
    </message>
</context>
<context>
    <name>SeriesEditorDialog</name>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="64"/>
        <source>New series</source>
        <translation>Ny serie</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="81"/>
        <source> week(s)</source>
        <translation> uge(r)</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="87"/>
        <source>Until</source>
        <translation>Til og med</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="88"/>
        <source>Number of times</source>
        <translation>Antal gange</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="96"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="100"/>
        <source>Open to staff of every municipality</source>
        <translation>Åben for medarbejdere i alle kommuner</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="111"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="112"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="113"/>
        <source>&amp;Weekday:</source>
        <translation>&amp;Ugedag:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="114"/>
        <source>&amp;Time:</source>
        <translation>K&amp;lokkeslæt:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="115"/>
        <source>&amp;Every:</source>
        <translation>&amp;Hver:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="116"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="117"/>
        <source>Ends:</source>
        <translation>Slutter:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="118"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="119"/>
        <source>&amp;Capacity:</source>
        <translation>Ka&amp;pacitet:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="121"/>
        <source>&amp;Video link:</source>
        <translation>V&amp;ideolink:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="126"/>
        <source>Preview of the occurrences</source>
        <translation>Forhåndsvisning af forekomsterne</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="136"/>
        <source>Reading the calendar …</source>
        <translation>Læser kalenderen …</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="138"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="140"/>
        <source>&amp;Save series</source>
        <translation>&amp;Gem serie</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="142"/>
        <source>E&amp;xport series…</source>
        <translation>Ek&amp;sportér serie …</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="152"/>
        <source>Every occurrence, before saving:</source>
        <translation>Alle forekomster, før der gemmes:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="231"/>
        <source>%1 sessions, %2 dates skipped</source>
        <translation>%1 møder, %2 datoer springes over</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/series_editor.py" line="272"/>
        <source>Series saved: %1 sessions created, %2 dates skipped.</source>
        <translation>Serien er gemt: %1 møder oprettet, %2 datoer sprunget over.</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="50"/>
        <location filename="../../ui/advisor/session_panel.py" line="143"/>
        <source>Choose a session in the calendar.</source>
        <translation>Vælg et møde i kalenderen.</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="73"/>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="77"/>
        <source>Municipality:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="78"/>
        <source>Participant:</source>
        <translation>Deltager:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="79"/>
        <source>Booked by:</source>
        <translation>Booket af:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="80"/>
        <source>GP (guest):</source>
        <translation>Læge (gæst):</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="81"/>
        <source>Video link:</source>
        <translation>Videolink:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="82"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="85"/>
        <source>Case summary</source>
        <translation>Sagsresumé</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="90"/>
        <source>&amp;Held</source>
        <translation>&amp;Afholdt</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="91"/>
        <source>&amp;Not held</source>
        <translation>&amp;Ikke afholdt</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="92"/>
        <source>&amp;Cancel by BUA…</source>
        <translation>Aflys &amp;fra BUA …</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="96"/>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="101"/>
        <source>Export series…</source>
        <translation>Eksportér serie …</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="105"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="155"/>
        <source>Open the video meeting</source>
        <translation>Åbn videomødet</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="157"/>
        <location filename="../../ui/advisor/session_panel.py" line="174"/>
        <location filename="../../ui/advisor/session_panel.py" line="182"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="173"/>
        <location filename="../../ui/advisor/session_panel.py" line="202"/>
        <source>Nobody has booked this session.</source>
        <translation>Ingen har booket mødet.</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="175"/>
        <source>open</source>
        <translation>ledig</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="192"/>
        <source>%1 on the waiting list</source>
        <translation>%1 på venteliste</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="206"/>
        <source>Reading the case summary …</source>
        <translation>Henter sagsresuméet …</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="242"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="254"/>
        <source>Cancel by BUA</source>
        <translation>Aflys fra BUA</translation>
    </message>
    <message>
        <location filename="../../ui/advisor/session_panel.py" line="255"/>
        <source>Why does BUA cancel the session? The booker sees the reason.</source>
        <translation>Hvorfor aflyser BUA mødet? Bookeren ser begrundelsen.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../ui/calendar/week_view.py" line="383"/>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 til %3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_view.py" line="387"/>
        <source>%1. %2 entries. Arrow keys move between entries, Page Up and Page Down change week.</source>
        <translation>%1. %2 tider. Piletasterne skifter mellem tiderne, Page Up og Page Down skifter uge.</translation>
    </message>
</context>
</TS>
