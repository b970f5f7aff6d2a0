<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../ui/staff/book_dialog.py" line="27"/>
        <source>Book a time</source>
        <translation>Book en tid</translation>
    </message>
    <message>
        <location filename="../../ui/staff/book_dialog.py" line="30"/>
        <source>free</source>
        <translation>ledig</translation>
    </message>
    <message>
        <location filename="../../ui/staff/book_dialog.py" line="33"/>
        <source>%1 with %2</source>
        <translation>%1 med %2</translation>
    </message>
    <message>
        <location filename="../../ui/staff/book_dialog.py" line="40"/>
        <location filename="../../ui/staff/book_dialog.py" line="41"/>
        <location filename="../../ui/staff/book_dialog.py" line="42"/>
        <source>Optional</source>
        <translation>Valgfrit</translation>
    </message>
    <message>
        <location filename="../../ui/staff/book_dialog.py" line="44"/>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/book_dialog.py" line="45"/>
        <source>Session:</source>
        <translation>Møde:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/book_dialog.py" line="46"/>
        <source>Invite the child&apos;s GP to the video meeting (optional):</source>
        <translation>Invitér barnets egen læge til videomødet (valgfrit):</translation>
    </message>
    <message>
        <location filename="../../ui/staff/book_dialog.py" line="49"/>
        <source>GP&apos;s &amp;name:</source>
        <translation>Lægens &amp;navn:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/book_dialog.py" line="50"/>
        <source>GP&apos;s &amp;e-mail:</source>
        <translation>Lægens &amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/book_dialog.py" line="51"/>
        <source>&amp;Clinic:</source>
        <translation>&amp;Klinik:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/book_dialog.py" line="54"/>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <location filename="../../ui/staff/book_dialog.py" line="55"/>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../ui/staff/book_dialog.py" line="82"/>
        <source>Booking …</source>
        <translation>Booker …</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../ui/staff/cancel_dialog.py" line="22"/>
        <source>Cancel booking</source>
        <translation>Aflys booking</translation>
    </message>
    <message>
        <location filename="../../ui/staff/cancel_dialog.py" line="27"/>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/cancel_dialog.py" line="30"/>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/cancel_dialog.py" line="31"/>
        <source>Advisor:</source>
        <translation>Rådgiver:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/cancel_dialog.py" line="36"/>
        <source>C&amp;ancel booking</source>
        <translation>&amp;Aflys booking</translation>
    </message>
    <message>
        <location filename="../../ui/staff/cancel_dialog.py" line="38"/>
        <source>&amp;Keep booking</source>
        <translation>&amp;Behold booking</translation>
    </message>
</context>
<context>
    <name>ContactCardView</name>
    <message>
        <location filename="../../ui/staff/contact_card.py" line="17"/>
        <source>Your contact persons</source>
        <translation>Dine kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../ui/staff/contact_card.py" line="28"/>
        <source>Fixed contact person at BUA:</source>
        <translation>Fast kontaktperson i BUA:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/contact_card.py" line="29"/>
        <source>Deputy at BUA:</source>
        <translation>Stedfortræder i BUA:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/contact_card.py" line="30"/>
        <source>The municipality&apos;s contact person:</source>
        <translation>Kommunens kontaktperson:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/contact_card.py" line="44"/>
        <source>Not assigned yet</source>
        <translation>Ikke udpeget endnu</translation>
    </message>
</context>
<context>
    <name>FreeTimesModel</name>
    <message>
        <location filename="../../ui/staff/free_times_model.py" line="64"/>
        <source>Every place is taken: join the waitlist and get a place if one frees up.</source>
        <translation>Alle pladser er taget: skriv dig på ventelisten, så får du en plads, hvis en bliver ledig.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_model.py" line="75"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_model.py" line="76"/>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_model.py" line="77"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_model.py" line="78"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_model.py" line="79"/>
        <source>Advisor</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_model.py" line="80"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_model.py" line="81"/>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_model.py" line="86"/>
        <source>full, waitlist open</source>
        <translation>fuld, venteliste åben</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_model.py" line="86"/>
        <source>free</source>
        <translation>ledig</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_model.py" line="103"/>
        <source>Full (waitlist)</source>
        <translation>Fuld (venteliste)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_model.py" line="105"/>
        <source>Free</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_model.py" line="106"/>
        <source>%1 of %2 free</source>
        <translation>%1 af %2 ledige</translation>
    </message>
