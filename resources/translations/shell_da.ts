<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AdminLabels</name>
    <message>
        <source>BUA contact person</source>
        <translation>Fast kontaktperson i BUA</translation>
    </message>
    <message>
        <source>BUA deputy</source>
        <translation>Stedfortræder i BUA</translation>
    </message>
    <message>
        <source>Municipality&apos;s contact</source>
        <translation>Kommunens kontaktperson</translation>
    </message>
</context>
<context>
    <name>BookingStates</name>
    <message>
        <source>booked</source>
        <translation>booket</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>på venteliste</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>aflyst</translation>
    </message>
    <message>
        <source>cancelled by BUA</source>
        <translation>aflyst af BUA</translation>
    </message>
    <message>
        <source>held</source>
        <translation>afholdt</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>ikke afholdt</translation>
    </message>
</context>
<context>
    <name>CancelReasons</name>
    <message>
        <source>Illness</source>
        <translation>Sygdom</translation>
    </message>
    <message>
        <source>The case is resolved</source>
        <translation>Sagen er afklaret</translation>
    </message>
    <message>
        <source>The advice is no longer needed</source>
        <translation>Rådgivningen er ikke længere nødvendig</translation>
    </message>
    <message>
        <source>Planning/other duties</source>
        <translation>Planlægning/andre opgaver</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>The connection to the database is back; the views are up to date.</source>
        <translation>Forbindelsen til databasen er tilbage; visningerne er opdateret.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; trying again. Nothing you typed is lost.</source>
        <translation>Forbindelsen til databasen er afbrudt; der prøves igen. Intet af det, du har skrevet, går tabt.</translation>
    </message>
</context>
<context>
    <name>ErrorDetails</name>
    <message>
        <source>Technical details</source>
        <translation>Tekniske detaljer</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Skjul detaljer</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Vis detaljer</translation>
    </message>
</context>
<context>
    <name>Municipalities</name>
    <message>
        <source>%1 Municipality</source>
        <translation>%1 Kommune</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesView</name>
    <message>
        <source>Municipalities and contact persons</source>
        <translation>Kommuner og kontaktpersoner</translation>
    </message>
    <message>
        <source>Municipalities in Region Midtjylland</source>
        <translation>Kommuner i Region Midtjylland</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Opening the database …</source>
        <translation>Åbner databasen …</translation>
    </message>
    <message numerus="yes">
        <source>%1 municipalities in %n cluster(s)</source>
        <translation>
            <numerusform>%1 kommuner i %n klynge</numerusform>
            <numerusform>%1 kommuner i %n klynger</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact persons are shown for your own municipality only.</source>
        <translation>Kontaktpersoner vises kun for din egen kommune.</translation>
    </message>
</context>
<context>
    <name>MunicipalityTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
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
        <source>Fixed BUA contact person</source>
        <translation>Fast kontaktperson i BUA</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <source>The municipality&apos;s contact person</source>
        <translation>Kommunens kontaktperson</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>GPs take part in sessions as invited guests and receive the invitation by e-mail; there is nothing to do here.</source>
        <translation>Praktiserende læger deltager i møderne som inviterede gæster og får invitationen på e-mail; der er intet at gøre her.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Søg på navn</translation>
    </message>
    <message>
        <source>Continue as the selected person</source>
        <translation>Fortsæt som den valgte person</translation>
    </message>
    <message>
        <source>Choose yourself</source>
        <translation>Vælg dig selv</translation>
    </message>
    <message>
        <source>Choose municipality</source>
        <translation>Vælg kommune</translation>
    </message>
    <message>
        <source>Choose profession</source>
        <translation>Vælg faggruppe</translation>
    </message>
    <message>
        <source>Create and continue</source>
        <translation>Opret og fortsæt</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <source>Profession:</source>
        <translation>Faggruppe:</translation>
    </message>
    <message>
        <source>Or create yourself</source>
        <translation>Eller opret dig selv</translation>
    </message>
    <message>
        <source>Reading the people register …</source>
        <translation>Henter personregistret …</translation>
    </message>
    <message>
        <source>The database has no people yet: create yourself on the right.</source>
        <translation>Databasen har endnu ingen personer: opret dig selv til højre.</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>Vælg først en person på listen.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>you have reached the limit of %1 future bookings</source>
        <translation>du har nået grænsen på %1 fremtidige bookinger</translation>
    </message>
    <message>
        <source>your municipality has used its %1 sessions for that month</source>
        <translation>kommunen har brugt sine %1 møder i den måned</translation>
    </message>
    <message>
        <source>your profession cannot book advice from BUA</source>
        <translation>din faggruppe kan ikke booke rådgivning hos BUA</translation>
    </message>
    <message>
        <source>Cancel one under My bookings to book another.</source>
        <translation>Aflys en under Mine bookinger for at booke en ny.</translation>
    </message>
    <message>
        <source>Choose a time in another month.</source>
        <translation>Vælg en tid i en anden måned.</translation>
    </message>
    <message>
        <source>Ask your municipality&apos;s contact person.</source>
        <translation>Spørg kommunens kontaktperson.</translation>
    </message>
    <message>
        <source>Cannot be booked: %1. %2</source>
        <translation>Kan ikke bookes: %1. %2</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>BUA advisor</source>
        <translation>BUA-rådgiver</translation>
    </message>
    <message>
        <source>BUA administrator</source>
        <translation>BUA-administrator</translation>
    </message>
    <message>
        <source>Municipal staff</source>
        <translation>Kommunal medarbejder</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Praktiserende læge</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Socialrådgiver</translation>
    </message>
    <message>
        <source>Pedagogical-psychological consultant</source>
        <translation>Pædagogisk-psykologisk konsulent</translation>
    </message>
    <message>
        <source>Family counsellor</source>
        <translation>Familierådgiver</translation>
    </message>
    <message>
        <source>Other profession</source>
        <translation>Anden faggruppe</translation>
    </message>
    <message>
        <source>profession not given</source>
        <translation>faggruppe ikke angivet</translation>
    </message>
