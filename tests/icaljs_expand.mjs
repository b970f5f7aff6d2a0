// Expand a calendar file with ical.js (Thunderbird's parser) into UTC instants, as JSON on stdout.
// usage: node icaljs_expand.mjs <path to ical.js's dist/ical.js> <file.ics>
// Only the file's own VTIMEZONEs are registered: ical.js knows no zone by name, so a wrong VTIMEZONE
// shows up as wrong instants here.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [, , modulePath, file] = process.argv;
const ICAL = (await import(pathToFileURL(modulePath).href)).default;
const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
}

const masters = new Map();
const exceptions = [];
for (const component of calendar.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(component);
  if (event.isRecurrenceException()) exceptions.push(event);
  else masters.set(event.uid, event);
}
const lonely = [];
for (const exception of exceptions) {
  const master = masters.get(exception.uid);
  if (master) master.relateException(exception);
  else lonely.push(exception);
}

const seconds = (time) => time.toUnixTime();
const occurrences = [];
const record = (event, start, end) =>
  occurrences.push({
    uid: event.uid,
    start: seconds(start),
    end: seconds(end),
    sequence: event.sequence,
    status: event.component.getFirstPropertyValue("status"),
    organizer: event.component.getFirstPropertyValue("organizer"),
  });
for (const event of [...masters.values(), ...lonely]) {
  if (!event.isRecurring()) {
    record(event, event.startDate, event.endDate);
    continue;
  }
  const iterator = event.iterator();
  for (let next = iterator.next(), n = 0; next && n < 5000; next = iterator.next(), n++) {
    const details = event.getOccurrenceDetails(next);
    record(details.item, details.startDate, details.endDate);
  }
}
const method = calendar.getFirstPropertyValue("method");
process.stdout.write(JSON.stringify({ method, occurrences }));
