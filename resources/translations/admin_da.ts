<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AdminPage</name>
    <message>
        <source>Municipalities and contacts</source>
        <translation>Kommuner og kontaktpersoner</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Closure days</source>
        <translation>Lukkedage</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
</context>
<context>
    <name>ClosuresTab</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Ugedag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Closed every year</source>
        <translation>Lukket hvert år</translation>
    </message>
    <message>
        <source>Closure days</source>
        <translation>Lukkedage</translation>
    </message>
    <message>
        <source>Reason, e.g. staff day</source>
        <translation>Begrundelse, fx personaledag</translation>
    </message>
    <message>
        <source>Add closure day</source>
        <translation>Tilføj lukkedag</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Fjern den valgte</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Single closure days</source>
        <translation>Enkelte lukkedage</translation>
    </message>
    <message>
        <source>Public holidays are always closed. Closing a day removes its open times; booked sessions on that day stay until their advisor moves or cancels them.</source>
        <translation>Helligdage er altid lukket. En ny lukkedag fjerner dagens ledige tider; bookede møder den dag bliver stående, til rådgiveren flytter eller aflyser dem.</translation>
    </message>
    <message>
        <source>{reason} is closed every year.</source>
        <translation>{reason} er lukket hvert år.</translation>
    </message>
    <message>
        <source>{reason} is open.</source>
        <translation>{reason} er åben.</translation>
    </message>
    <message>
        <source>{day} is a closure day.</source>
        <translation>{day} er lukkedag.</translation>
    </message>
    <message>
        <source>{day} is no longer a closure day.</source>
        <translation>{day} er ikke længere lukkedag.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
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
        <source>BUA contact person</source>
        <translation>Fast kontaktperson i BUA</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <source>Municipality&apos;s contact</source>
        <translation>Kommunens kontaktperson</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ophørt</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gældende</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Til og med</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Municipalities and their contact persons</source>
        <translation>Kommuner og deres kontaktpersoner</translation>
    </message>
    <message>
        <source>Contact person history</source>
        <translation>Kontaktpersonernes historik</translation>
    </message>
    <message>
        <source>Choose a municipality to see its history and assign contacts.</source>
        <translation>Vælg en kommune for at se historikken og tildele kontaktpersoner.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <source>Assign from a date</source>
        <translation>Tildel fra en dato</translation>
    </message>
    <message>
        <source>History and assignment: {name}</source>
        <translation>Historik og tildeling: {name}</translation>
    </message>
    <message>
        <source>Choose person</source>
        <translation>Vælg person</translation>
    </message>
    <message>
        <source>Choose the person to assign.</source>
        <translation>Vælg den person, der skal tildeles.</translation>
    </message>
    <message>
        <source>{name}: {kind} from {day}.</source>
        <translation>{name}: {kind} fra {day}.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Profession or clinic</source>
        <translation>Faggruppe eller klinik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>People register</source>
        <translation>Personregister</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle roller</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>Search by name or e-mail</source>
        <translation>Søg på navn eller e-mail</translation>
    </message>
    <message>
        <source>Show role</source>
        <translation>Vis rolle</translation>
    </message>
    <message>
        <source>Show municipality</source>
        <translation>Vis kommune</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivér</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} af {total}</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Genaktivér</translation>
    </message>
    <message>
        <source>{name} is active again.</source>
        <translation>{name} er aktiv igen.</translation>
    </message>
    <message>
        <source>{name} is deactivated.</source>
        <translation>{name} er deaktiveret.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>name@example.dk</source>
        <translation>navn@eksempel.dk</translation>
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
        <source>Add person</source>
        <translation>Tilføj person</translation>
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
        <source>Clinic:</source>
        <translation>Klinik:</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>{name} er tilføjet.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Unknown municipality in the quota: {key}.</source>
        <translation>Ukendt kommune i kvoten: {key}.</translation>
    </message>
    <message>
        <source>Write the quota as municipality=number, e.g. Randers=4.</source>
        <translation>Skriv kvoten som kommune=antal, fx Randers=4.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> arbejdsdage</translation>
    </message>
    <message>
        <source> bookings</source>
        <translation> bookinger</translation>
    </message>
    <message>
        <source>No quota. Example: Randers=4, Favrskov=6</source>
        <translation>Ingen kvote. Eksempel: Randers=4, Favrskov=6</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Booking opens:</source>
        <translation>Booking åbner:</translation>
    </message>
    <message>
        <source>ahead of the session</source>
        <translation>før mødet</translation>
    </message>
    <message>
        <source>Booking closes:</source>
        <translation>Booking lukker:</translation>
    </message>
    <message>
        <source>before the session</source>
        <translation>før mødet</translation>
    </message>
    <message>
        <source>Booker can cancel until:</source>
        <translation>Aflysning er mulig indtil:</translation>
    </message>
    <message>
        <source>Most future bookings per person:</source>
        <translation>Højst antal kommende bookinger pr. person:</translation>
    </message>
    <message>
        <source>Monthly quota per municipality:</source>
        <translation>Månedskvote pr. kommune:</translation>
    </message>
    <message>
        <source>Professions that may book</source>
        <translation>Faggrupper, der må booke</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Bookingregler</translation>
    </message>
    <message>
        <source>The rules were changed elsewhere. Saving overwrites them.</source>
        <translation>Reglerne er ændret et andet sted. Gem overskriver dem.</translation>
    </message>
    <message>
        <source>At least one profession must be able to book.</source>
        <translation>Mindst én faggruppe skal kunne booke.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Der er ingen ændringer at gemme.</translation>
    </message>
    <message>
        <source>The rules are saved and apply to new bookings from now on.</source>
        <translation>Reglerne er gemt og gælder for nye bookinger fra nu af.</translation>
    </message>
</context>
</TS>
