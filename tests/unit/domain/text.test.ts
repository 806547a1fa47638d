/** Issue 14, defect 7: bidirectional control characters are refused in the simulator's text fields, with an Italian message. */
import { describe, expect, it } from 'vitest';
import { bidiProblem } from '../../../src/domain/text.ts';
import { parseCarnetRequest, parseCigData } from '../../../src/domain/simulation/form.ts';

const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const DATA = { oggetto: 'stampe', importo: '1000', oggettoPrincipale: 'LAVORI', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO', fattispecieContrattuale: 'LAVORI_INF_40000' };

describe('bidirectional controls', () => {
  it.each(CONTROLS)('refuses U+%s', (ch) => {
    const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`; // one character
    expect(bidiProblem(`abc${ch}def`)).toContain(`${code}, posizione 4`);
  });
  it('accepts Italian text, accents, apostrophes and Arabic or Hebrew letters without controls', () => {
    for (const t of ["Citta' di Perù – àèéìòù «x»", 'مرحبا', 'שלום', 'a\u200Bb']) expect(bidiProblem(t)).toBeNull();
  });
  it('the oggetto of a CIG and the PEC of a carnet refuse them, naming the character', () => {
    const r = parseCigData({ ...DATA, oggetto: 'stampe \u202Eigitali' }, { date: '2011-06-01', amountForm: 'plain' });
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'oggetto', message: expect.stringContaining('U+202E') }] });
    const p = parseCarnetRequest({ size: '5', pec: 'uffici\u202Eo@pec.example.it' }, { min: 1, max: 50 });
    expect(p).toMatchObject({ ok: false, errors: [{ field: 'pec', message: expect.stringContaining("L'indirizzo PEC contiene un carattere invisibile") }] });
  });
  it('a PEC address longer than 254 characters (RFC 5321) is refused with its length', () => {
    const pec = `${'a'.repeat(64)}@${'b'.repeat(186)}.it`;
    expect(pec.length).toBe(254);
    expect(parseCarnetRequest({ pec }, { min: 1, max: 50 }).ok).toBe(true);
    expect(parseCarnetRequest({ pec: `x${pec}` }, { min: 1, max: 50 })).toMatchObject({ ok: false, errors: [{ field: 'pec', message: expect.stringContaining('al massimo 254 caratteri: ne ha 255') }] });
  });
});