</context>
<context>
    <name>FreeTimesTab</name>
    <message>
        <location filename="../../ui/staff/free_times_tab.py" line="31"/>
        <source>Free times</source>
        <translation>Ledige tider</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_tab.py" line="36"/>
        <location filename="../../ui/staff/free_times_tab.py" line="134"/>
        <source>All weeks</source>
        <translation>Alle uger</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_tab.py" line="39"/>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_tab.py" line="43"/>
        <source>Show w&amp;eek:</source>
        <translation>Vis u&amp;ge:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_tab.py" line="45"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_tab.py" line="47"/>
        <source>No free times right now.</source>
        <translation>Ingen ledige tider lige nu.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_tab.py" line="53"/>
        <location filename="../../ui/staff/free_times_tab.py" line="120"/>
        <source>&amp;Book …</source>
        <translation>&amp;Book …</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_tab.py" line="89"/>
        <source>You already have %1 upcoming bookings, the most allowed: cancel one to book another.</source>
        <translation>Du har allerede %1 kommende bookinger, det højeste antal: aflys en for at booke en ny.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_tab.py" line="120"/>
        <source>Join &amp;waitlist</source>
        <translation>Skriv på &amp;venteliste</translation>
    </message>
    <message>
        <location filename="../../ui/staff/free_times_tab.py" line="137"/>
        <source>Week %1, %2</source>
        <translation>Uge %1, %2</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/staff/move_dialog.py" line="32"/>
        <source>Move booking</source>
        <translation>Flyt booking</translation>
    </message>
    <message>
        <location filename="../../ui/staff/move_dialog.py" line="34"/>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/move_dialog.py" line="45"/>
        <source>Free times to move to</source>
        <translation>Ledige tider at flytte til</translation>
    </message>
    <message>
        <location filename="../../ui/staff/move_dialog.py" line="47"/>
        <source>Choose the &amp;new time:</source>
        <translation>Vælg den &amp;nye tid:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/move_dialog.py" line="51"/>
        <source>There is no other free time of this kind to move to.</source>
        <translation>Der er ingen anden ledig tid af samme slags at flytte til.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/move_dialog.py" line="53"/>
        <source>&amp;Move</source>
        <translation>&amp;Flyt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/move_dialog.py" line="54"/>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
</context>
<context>
    <name>MyBookingsModel</name>
    <message>
        <location filename="../../ui/staff/bookings_model.py" line="73"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/staff/bookings_model.py" line="74"/>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/bookings_model.py" line="75"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/staff/bookings_model.py" line="76"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/staff/bookings_model.py" line="77"/>
        <source>Advisor</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <location filename="../../ui/staff/bookings_model.py" line="78"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/staff/bookings_model.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/staff/bookings_model.py" line="80"/>
        <source>Case summary</source>
        <translation>Sagsresumé</translation>
    </message>
    <message>
        <location filename="../../ui/staff/bookings_model.py" line="81"/>
        <source>GP guest</source>
        <translation>Egen læge</translation>
    </message>
