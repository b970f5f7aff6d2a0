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
        <location filename="../../ui/summary/form.py" line="74"/>
        <source>Case summary for booking %1</source>
        <translation>Sagsbeskrivelse til booking %1</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="76"/>
        <source>Loading …</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="81"/>
        <location filename="../../ui/summary/form.py" line="85"/>
        <source>Choose …</source>
        <translation>Vælg …</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="83"/>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="95"/>
        <source>Question for BUA</source>
        <translation>Spørgsmål til BUA</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="96"/>
        <source>Description of the problem</source>
        <translation>Problembeskrivelse</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="97"/>
        <source>Age band</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="98"/>
        <source>Pathway step</source>
        <translation>Trin i forløbet</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="99"/>
        <source>What has been tried</source>
        <translation>Hvad er afprøvet</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="104"/>
        <source>I have checked the warnings: they do not identify the child</source>
        <translation>Jeg har tjekket advarslerne: de identificerer ikke barnet</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="108"/>
        <source>Send to BUA</source>
        <translation>Send til BUA</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="144"/>
        <source>Screening results (raw scores)</source>
        <translation>Screeningsresultater (rå-scorer)</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="149"/>
        <source> (ranges not verified)</source>
        <translation> (intervaller ikke verificeret)</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="160"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="161"/>
        <source>Remove selected</source>
        <translation>Fjern valgte</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="241"/>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="246"/>
        <source>The summary was deleted after the retention period.</source>
        <translation>Sagsbeskrivelsen er slettet efter opbevaringsperioden.</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="262"/>
        <source>Blocks</source>
        <translation>Blokerer</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="262"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="297"/>
        <source>The draft was not saved: %1</source>
        <translation>Kladden blev ikke gemt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="333"/>
        <source>saved at %1</source>
        <translation>gemt kl. %1</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="335"/>
        <source>sent to BUA; changes must be sent again</source>
        <translation>sendt til BUA; ændringer skal sendes igen</translation>
    </message>
    <message>
        <location filename="../../ui/summary/form.py" line="357"/>
        <source>Instrument and scale</source>
        <translation>Instrument og skala</translation>
    </message>
</context>
</TS>
