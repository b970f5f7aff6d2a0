<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AdminLabels</name>
    <message>
        <location filename="../../ui/admin/labels.py" line="14"/>
        <source>BUA advisor</source>
        <translation>BUA-rådgiver</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="15"/>
        <source>BUA administrator</source>
        <translation>BUA-administrator</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="16"/>
        <source>Municipal staff</source>
        <translation>Kommunal medarbejder</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="17"/>
        <source>General practitioner</source>
        <translation>Praktiserende læge</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="26"/>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="27"/>
        <source>Social worker</source>
        <translation>Socialrådgiver</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="28"/>
        <source>Pedagogical-psychological consultant</source>
        <translation>Pædagogisk-psykologisk konsulent</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="31"/>
        <source>Family counsellor</source>
        <translation>Familierådgiver</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="32"/>
        <source>Other profession</source>
        <translation>Anden faggruppe</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="39"/>
        <source>BUA contact person</source>
        <translation>Fast kontaktperson i BUA</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="40"/>
        <source>BUA deputy</source>
        <translation>Stedfortræder i BUA</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="41"/>
        <source>Municipality&apos;s contact</source>
        <translation>Kommunens kontaktperson</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="22"/>
        <source>Municipalities and contacts</source>
        <translation>Kommuner og kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="23"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="24"/>
        <source>Closure days</source>
        <translation>Lukkedage</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="25"/>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
