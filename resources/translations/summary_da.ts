<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ScreeningModel</name>
    <message>
        <location filename="../../ui/summary/screening_model.py" line="19"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../ui/summary/screening_model.py" line="20"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../ui/summary/screening_model.py" line="21"/>
        <source>Raw score</source>
        <translation>Rå-score</translation>
    </message>
    <message>
        <location filename="../../ui/summary/screening_model.py" line="22"/>
        <source>Range</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../ui/summary/screening_model.py" line="23"/>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/summary/screening_model.py" line="24"/>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
</context>
<context>
    <name>SummaryForm</name>
    <message>
        <location filename="../../ui/summary/form.py" line="75"/>
        <source>Case summary for booking %1</source>
        <translation>Sagsbeskrivelse til booking %1</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="77"/>
        <source>Loading …</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="82"/>
        <location filename="../../ui/summary/form.py" line="86"/>
        <source>Choose …</source>
        <translation>Vælg …</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="84"/>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="96"/>
        <source>Question for BUA</source>
        <translation>Spørgsmål til BUA</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="97"/>
        <source>Description of the problem</source>
        <translation>Problembeskrivelse</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="98"/>
        <source>Age band</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="99"/>
        <source>Pathway step</source>
        <translation>Trin i forløbet</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="100"/>
        <source>What has been tried</source>
        <translation>Hvad er afprøvet</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="105"/>
        <source>I have checked the warnings: they do not identify the child</source>
        <translation>Jeg har tjekket advarslerne: de identificerer ikke barnet</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="109"/>
        <source>Send to BUA</source>
        <translation>Send til BUA</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="145"/>
        <source>Screening results (raw scores)</source>
        <translation>Screeningsresultater (rå-scorer)</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="150"/>
        <source> (ranges not verified)</source>
        <translation> (intervaller ikke verificeret)</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="161"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="162"/>
        <source>Remove selected</source>
        <translation>Fjern valgte</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="242"/>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="247"/>
        <source>The summary was deleted after the retention period.</source>
        <translation>Sagsbeskrivelsen er slettet efter opbevaringsperioden.</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="263"/>
        <source>Blocks</source>
        <translation>Blokerer</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="263"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="301"/>
        <source>The draft was not saved: %1</source>
        <translation>Kladden blev ikke gemt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="337"/>
        <source>saved at %1</source>
        <translation>gemt kl. %1</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="339"/>
        <source>sent to BUA; changes must be sent again</source>
        <translation>sendt til BUA; ændringer skal sendes igen</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="361"/>
        <source>Instrument and scale</source>
        <translation>Instrument og skala</translation>
    </message>
</context>
<context>
    <name>SummaryReader</name>
    <message>
        <location filename="../../ui/summary/reader.py" line="29"/>
        <source>Case summary status</source>
        <translation>Sagsbeskrivelsens status</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="32"/>
        <source>Case summary</source>
        <translation>Sagsbeskrivelse</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="38"/>
        <source>Loading …</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="50"/>
        <source>Deleted %1 after the retention period.</source>
        <translation>Slettet %1 efter reglerne for opbevaring.</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="56"/>
        <source>Sent to BUA %1 at %2 (due %3).</source>
        <translation>Sendt til BUA %1 kl. %2 (frist %3).</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="65"/>
        <source>Not sent yet. Due %1.</source>
        <translation>Ikke sendt endnu. Frist %1.</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="66"/>
        <source>Being written, not sent yet. Due %1.</source>
        <translation>Under udarbejdelse, ikke sendt endnu. Frist %1.</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="67"/>
        <source>Late: not sent, it was due %1.</source>
        <translation>For sent: ikke sendt, fristen var %1.</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="68"/>
        <source>Sent to BUA (due %1).</source>
        <translation>Sendt til BUA (frist %1).</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="79"/>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="81"/>
        <source>Age band</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="81"/>
        <source>Pathway step</source>
        <translation>Trin i forløbet</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="83"/>
        <source>Question for BUA</source>
        <translation>Spørgsmål til BUA</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="84"/>
        <source>Description of the problem</source>
        <translation>Problembeskrivelse</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="86"/>
        <source>What has been tried</source>
        <translation>Hvad er afprøvet</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="88"/>
        <source>Screening results (raw scores)</source>
        <translation>Screeningsresultater (rå-scorer)</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="89"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../ui/summary/reader.py" line="94"/>
        <source>%1, %2: %3 · range %4</source>
        <translation>%1, %2: %3 · interval %4</translation>
    </message>
</context>
</TS>
