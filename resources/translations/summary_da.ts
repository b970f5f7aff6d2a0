<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ScreeningBox</name>
    <message>
        <source>Screening results (raw scores)</source>
        <translation>Screeningsresultater (rå-scorer)</translation>
    </message>
    <message>
        <source> (ranges not verified)</source>
        <translation> (intervaller ikke verificeret)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Fjern valgte</translation>
    </message>
    <message>
        <source>Instrument and scale</source>
        <translation>Instrument og skala</translation>
    </message>
</context>
<context>
    <name>ScreeningModel</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Raw score</source>
        <translation>Rå-score</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
</context>
<context>
    <name>SummaryForm</name>
    <message>
        <source>Case summary</source>
        <translation>Sagsresumé</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <source>Choose …</source>
        <translation>Vælg …</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <source>Pathway step</source>
        <translation>Trin i forløbet</translation>
    </message>
    <message>
        <source>I have checked the warnings: they do not identify the child</source>
        <translation>Jeg har tjekket advarslerne: de identificerer ikke barnet</translation>
    </message>
    <message>
        <source>Send to BUA</source>
        <translation>Send til BUA</translation>
    </message>
    <message>
        <source>Case summary: %1 at %2, %3</source>
        <translation>Sagsresumé: %1 kl. %2, %3</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>The summary was deleted after the retention period.</source>
        <translation>Sagsresuméet er slettet efter opbevaringsperioden.</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blokerer</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>Kladden blev ikke gemt: %1</translation>
    </message>
    <message>
        <source>saved at %1</source>
        <translation>gemt kl. %1</translation>
    </message>
    <message>
        <source>sent to BUA; changes must be sent again</source>
        <translation>sendt til BUA; ændringer skal sendes igen</translation>
    </message>
</context>
<context>
    <name>SummaryReader</name>
    <message>
        <source>Case summary status</source>
        <translation>Sagsresuméets status</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Sagsresumé</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <source>Deleted %1 after the retention period.</source>
        <translation>Slettet %1 efter reglerne for opbevaring.</translation>
    </message>
    <message>
        <source>Sent to BUA %1 at %2 (due %3).</source>
        <translation>Sendt til BUA %1 kl. %2 (frist %3).</translation>
    </message>
    <message>
        <source>Not sent yet. Due %1.</source>
        <translation>Ikke sendt endnu. Frist %1.</translation>
    </message>
    <message>
        <source>Being written, not sent yet. Due %1.</source>
        <translation>Under udarbejdelse, ikke sendt endnu. Frist %1.</translation>
    </message>
    <message>
        <source>Late: not sent, it was due %1.</source>
        <translation>For sent: ikke sendt, fristen var %1.</translation>
    </message>
    <message>
        <source>Sent to BUA (due %1).</source>
        <translation>Sendt til BUA (frist %1).</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <source>Pathway step</source>
        <translation>Trin i forløbet</translation>
    </message>
    <message>
        <source>Screening results (raw scores)</source>
        <translation>Screeningsresultater (rå-scorer)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1, %2: %3 · range %4</source>
        <translation>%1, %2: %3 · interval %4</translation>
    </message>
</context>
</TS>