</context>
<context>
    <name>ClosuresTab</name>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="36"/>
        <source>Monday</source>
        <translation>mandag</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="37"/>
        <source>Tuesday</source>
        <translation>tirsdag</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="38"/>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="39"/>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="40"/>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="41"/>
        <source>Saturday</source>
        <translation>lørdag</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="42"/>
        <source>Sunday</source>
        <translation>søndag</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="48"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="49"/>
        <source>Weekday</source>
        <translation>Ugedag</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="50"/>
        <location filename="../../ui/admin/closures_tab.py" line="75"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="62"/>
        <source>Closed every year</source>
        <translation>Lukket hvert år</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="67"/>
        <source>Closure days</source>
        <translation>Lukkedage</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="74"/>
        <source>Reason, e.g. staff day</source>
        <translation>Begrundelse, fx personaledag</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="76"/>
        <source>Add closure day</source>
        <translation>Tilføj lukkedag</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="77"/>
        <source>Remove selected</source>
        <translation>Fjern den valgte</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="82"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="93"/>
        <source>Single closure days</source>
        <translation>Enkelte lukkedage</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="98"/>
        <source>Public holidays are always closed. Closing a day removes its open times; booked sessions on that day stay until their advisor moves or cancels them.</source>
        <translation>Helligdage er altid lukket. En ny lukkedag fjerner dagens ledige tider; bookede møder den dag bliver stående, til rådgiveren flytter eller aflyser dem.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="144"/>
        <source>{reason} is closed every year.</source>
        <translation>{reason} er lukket hvert år.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="144"/>
        <source>{reason} is open.</source>
        <translation>{reason} er åben.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="163"/>
        <source>{day} is a closure day.</source>
        <translation>{day} er lukkedag.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/closures_tab.py" line="174"/>
        <source>{day} is no longer a closure day.</source>
        <translation>{day} er ikke længere lukkedag.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="41"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="43"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="47"/>
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="49"/>
        <source>BUA contact person</source>
        <translation>Fast kontaktperson i BUA</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="54"/>
        <source>Deputy</source>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="59"/>
        <source>Municipality&apos;s contact</source>
        <translation>Kommunens kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="71"/>
        <source>Ended</source>
        <translation>Ophørt</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="73"/>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="74"/>
        <source>In force</source>
        <translation>Gældende</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="78"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="81"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="85"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="86"/>
        <source>Until</source>
        <translation>Til og med</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="101"/>
        <source>Municipalities and their contact persons</source>
        <translation>Kommuner og deres kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="103"/>
        <source>Contact person history</source>
        <translation>Kontaktpersonernes historik</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="104"/>
        <source>Choose a municipality to see its history and assign contacts.</source>
        <translation>Vælg en kommune for at se historikken og tildele kontaktpersoner.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="117"/>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="121"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="122"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="123"/>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="126"/>
        <source>Assign from a date</source>
        <translation>Tildel fra en dato</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="169"/>
        <source>History and assignment: {name}</source>
        <translation>Historik og tildeling: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="194"/>
        <source>Choose person</source>
        <translation>Vælg person</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="208"/>
        <source>Choose the person to assign.</source>
        <translation>Vælg den person, der skal tildeles.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/contacts_tab.py" line="224"/>
        <source>{name}: {kind} from {day}.</source>
        <translation>{name}: {kind} fra {day}.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="32"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="33"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="37"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="38"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="39"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="41"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="43"/>
        <source>Profession or clinic</source>
        <translation>Faggruppe eller klinik</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="87"/>
        <source>People register</source>
        <translation>Personregister</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="90"/>
        <source>All roles</source>
        <translation>Alle roller</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="94"/>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="96"/>
        <location filename="../../ui/admin/people_tab.py" line="98"/>
        <source>Search by name or e-mail</source>
        <translation>Søg på navn eller e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="99"/>
        <source>Show role</source>
        <translation>Vis rolle</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="100"/>
        <source>Show municipality</source>
        <translation>Vis kommune</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="104"/>
        <location filename="../../ui/admin/people_tab.py" line="177"/>
        <source>Deactivate</source>
        <translation>Deaktivér</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="160"/>
        <source>{shown} of {total}</source>
        <translation>{shown} af {total}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="177"/>
        <source>Reactivate</source>
        <translation>Genaktivér</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="193"/>
        <source>{name} is active again.</source>
        <translation>{name} er aktiv igen.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/people_tab.py" line="193"/>
        <source>{name} is deactivated.</source>
        <translation>{name} er deaktiveret.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/admin/person_form.py" line="22"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../../ui/admin/person_form.py" line="26"/>
        <source>name@example.dk</source>
        <translation>navn@eksempel.dk</translation>
    </message>
    <message>
        <location filename="../../ui/admin/person_form.py" line="32"/>
        <source>Choose municipality</source>
        <translation>Vælg kommune</translation>
    </message>
    <message>
        <location filename="../../ui/admin/person_form.py" line="34"/>
        <source>Choose profession</source>
        <translation>Vælg faggruppe</translation>
    </message>
    <message>
        <location filename="../../ui/admin/person_form.py" line="38"/>
        <source>Add person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <location filename="../../ui/admin/person_form.py" line="42"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/person_form.py" line="43"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/person_form.py" line="44"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/person_form.py" line="45"/>
        <source>Municipality:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/person_form.py" line="46"/>
        <source>Profession:</source>
        <translation>Faggruppe:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/person_form.py" line="47"/>
        <source>Clinic:</source>
        <translation>Klinik:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/person_form.py" line="102"/>
        <source>{name} was added.</source>
        <translation>{name} er tilføjet.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="63"/>
        <source>Unknown municipality in the quota: {key}.</source>
        <translation>Ukendt kommune i kvoten: {key}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="69"/>
        <source>Write the quota as municipality=number, e.g. Randers=4.</source>
        <translation>Skriv kvoten som kommune=antal, fx Randers=4.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="84"/>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="85"/>
        <location filename="../../ui/admin/rules_tab.py" line="86"/>
        <source> working days</source>
        <translation> arbejdsdage</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="87"/>
        <source> bookings</source>
        <translation> bookinger</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="89"/>
        <source>No quota. Example: Randers=4, Favrskov=6</source>
        <translation>Ingen kvote. Eksempel: Randers=4, Favrskov=6</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="96"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="100"/>
        <source>Booking opens:</source>
        <translation>Booking åbner:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="100"/>
        <source>ahead of the session</source>
        <translation>før mødet</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="101"/>
        <source>Booking closes:</source>
        <translation>Booking lukker:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="101"/>
        <location filename="../../ui/admin/rules_tab.py" line="103"/>
        <source>before the session</source>
        <translation>før mødet</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="103"/>
        <source>Booker can cancel until:</source>
        <translation>Aflysning er mulig indtil:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="105"/>
        <source>Most future bookings per person:</source>
        <translation>Højst antal kommende bookinger pr. person:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="106"/>
        <source>Monthly quota per municipality:</source>
        <translation>Månedskvote pr. kommune:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="107"/>
        <source>Professions that may book</source>
        <translation>Faggrupper, der må booke</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="115"/>
        <source>Booking rules</source>
        <translation>Bookingregler</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="150"/>
        <source>The rules were changed elsewhere. Saving overwrites them.</source>
        <translation>Reglerne er ændret et andet sted. Gem overskriver dem.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="175"/>
        <source>At least one profession must be able to book.</source>
        <translation>Mindst én faggruppe skal kunne booke.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="196"/>
        <source>Nothing to save.</source>
        <translation>Der er ingen ændringer at gemme.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="213"/>
        <source>The rules are saved and apply to new bookings from now on.</source>
        <translation>Reglerne er gemt og gælder for nye bookinger fra nu af.</translation>
    </message>
</context>
</TS>
