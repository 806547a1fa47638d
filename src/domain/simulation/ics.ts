/**
 * A calendar file (RFC 5545) for one deadline of the simulation: an all-day event, so that no
 * time zone is involved. Text is escaped as the RFC asks.
 */
import { addDays, type IsoDate } from '../dates.ts';

const esc = (s: string): string => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const compact = (d: IsoDate): string => d.replace(/-/g, '');

/** Lines longer than 75 octets are folded (approximated on characters, enough for our short texts). */
function fold(line: string): string {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > 73) {
    parts.push(rest.slice(0, 73));
    rest = rest.slice(73);
  }
  parts.push(rest);
  return parts.join('\r\n ');
}

export function deadlineIcs(opts: { date: IsoDate; summary: string; description: string; uid: string; stamp: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CIG Advisor//Simulatore Smart CIG//IT',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${esc(opts.uid)}`,
    `DTSTAMP:${opts.stamp}`,
    `DTSTART;VALUE=DATE:${compact(opts.date)}`,
    `DTEND;VALUE=DATE:${compact(addDays(opts.date, 1))}`,
    `SUMMARY:${esc(opts.summary)}`,
    `DESCRIPTION:${esc(opts.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