</context>
<context>
    <name>SessionTypes</name>
    <message>
        <source>Sparring</source>
        <translation>Sparring</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Undervisning</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Opening the database …</source>
        <translation>Åbner databasen …</translation>
    </message>
    <message>
        <source>No database is open. Choose one in the File menu.</source>
        <translation>Ingen database er åben. Vælg en i menuen Fil.</translation>
    </message>
    <message>
        <source>BUA Booking was updated</source>
        <translation>BUA Booking er opdateret</translation>
    </message>
    <message>
        <source>The database was upgraded to this version of BUA Booking. Nothing was lost: a copy of the database as it was before is kept for 14 days in
%1</source>
        <translation>Databasen er opgraderet til denne version af BUA Booking. Intet er gået tabt: en kopi af databasen, som den var før, gemmes i 14 dage i
%1</translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation>Vælg, hvem du er.</translation>
    </message>
    <message>
        <source>no database open</source>
        <translation>ingen database åben</translation>
    </message>
    <message>
        <source>Advisory sessions between BUA and the municipalities of Region Midtjylland.</source>
        <translation>Rådgivning mellem BUA og kommunerne i Region Midtjylland.</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>Logget ind som: %1</translation>
    </message>
    <message>
        <source>About BUA Booking</source>
        <translation>Om BUA Booking</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Opening the database …</source>
        <translation>Åbner databasen …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Change &amp;database …</source>
        <translation>Skift &amp;database …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Change &amp;person</source>
        <translation>Skift &amp;person</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Municipalities and contact persons</source>
        <translation>&amp;Kommuner og kontaktpersoner</translation>
    </message>
    <message>
        <source>&amp;Reports …</source>
        <translation>&amp;Rapporter …</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Udseende</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About BUA Booking</source>
        <translation>&amp;Om BUA Booking</translation>
    </message>
    <message>
        <source>Choose or create a person …</source>
        <translation>Vælg eller opret en person …</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Choose the database</source>
        <translation>Vælg database</translation>
    </message>
    <message>
        <source>Where are the bookings kept?</source>
        <translation>Hvor skal bookingerne gemmes?</translation>
    </message>
    <message>
        <source>On this computer (a local file)</source>
        <translation>På denne computer (en lokal fil)</translation>
    </message>
    <message>
        <source>On a shared server (PostgreSQL)</source>
        <translation>På en fælles server (PostgreSQL)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>gemmes i systemets nøglering</translation>
    </message>
    <message>
        <source>Encrypted and verified (recommended)</source>
        <translation>Krypteret og kontrolleret (anbefales)</translation>
    </message>
    <message>
        <source>Encrypted, not verified</source>
        <translation>Krypteret, ikke kontrolleret</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation>Ikke krypteret (kun på denne computer)</translation>
    </message>
    <message>
        <source>Verified: the server must show a certificate from a trusted authority for its own name (sslmode verify-full), so nobody in between can read or change the traffic.</source>
        <translation>Kontrolleret: serveren skal vise et certifikat fra en betroet udsteder til sit eget navn (sslmode verify-full), så ingen undervejs kan læse eller ændre trafikken.</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>styresystemets betroede certifikater</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Brugernavn:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Adgangskode:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Forbindelse:</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>CA-certifikatfil:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Fill in the server address, the database and the user name.</source>
        <translation>Udfyld serveradresse, database og brugernavn.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password is not saved: type it again at the next start.</source>
        <translation>Denne computer har ingen nøglering, så adgangskoden gemmes ikke: skriv den igen ved næste start.</translation>
    </message>
    <message>
        <source>Opening the database …</source>
        <translation>Åbner databasen …</translation>
    </message>
