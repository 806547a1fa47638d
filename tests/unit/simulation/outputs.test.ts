import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { carnetPdf, winAnsiSafe } from '../../../src/components/simulatore/pdf.ts';
import { deadlineIcs } from '../../../src/domain/simulation/ics.ts';
import { clockTarget, describeChanges } from '../../../src/domain/simulation/clock.ts';
import { communicate, initialState, requestCarnet, type SimState } from '../../../src/domain/simulation/state.ts';
import { viewState } from '../../../src/domain/simulation/view.ts';
import { emptyDoc, serialiseDoc } from '../../../src/domain/simulation/storage.ts';
import { parseDoc } from '../../../src/domain/simulation/document.ts'; // issue 14: the reader moved to document.ts
import { SCENARIOS } from '../../../src/domain/simulation/scenarios.ts';
import { SIM } from '../../../src/copy/simulatore.ts';

function carnet(): SimState {
  const t = requestCarnet(initialState(), '2011-05-04', 50, 'direzione@scuola.gov.it');
  if (!t.ok) throw new Error('refused');
  const u = communicate(t.state, '2011-05-10', { carnet: 'CARNET/0000001', cig: 1 },
    { oggetto: 'Città, perché — ł ő Ω → 😀 <script>', importo: '1500', oggettoPrincipale: 'FORNITURE', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO' }, { amountForm: 'plain' });
  if (!u.ok) throw new Error('refused');
  return u.state;
}

describe('carnet PDF', () => {
  it('keeps what WinAnsi encodes and replaces the rest', () => {
    expect(winAnsiSafe('Città, perché — 12,50 €')).toBe('Città, perché — 12,50 €');
    expect(winAnsiSafe('ł ő Ω → 😀')).toBe('? ? ? ? ?');
  });
  it('is a real PDF with every code, even with text the standard fonts cannot draw', async () => {
    const s = carnet();
    const bytes = await carnetPdf(viewState(s, '2011-05-10').carnets[0]!, '2011-05-10', SIM.cigStatus);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
    expect(doc.getTitle()).toContain('SIMULAZIONE');
  });
});

describe('calendar file', () => {
  it('is an all-day event with escaped text and CRLF lines', () => {
    const ics = deadlineIcs({ date: '2011-09-01', summary: 'Termine dati CARNET/0000001; prova, test', description: 'x', uid: 'u@x', stamp: '20260101T000000Z' });
    expect(ics).toContain('DTSTART;VALUE=DATE:20110901\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20110902\r\n');
    expect(ics).toContain('SUMMARY:Termine dati CARNET/0000001\\; prova\\, test');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });
});

describe('clock', () => {
  const s = carnet();
  it('moves to the next expiry and the next data deadline, never past 2023', () => {
    expect(clockTarget(s, '2011-05-10', 'expiry')).toBe('2011-08-02');
    expect(clockTarget(s, '2011-08-02', 'expiry')).toBeNull();
    expect(clockTarget(s, '2011-05-10', 'deadline')).toBe('2011-09-01');
    expect(clockTarget(s, '2011-05-10', 'month')).toBe('2011-06-09');
    expect(clockTarget(s, '2023-12-31', 'day')).toBeNull();
  });
  it('says what a move changes', () => {
    expect(describeChanges(s, '2011-08-01', '2011-08-02')).toEqual(['Nessun carnet cambia stato.']);
    expect(describeChanges(s, '2011-08-02', '2011-08-03')[0]).toContain('è scaduto');
    expect(describeChanges(s, '2011-09-01', '2011-09-02').join(' ')).toContain('nuovi carnet bloccati');
  });
});

describe('saved simulation', () => {
  it('round-trips every scenario', () => {
    for (const sc of SCENARIOS) expect(parseDoc(serialiseDoc(sc.build())).ok, sc.id).toBe(true);
  });
  it.each([
    ['not JSON', '{oops', 'JSON'],
    ['another version', JSON.stringify({ ...emptyDoc(), version: 2 }), 'versione 2'],
    ['a broken carnet', JSON.stringify({ ...emptyDoc(), sim: { ...emptyDoc().sim, carnets: 'rotto' } }), 'sim.carnets'],
  ])('refuses %s with a reason', (_what, text, reason) => {
    const r = parseDoc(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
  it('refuses a code that fails the check or repeats', () => {
    const doc = JSON.parse(serialiseDoc({ ...emptyDoc(), sim: carnet() }));
    doc.sim.carnets[0].cigs[1].code = doc.sim.carnets[0].cigs[0].code;
    expect(parseDoc(JSON.stringify(doc))).toMatchObject({ ok: false, reason: expect.stringContaining('ripetuti') });
    doc.sim.carnets[0].cigs[1].code = 'X11000277E';
    expect(parseDoc(JSON.stringify(doc)).ok).toBe(false);
  });
});
