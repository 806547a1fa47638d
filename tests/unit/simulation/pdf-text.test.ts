/**
 * Issue 14, defect 7 in the PDF: a long PEC address ran off the page and over the next line. Every
 * line drawn now fits between the margins and lines never share a baseline.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PDFPage, type PDFFont } from 'pdf-lib';
import { carnetPdf } from '../../../src/components/simulatore/pdf.ts';
import { ellipsize, wrapText } from '../../../src/components/simulatore/pdf-text.ts';
import { communicate, initialState, requestCarnet } from '../../../src/domain/simulation/state.ts';
import { viewState } from '../../../src/domain/simulation/view.ts';
import { SIM } from '../../../src/copy/simulatore.ts';

const byChars = (t: string) => [...t].length;

describe('wrapText and ellipsize', () => {
  it('keeps a text that fits as it is, spaces included', () => {
    expect(wrapText('a   b', 10, byChars)).toEqual(['a   b']);
  });
  it('wraps at spaces and breaks a word longer than the width', () => {
    expect(wrapText('uno due tre', 7, byChars)).toEqual(['uno due', 'tre']);
    expect(wrapText(`PEC: ${'x'.repeat(12)}`, 5, byChars)).toEqual(['PEC:', 'xxxxx', 'xxxxx', 'xx']);
    for (const l of wrapText(`a ${'b'.repeat(250)} c`, 40, byChars)) expect(byChars(l)).toBeLessThanOrEqual(40);
  });
  it('an empty text is one empty line', () => {
    expect(wrapText('', 5, byChars)).toEqual(['']);
  });
  it('cuts with an ellipsis, counting characters not code units', () => {
    expect(ellipsize('abcdef', 4)).toBe('abc…');
    expect(ellipsize('abcd', 4)).toBe('abcd');
    expect(ellipsize('😀😀😀😀😀', 3)).toBe('😀😀…');
  });
});

describe('carnet PDF with long values', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a 250-character PEC and a 250-character word in the oggetto stay within the page, one line each', async () => {
    const pec = `${'a'.repeat(64)}@${'b'.repeat(180)}.it`;
    const t = requestCarnet(initialState(), '2011-05-04', 3, pec);
    if (!t.ok) throw new Error(t.error.message);
    const u = communicate(t.state, '2011-05-10', { carnet: 'CARNET/0000001', cig: 1 },
      { oggetto: 'y'.repeat(250), importo: '1500', oggettoPrincipale: 'FORNITURE', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO' }, { amountForm: 'plain' });
    if (!u.ok) throw new Error(u.error.message);
    const drawn: { page: PDFPage; text: string; x: number; y: number; width: number; rotated: boolean }[] = [];
    const original = PDFPage.prototype.drawText;
    vi.spyOn(PDFPage.prototype, 'drawText').mockImplementation(function (this: PDFPage, text, options = {}) {
      const font = options.font as PDFFont; // the PDF passes its font to every call
      drawn.push({ page: this, text, x: options.x ?? 0, y: options.y ?? 0, width: font.widthOfTextAtSize(text, options.size ?? 12), rotated: options.rotate !== undefined });
      return original.call(this, text, options);
    });
    await carnetPdf(viewState(u.state, '2011-05-10').carnets[0]!, '2011-05-10', SIM.cigStatus); // one carnet
    const lines = drawn.filter((d) => !d.rotated);
    expect(lines.map((d) => d.text).join('')).toContain('b'.repeat(100).slice(0, 40));
    const pageWidth = lines[0]!.page.getWidth(); // something was drawn
    for (const d of lines) expect(d.x + d.width, d.text).toBeLessThanOrEqual(pageWidth - 50 + 0.01);
    for (const p of new Set(lines.map((d) => d.page))) {
      const ys = lines.filter((d) => d.page === p).map((d) => d.y);
      expect(new Set(ys).size, 'no two lines on one baseline').toBe(ys.length);
    }
  });
});