</context>
<context>
    <name>SummaryFields</name>
    <message>
        <source>Question for BUA</source>
        <translation>Spørgsmål til BUA</translation>
    </message>
    <message>
        <source>Description of the problem</source>
        <translation>Problembeskrivelse</translation>
    </message>
    <message>
        <source>What has been tried</source>
        <translation>Hvad er afprøvet</translation>
    </message>
    <message>
        <source>Informant in screening %1</source>
        <translation>Informant i screening %1</translation>
    </message>
    <message>
        <source>Instrument in screening %1</source>
        <translation>Instrument i screening %1</translation>
    </message>
</context>
<context>
    <name>SummaryProblems</name>
    <message>
        <source>the question for BUA</source>
        <translation>spørgsmål til BUA</translation>
    </message>
    <message>
        <source>the description of the problem</source>
        <translation>problembeskrivelse</translation>
    </message>
    <message>
        <source>the age band</source>
        <translation>aldersgruppe</translation>
    </message>
    <message>
        <source>the pathway step</source>
        <translation>trin</translation>
    </message>
    <message>
        <source>Unknown instrument &apos;%1&apos;.</source>
        <translation>Ukendt instrument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Write the name of the instrument and scale.</source>
        <translation>Skriv instrumentets og skalaens navn.</translation>
    </message>
    <message>
        <source>%1 has no scale &apos;%2&apos;.</source>
        <translation>%1 har ingen skala &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Give the raw score.</source>
        <translation>Angiv rå-scoren.</translation>
    </message>
    <message>
        <source>The score %1 is outside the range %2 for %3, %4.</source>
        <translation>Scoren %1 ligger uden for intervallet %2 for %3, %4.</translation>
    </message>
    <message>
        <source>Give the month and year of the screening.</source>
        <translation>Angiv måned og år for screeningen.</translation>
    </message>
    <message>
        <source>The screening cannot be from %1.</source>
        <translation>Screeningen kan ikke være fra %1.</translation>
    </message>
    <message>
        <source>If the score is right, choose the instrument &apos;%1&apos; and write its name.</source>
        <translation>Er scoren rigtig, så vælg instrumentet &apos;%1&apos; og skriv dets navn.</translation>
    </message>
    <message>
        <source>Screening %1: %2</source>
        <translation>Screening %1: %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>Fill in %1 before the summary is sent.</source>
        <translation>Udfyld %1, før resuméet sendes.</translation>
    </message>
</context>
<context>
    <name>SummaryStates</name>
    <message>
        <source>Trin 1</source>
        <translation>Trin 1</translation>
    </message>
    <message>
        <source>Trin 2</source>
        <translation>Trin 2</translation>
    </message>
    <message>
        <source>Summary missing</source>
        <translation>Sagsresumé mangler</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>For sent</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>Draft, due %1</source>
        <translation>Kladde, frist %1</translation>
    </message>
    <message>
        <source>Late, was due %1</source>
        <translation>For sent, fristen var %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to BUA Booking</source>
        <translation>Velkommen til BUA Booking</translation>
    </message>
    <message>
        <source>BUA Booking is for booking advice from the child and adolescent psychiatry department of Region Midtjylland (BUA) under the collaboration agreement on children and young people in mental distress: virtual meetings of about 45 minutes about an anonymous case.</source>
        <translation>BUA Booking bruges til at booke rådgivning fra Børne- og Ungdomspsykiatrisk Afdeling (BUA) i Region Midtjylland efter samarbejdsaftalen om børn og unge i psykisk mistrivsel: virtuelle møder på ca. 45 minutter om en anonym sag.</translation>
    </message>
    <message>
        <source>Municipal staff</source>
        <translation>Kommunernes medarbejdere</translation>
    </message>
    <message>
        <source>book a time with their municipality&apos;s contact person at BUA and write a short, anonymous case summary before the meeting.</source>
        <translation>booker en tid hos kommunens faste kontaktperson i BUA og skriver et kort, anonymt sagsresumé før mødet.</translation>
    </message>
    <message>
        <source>BUA&apos;s advisors</source>
        <translation>BUA&apos;s rådgivere</translation>
    </message>
    <message>
        <source>keep the calendar of fixed times and hold the sessions.</source>
        <translation>holder kalenderen med de faste tider og holder møderne.</translation>
    </message>
    <message>
        <source>BUA&apos;s administration</source>
        <translation>BUA&apos;s administration</translation>
    </message>
    <message>
        <source>keeps the municipalities, the people, the contact persons and the rules.</source>
        <translation>holder styr på kommunerne, personerne, kontaktpersonerne og reglerne.</translation>
    </message>
    <message>
        <source>Next, choose who you are.</source>
        <translation>Derefter vælger du, hvem du er.</translation>
    </message>
    <message>
        <source>First choose where the bookings are kept, then who you are.</source>
        <translation>Først vælger du, hvor bookingerne opbevares, og derefter hvem du er.</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Kom i gang</translation>
    </message>
</context>
</TS>
