<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BookDialog</name>
    <message>
        <source>Book a time</source>
        <translation>Book en tid</translation>
    </message>
    <message>
        <source>free</source>
        <translation>ledig</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 med %2</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfrit</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Møde:</translation>
    </message>
    <message>
        <source>Invite the child&apos;s GP to the video meeting (optional):</source>
        <translation>Invitér barnets egen læge til videomødet (valgfrit):</translation>
    </message>
    <message>
        <source>GP&apos;s &amp;name:</source>
        <translation>Lægens &amp;navn:</translation>
    </message>
    <message>
        <source>GP&apos;s &amp;e-mail:</source>
        <translation>Lægens &amp;e-mail:</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>&amp;Klinik:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Booking …</source>
        <translation>Booker …</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel booking</source>
        <translation>Aflys booking</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>Advisor:</source>
        <translation>Rådgiver:</translation>
    </message>
    <message>
        <source>C&amp;ancel booking</source>
        <translation>&amp;Aflys booking</translation>
    </message>
    <message>
        <source>&amp;Keep booking</source>
        <translation>&amp;Behold booking</translation>
    </message>
</context>
<context>
    <name>ContactCardView</name>
    <message>
        <source>Your contact persons</source>
        <translation>Dine kontaktpersoner</translation>
    </message>
    <message>
        <source>Fixed contact person at BUA:</source>
        <translation>Fast kontaktperson i BUA:</translation>
    </message>
    <message>
        <source>Deputy at BUA:</source>
        <translation>Stedfortræder i BUA:</translation>
    </message>
    <message>
        <source>The municipality&apos;s contact person:</source>
        <translation>Kommunens kontaktperson:</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Ikke udpeget endnu</translation>
    </message>
    <message>
        <source>The municipality has no fixed contact person at BUA yet. Ask the municipality&apos;s contact person, %1, or BUA&apos;s administration, which assigns the contact persons.</source>
        <translation>Kommunen har endnu ingen fast kontaktperson i BUA. Spørg kommunens kontaktperson, %1, eller BUA&apos;s administration, som udpeger kontaktpersonerne.</translation>
    </message>
    <message>
        <source>The municipality has no fixed contact person at BUA and no contact person toward BUA yet. Ask your manager, or BUA&apos;s administration, which assigns the contact persons.</source>
        <translation>Kommunen har endnu hverken en fast kontaktperson i BUA eller en kontaktperson over for BUA. Spørg din leder eller BUA&apos;s administration, som udpeger kontaktpersonerne.</translation>
    </message>
</context>
<context>
    <name>FreeTimesModel</name>
    <message>
        <source>Every place is taken: join the waitlist and get a place if one frees up.</source>
        <translation>Alle pladser er taget: skriv dig på ventelisten, så får du en plads, hvis en bliver ledig.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sparring and supervision for your municipality</source>
        <translation>Sparring og supervision for din kommune</translation>
    </message>
    <message>
        <source>Sparring and supervision with %1, your fixed contact person</source>
        <translation>Sparring og supervision med %1, jeres faste kontaktperson</translation>
    </message>
    <message>
        <source>Teaching open to all municipalities</source>
        <translation>Undervisning åben for alle kommuner</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Undervisning</translation>
    </message>
    <message>
        <source>%1: %2 times</source>
        <translation>%1: %2 tider</translation>
    </message>
    <message>
        <source>full, waitlist open</source>
        <translation>fuld, venteliste åben</translation>
    </message>
    <message>
        <source>free</source>
        <translation>ledig</translation>
    </message>
    <message>
        <source>cannot be booked: %1</source>
        <translation>kan ikke bookes: %1</translation>
    </message>
    <message>
        <source>Cannot be booked: %1</source>
        <translation>Kan ikke bookes: %1</translation>
    </message>
</context>
<context>
    <name>FreeTimesTab</name>
    <message>
        <source>Free times</source>
        <translation>Ledige tider</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Alle uger</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Show w&amp;eek:</source>
        <translation>Vis u&amp;ge:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>No free times right now.</source>
        <translation>Ingen ledige tider lige nu.</translation>
    </message>
    <message>
        <source>&amp;Book …</source>
        <translation>&amp;Book …</translation>
    </message>
    <message>
        <source>Join &amp;waitlist</source>
        <translation>Skriv på &amp;venteliste</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Uge %1, %2</translation>
    </message>
</context>
<context>
    <name>InviteBar</name>
    <message>
        <source>The place went to the next on the waitlist, whose invitation was not sent: %1</source>
        <translation>Pladsen gik til den næste på ventelisten, men invitationen til vedkommende blev ikke sendt: %1</translation>
    </message>
    <message>
        <source>The place went to the next on the waitlist, who is sent an invitation.</source>
        <translation>Pladsen gik til den næste på ventelisten, som får en invitation.</translation>
    </message>
    <message>
        <source>The booking stands, but its calendar invitation was not sent: %1</source>
        <translation>Bookingen står fast, men kalenderinvitationen blev ikke sendt: %1</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Send &amp;igen</translation>
    </message>
    <message>
        <source>No mail server is set up: add the invitation to your calendar yourself.</source>
        <translation>Der er ingen mailserver sat op: læg selv invitationen i din kalender.</translation>
    </message>
    <message>
        <source>&amp;Open in Outlook</source>
        <translation>&amp;Åbn i Outlook</translation>
    </message>
    <message>
        <source>The calendar invitation is sent to %1.</source>
        <translation>Kalenderinvitationen er sendt til %1.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move booking</source>
        <translation>Flyt booking</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Free times to move to</source>
        <translation>Ledige tider at flytte til</translation>
    </message>
    <message>
        <source>Choose the &amp;new time:</source>
        <translation>Vælg den &amp;nye tid:</translation>
    </message>
    <message>
        <source>There is no other free time of this kind to move to.</source>
        <translation>Der er ingen anden ledig tid af samme slags at flytte til.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Flyt</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