</context>
<context>
    <name>MyBookingsTab</name>
    <message>
        <location filename="../../ui/staff/my_bookings_tab.py" line="28"/>
        <source>My bookings</source>
        <translation>Mine bookinger</translation>
    </message>
    <message>
        <location filename="../../ui/staff/my_bookings_tab.py" line="30"/>
        <source>You have no bookings yet.</source>
        <translation>Du har ingen bookinger endnu.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/my_bookings_tab.py" line="34"/>
        <source>Case &amp;summary …</source>
        <translation>&amp;Sagsresumé …</translation>
    </message>
    <message>
        <location filename="../../ui/staff/my_bookings_tab.py" line="36"/>
        <source>Save calendar &amp;invite …</source>
        <translation>Gem &amp;kalenderinvitation …</translation>
    </message>
    <message>
        <location filename="../../ui/staff/my_bookings_tab.py" line="37"/>
        <source>M&amp;ove …</source>
        <translation>&amp;Flyt …</translation>
    </message>
    <message>
        <location filename="../../ui/staff/my_bookings_tab.py" line="38"/>
        <source>&amp;Cancel booking …</source>
        <translation>&amp;Aflys booking …</translation>
    </message>
    <message>
        <location filename="../../ui/staff/my_bookings_tab.py" line="39"/>
        <source>&amp;Leave waitlist</source>
        <translation>Fo&amp;rlad venteliste</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="71"/>
        <source>&amp;Write the first …</source>
        <translation>Skriv det &amp;første …</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="85"/>
        <source>&amp;Free times</source>
        <translation>&amp;Ledige tider</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="86"/>
        <source>&amp;Week</source>
        <translation>&amp;Uge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="87"/>
        <source>&amp;My bookings</source>
        <translation>&amp;Mine bookinger</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="107"/>
        <location filename="../../ui/staff/staff_page.py" line="130"/>
        <source>Loading …</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="150"/>
        <source>%1 at %2, late: it was due %3</source>
        <translation>%1 kl. %2, for sent: fristen var %3</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="150"/>
        <source>%1 at %2, due %3</source>
        <translation>%1 kl. %2, frist %3</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="156"/>
        <source>Sessions still waiting for your case summary: %1.</source>
        <translation>Møder, der venter på dit sagsresumé: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="192"/>
        <source>Booked %1 at %2. Remember to send the case summary before the meeting.</source>
        <translation>Booket %1 kl. %2. Husk at sende sagsresuméet før mødet.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="204"/>
        <source>You are on the waitlist for %1. You get the place if one frees up.</source>
        <translation>Du står på ventelisten til %1. Du får pladsen, hvis en bliver ledig.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="215"/>
        <source>The booking is cancelled.</source>
        <translation>Bookingen er aflyst.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="223"/>
        <source>The booking is moved to %1 at %2.</source>
        <translation>Bookingen er flyttet til %1 kl. %2.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="236"/>
        <source>You have left the waitlist.</source>
        <translation>Du har forladt ventelisten.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="250"/>
        <source>The calendar invite is saved in %1.</source>
        <translation>Kalenderinvitationen er gemt i %1.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="258"/>
        <source>Save calendar invite</source>
        <translation>Gem kalenderinvitation</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_page.py" line="260"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <location filename="../../ui/staff/texts.py" line="52"/>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="60"/>
        <source>Sparring</source>
        <translation>Sparring</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="61"/>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="62"/>
        <source>Teaching</source>
        <translation>Undervisning</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="69"/>
        <source>Booked</source>
        <translation>Booket</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="70"/>
        <source>On the waitlist</source>
        <translation>På venteliste</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="71"/>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="72"/>
        <source>Cancelled by BUA</source>
        <translation>Aflyst af BUA</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="73"/>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="74"/>
        <source>Not held (no-show)</source>
        <translation>Ikke afholdt (udeblevet)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="80"/>
        <source>Illness</source>
        <translation>Sygdom</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="81"/>
        <source>The case is resolved</source>
        <translation>Sagen er afklaret</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="82"/>
        <source>The advice is no longer needed</source>
        <translation>Rådgivningen er ikke længere nødvendig</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="83"/>
        <source>Planning/other duties</source>
        <translation>Planlægning/andre opgaver</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="84"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="96"/>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="97"/>
        <source>Draft, due %1</source>
        <translation>Kladde, frist %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="98"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="99"/>
        <source>Late, was due %1</source>
        <translation>For sent, fristen var %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/texts.py" line="106"/>
        <source>%1 Municipality</source>
        <translation>%1 Kommune</translation>
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message>
        <location filename="../../ui/staff/week_tab.py" line="53"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../ui/staff/week_tab.py" line="54"/>
        <source>This week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/week_tab.py" line="55"/>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <location filename="../../ui/staff/week_tab.py" line="60"/>
        <source>Week shown</source>
        <translation>Viste uge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/week_tab.py" line="99"/>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 til %3</translation>
    </message>
    <message>
        <location filename="../../ui/staff/week_tab.py" line="124"/>
        <source>full, waitlist open</source>
        <translation>fuld, venteliste åben</translation>
    </message>
    <message>
        <location filename="../../ui/staff/week_tab.py" line="128"/>
        <source>%1 of %2 places free</source>
        <translation>%1 af %2 pladser ledige</translation>
    </message>
    <message>
        <location filename="../../ui/staff/week_tab.py" line="132"/>
        <source>full</source>
        <translation>fuld</translation>
    </message>
    <message>
        <location filename="../../ui/staff/week_tab.py" line="140"/>
        <source>%1, your booking</source>
        <translation>%1, din booking</translation>
    </message>
    <message>
        <location filename="../../ui/staff/week_tab.py" line="144"/>
        <source>Case summary: %1</source>
        <translation>Sagsresumé: %1</translation>
    </message>
</context>
</TS>
