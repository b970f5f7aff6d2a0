<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>Report</name>
    <message>
        <source>Offered</source>
        <translation>Tilbudt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booket</translation>
    </message>
    <message>
        <source>Status report: BUA&apos;s advice to the municipalities</source>
        <translation>Statusrapport: BUA&apos;s rådgivning af kommunerne</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Child and Adolescent Psychiatry (BUA)</source>
        <translation>Børne- og Ungdomspsykiatrisk Afdeling (BUA)</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>By %1 · made on %2</source>
        <translation>Efter %1 · udarbejdet %2</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Hvad der tælles</translation>
    </message>
    <message>
        <source>Sessions and outcomes</source>
        <translation>Tider og udfald</translation>
    </message>
    <message>
        <source>Cancellations, case summaries and teaching</source>
        <translation>Aflysninger, sagsresuméer og undervisning</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>Offered and held per %1</source>
        <translation>Tilbudte og afholdte tider pr. %1</translation>
    </message>
    <message>
        <source>Offered, booked and held per month</source>
        <translation>Tilbudte, bookede og afholdte tider pr. måned</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikke skrive %1.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
    <message>
        <source>BUA contact since</source>
        <translation>Fast kontaktperson i BUA siden</translation>
    </message>
    <message>
        <source>BUA deputy since</source>
        <translation>Stedfortræder i BUA siden</translation>
    </message>
    <message>
        <source>Municipality&apos;s contact since</source>
        <translation>Kommunens kontaktperson siden</translation>
    </message>
    <message>
        <source>Series running</source>
        <translation>Fast serie kører</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>First held</source>
        <translation>Første afholdte møde</translation>
    </message>
    <message>
        <source>Last held</source>
        <translation>Sidste afholdte møde</translation>
    </message>
    <message>
        <source>BUA advisor</source>
        <translation>BUA-rådgiver</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Mødetype</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Times offered</source>
        <translation>Tilbudte tider</translation>
    </message>
    <message>
        <source>Times booked</source>
        <translation>Bookede tider</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>Canc. BUA</source>
        <translation>Afl. BUA</translation>
    </message>
    <message>
        <source>Cancelled by BUA</source>
        <translation>Aflyst af BUA</translation>
    </message>
    <message>
        <source>Canc. munic.</source>
        <translation>Afl. kommune</translation>
    </message>
    <message>
        <source>Cancelled by the municipality</source>
        <translation>Aflyst af kommunen</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Ubrugt</translation>
    </message>
    <message>
        <source>Unused times</source>
        <translation>Ubrugte tider</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Udfald mgl.</translation>
    </message>
    <message>
        <source>Outcome missing</source>
        <translation>Udfald mangler</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Udnyttelse</translation>
    </message>
    <message>
        <source>Summ. on time</source>
        <translation>Res. til tiden</translation>
    </message>
    <message>
        <source>Case summaries on time</source>
        <translation>Resuméer til tiden</translation>
    </message>
    <message>
        <source>Summ. late</source>
        <translation>Res. for sent</translation>
    </message>
    <message>
        <source>Case summaries late</source>
        <translation>Resuméer for sent</translation>
    </message>
    <message>
        <source>Summ. missing</source>
        <translation>Res. mangler</translation>
    </message>
    <message>
        <source>Case summaries missing</source>
        <translation>Resuméer mangler</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Teaching participants</source>
        <translation>Deltagere i under­visning</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>On a teaching waitlist</source>
        <translation>På venteliste</translation>
    </message>
    <message>
        <source>GP present</source>
        <translation>Læge med</translation>
    </message>
    <message>
        <source>With the GP as guest</source>
        <translation>Egen læge med</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>Whether case summaries came on time is shown only to BUA for its own sessions: you cannot see other people&apos;s case summaries (–).</source>
        <translation>Sagsresuméernes rettidighed vises kun for BUA for egne møder: du kan ikke se andres sagsresuméer (–).</translation>
    </message>
    <message>
        <source>The report counts BUA&apos;s advisory sessions for the municipalities by the day they start on, and nothing but counts: no names of staff, GPs or children and no word of a case. Offered times are sessions that were not cancelled; booked ones have a municipal participant; held and no-show are what the advisor recorded, and outcome missing are sessions that are over without a recorded outcome. Unused times are over and were not booked. Utilisation is held divided by offered, so times still ahead in the period lower it. Cancellations count bookings cancelled by BUA or by the municipality&apos;s booker. Case summaries count booked one-to-one sessions whose summary came before its deadline, after it, or not at all. Teaching participants are places taken at teaching sessions, the waitlist those still waiting for one.</source>
        <translation>Rapporten tæller BUA&apos;s rådgivningsmøder med kommunerne efter den dag, de begynder, og indeholder kun antal: ingen navne på medarbejdere, læger eller børn og intet ord fra en sag. Tilbudte tider er møder, der ikke blev aflyst; bookede tider har en kommunal deltager; afholdt og udeblevet er, hvad rådgiveren har registreret, og udfald mangler er møder, der er overstået uden registreret udfald. Ubrugte tider er overståede tider, der ikke blev booket. Udnyttelsen er afholdte delt med tilbudte, så tider, der endnu ligger forude i perioden, trækker den ned. Aflysninger tæller bookinger aflyst af BUA eller af den kommunale medarbejder, der bookede. Sagsresuméer tæller bookede 1:1-møder, hvis resumé kom før fristen, efter den eller slet ikke. Deltagere i undervisning er besatte pladser ved undervisning, ventelisten dem, der stadig venter på en plads.</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Last half-year</source>
        <translation>Sidste halvår</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Sidste år</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Chosen period</source>
        <translation>Valgt periode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Gruppering</translation>
    </message>
    <message>
        <source>Reading the figures …</source>
        <translation>Henter tallene …</translation>
    </message>
    <message>
        <source>Save as PDF …</source>
        <translation>Gem som PDF …</translation>
    </message>
    <message>
        <source>Save as CSV …</source>
        <translation>Gem som CSV …</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Gruppering:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Status overview</source>
        <translation>Statusoverblik</translation>
    </message>
    <message>
        <source>You see your own municipality only.</source>
        <translation>Du ser kun din egen kommune.</translation>
    </message>
    <message>
        <source>status-report</source>
        <translation>statusrapport</translation>
    </message>
    <message>
        <source>status-overview</source>
        <translation>statusoverblik</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Gemt i %1.</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Gem som CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kunne ikke gemme %1: %2</translation>
    </message>
</context>
</TS>