</context>
<context>
    <name>MyBookingsModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Sagsresumé</translation>
    </message>
    <message>
        <source>GP guest</source>
        <translation>Egen læge</translation>
    </message>
</context>
<context>
    <name>MyBookingsTab</name>
    <message>
        <source>My bookings</source>
        <translation>Mine bookinger</translation>
    </message>
    <message>
        <source>You have no bookings yet.</source>
        <translation>Du har ingen bookinger endnu.</translation>
    </message>
    <message>
        <source>Case &amp;summary …</source>
        <translation>&amp;Sagsresumé …</translation>
    </message>
    <message>
        <source>Save calendar &amp;invite …</source>
        <translation>Gem &amp;kalenderinvitation …</translation>
    </message>
    <message>
        <source>Sen&amp;d invitation</source>
        <translation>Sen&amp;d invitation</translation>
    </message>
    <message>
        <source>M&amp;ove …</source>
        <translation>&amp;Flyt …</translation>
    </message>
    <message>
        <source>&amp;Cancel booking …</source>
        <translation>&amp;Aflys booking …</translation>
    </message>
    <message>
        <source>&amp;Leave waitlist</source>
        <translation>Fo&amp;rlad venteliste</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Send calendar &amp;invitation</source>
        <translation>Send kalender&amp;invitation</translation>
    </message>
    <message>
        <source>E-mail the calendar invitation to you, the advisor and the GP, if one is invited</source>
        <translation>Send kalenderinvitationen med e-mail til dig, rådgiveren og lægen, hvis en læge er inviteret</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>&amp;Free times</source>
        <translation>&amp;Ledige tider</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Uge</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>&amp;Mine bookinger</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <source>You are on the waitlist for %1. You get the place if one frees up.</source>
        <translation>Du står på ventelisten til %1. Du får pladsen, hvis en bliver ledig.</translation>
    </message>
    <message>
        <source>The booking is cancelled.</source>
        <translation>Bookingen er aflyst.</translation>
    </message>
    <message>
        <source>Booked %1. Remember to send the case summary before the meeting.</source>
        <translation>Booket %1. Husk at sende sagsresuméet før mødet.</translation>
    </message>
    <message>
        <source>The booking is moved to %1.</source>
        <translation>Bookingen er flyttet til %1.</translation>
    </message>
    <message>
        <source>You have left the waitlist.</source>
        <translation>Du har forladt ventelisten.</translation>
    </message>
    <message>
        <source>The calendar invite is saved in %1.</source>
        <translation>Kalenderinvitationen er gemt i %1.</translation>
    </message>
    <message>
        <source>Sending by e-mail is not available here; save the invite instead.</source>
        <translation>Afsendelse med e-mail er ikke mulig her; gem invitationen i stedet.</translation>
    </message>
    <message>
        <source>The invitation is sent to %1.</source>
        <translation>Invitationen er sendt til %1.</translation>
    </message>
    <message>
        <source>Sending …</source>
        <translation>Sender …</translation>
    </message>
    <message>
        <source>No calendar program opened %1; open the file from there.</source>
        <translation>Intet kalenderprogram åbnede %1; åbn filen derfra.</translation>
    </message>
    <message>
        <source>Save calendar invite</source>
        <translation>Gem kalenderinvitation</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
</context>
<context>
    <name>SummaryReminderBar</name>
    <message>
        <source>Sessions still waiting for your case summary:</source>
        <translation>Møder, der venter på dit sagsresumé:</translation>
    </message>
    <message>
        <source>Write summary</source>
        <translation>Skriv resumé</translation>
    </message>
    <message>
        <source>Write summary for %1</source>
        <translation>Skriv resumé til mødet %1</translation>
    </message>
    <message>
        <source>The session %1 – late: it was due %2.</source>
        <translation>Mødet %1 – for sent: fristen var %2.</translation>
    </message>
    <message>
        <source>The session %1 – due %2.</source>
        <translation>Mødet %1 – frist %2.</translation>
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Viste uge</translation>
    </message>
    <message>
        <source>&amp;Go to next free time</source>
        <translation>&amp;Gå til næste ledige tid</translation>
    </message>
    <message>
        <source>No free times in week %1 or later.</source>
        <translation>Ingen ledige tider i uge %1 eller senere.</translation>
    </message>
    <message>
        <source>No free times in week %1. Next free time: %2.</source>
        <translation>Ingen ledige tider i uge %1. Næste ledige tid: %2.</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 til %3</translation>
    </message>
    <message>
        <source>%1, your booking</source>
        <translation>%1, din booking</translation>
    </message>
    <message>
        <source>Case summary: %1</source>
        <translation>Sagsresumé: %1</translation>
    </message>
</context>
</TS>
