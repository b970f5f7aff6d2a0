"""Fills resources/translations/staff_da.ts with the Danish texts below after `lupdate` added sources.

Run: .venv/bin/python resources/translations/fill_staff_da.py  (fails if a source has no Danish text).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

TS = Path(__file__).with_name("staff_da.ts")

DANISH = {
    "%1 Municipality": "%1 Kommune",
    "%1 of %2 free": "%1 af %2 ledige",
    "%1 with %2": "%1 med %2",
    "&Book …": "&Book …",
    "&Book": "&Book",
    "&Cancel booking …": "&Aflys booking …",
    "&Clinic:": "&Klinik:",
    "&Free times": "&Ledige tider",
    "&Keep booking": "&Behold booking",
    "&Leave waitlist": "Fo&rlad venteliste",
    "&Move": "&Flyt",
    "&My bookings": "&Mine bookinger",
    "&Reason:": "Å&rsag:",
    "&Week": "&Uge",
    "Advisor:": "Rådgiver:",
    "Advisor": "Rådgiver",
    "All types": "Alle typer",
    "All weeks": "Alle uger",
    "Book a time": "Book en tid",
    "Booked %1 at %2. Remember to send the case summary before the meeting.": (
        "Booket %1 kl. %2. Husk at sende sagsresuméet før mødet."
    ),
    "Booked": "Booket",
    "Booking …": "Booker …",
    "C&ancel booking": "&Aflys booking",
    "C&lose": "&Luk",
    "Calendar files (*.ics)": "Kalenderfiler (*.ics)",
    "Cancel booking": "Aflys booking",
    "Cancelled by BUA": "Aflyst af BUA",
    "Cancelled": "Aflyst",
    "Case &summary …": "&Sagsresumé …",
    "Choose the &new time:": "Vælg den &nye tid:",
    "Date": "Dato",
    "Deputy at BUA:": "Stedfortræder i BUA:",
    "Every place is taken: join the waitlist and get a place if one frees up.": (
        "Alle pladser er taget: skriv dig på ventelisten, så får du en plads, hvis en bliver ledig."
    ),
    "Fixed contact person at BUA:": "Fast kontaktperson i BUA:",
    "Free times to move to": "Ledige tider at flytte til",
    "Free times": "Ledige tider",
    "Free": "Ledig",
    "Full (waitlist)": "Fuld (venteliste)",
    "GP guest": "Egen læge",
    "GP's &e-mail:": "Lægens &e-mail:",
    "GP's &name:": "Lægens &navn:",
    "Held": "Afholdt",
    "Illness": "Sygdom",
    "Invite the child's GP to the video meeting (optional):": (
        "Invitér barnets egen læge til videomødet (valgfrit):"
    ),
    "Join &waitlist": "Skriv på &venteliste",
    "Loading …": "Henter …",
    "M&ove …": "&Flyt …",
    "Move booking": "Flyt booking",
    "Municipality": "Kommune",
    "My bookings": "Mine bookinger",
    "No free times right now.": "Ingen ledige tider lige nu.",
    "Not assigned yet": "Ikke udpeget endnu",
    "Not held (no-show)": "Ikke afholdt (udeblevet)",
    "Now: %1": "Nu: %1",
    "%1 at %2": "%1 kl. %2",
    "On the waitlist": "På venteliste",
    "Optional": "Valgfrit",
    "Other": "Andet",
    "Places": "Pladser",
    "Planning/other duties": "Planlægning/andre opgaver",
    "Save calendar &invite …": "Gem &kalenderinvitation …",
    "Save calendar invite": "Gem kalenderinvitation",
    "Session:": "Møde:",
    "Show w&eek:": "Vis u&ge:",
    "Sparring": "Sparring",
    "Status": "Status",
    "Supervision": "Supervision",
    "T&ype:": "&Type:",
    "Teaching": "Undervisning",
    "The advice is no longer needed": "Rådgivningen er ikke længere nødvendig",
    "The booking is cancelled.": "Bookingen er aflyst.",
    "The booking is moved to %1 at %2.": "Bookingen er flyttet til %1 kl. %2.",
    "The calendar invite is saved in %1.": "Kalenderinvitationen er gemt i %1.",
    "The case is resolved": "Sagen er afklaret",
    "The municipality's contact person:": "Kommunens kontaktperson:",
    "There is no other free time of this kind to move to.": (
        "Der er ingen anden ledig tid af samme slags at flytte til."
    ),
    "Time:": "Tid:",
    "Time": "Tid",
    "Type": "Type",
    "Week %1, %2": "Uge %1, %2",
    "Week": "Uge",
    "You are on the waitlist for %1. You get the place if one frees up.": (
        "Du står på ventelisten til %1. Du får pladsen, hvis en bliver ledig."
    ),
    "You already have %1 upcoming bookings, the most allowed: cancel one to book another.": (
        "Du har allerede %1 kommende bookinger, det højeste antal: aflys en for at booke en ny."
    ),
    "You have left the waitlist.": "Du har forladt ventelisten.",
    "You have no bookings yet.": "Du har ingen bookinger endnu.",
    "Your contact persons": "Dine kontaktpersoner",
    "free": "ledig",
    "full, waitlist open": "fuld, venteliste åben",
    "Case summary": "Sagsresumé",
    "Due %1": "Frist %1",
    "Draft, due %1": "Kladde, frist %1",
    "Sent": "Sendt",
    "Late, was due %1": "For sent, fristen var %1",
    "&Write the first …": "Skriv det &første …",
    "%1 at %2, late: it was due %3": "%1 kl. %2, for sent: fristen var %3",
    "%1 at %2, due %3": "%1 kl. %2, frist %3",
    "Sessions still waiting for your case summary: %1.": "Møder, der venter på dit sagsresumé: %1.",
    "◀ Previous": "◀ Forrige",
    "This week": "Denne uge",
    "Next ▶": "Næste ▶",
    "Week shown": "Viste uge",
    "%1 · %2 to %3": "%1 · %2 til %3",
    "%1 of %2 places free": "%1 af %2 pladser ledige",
    "%1, your booking": "%1, din booking",
    "Case summary: %1": "Sagsresumé: %1",
    "full": "fuld",
}

MESSAGE = re.compile(
    r"(<source>(?P<source>.*?)</source>.*?)"
    r"<translation(?: type=\"(?:unfinished|vanished|obsolete)\")?>.*?</translation>",
    re.DOTALL,
)


def main() -> int:
    text = TS.read_text(encoding="utf-8")
    missing: set[str] = set()

    def fill(match: re.Match[str]) -> str:
        source = html.unescape(match["source"])
        if source not in DANISH:
            missing.add(source)
            return match[0]
        return f"{match[1]}<translation>{html.escape(DANISH[source], quote=False)}</translation>"

    text = MESSAGE.sub(fill, text)
    if missing:
        print("No Danish text for:", *sorted(missing), sep="\n  ", file=sys.stderr)
        return 1
    TS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
