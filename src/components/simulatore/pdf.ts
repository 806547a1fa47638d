/**
 * The carnet PDF, built in the browser. pdf-lib is loaded only when this module's function runs
 * (dynamic import on the "Scarica PDF" click). User text is drawn as text; characters the standard
 * fonts (WinAnsi) cannot encode are replaced.
 */
import type { CarnetView } from '../../domain/simulation/view.ts';
import { formatDateShortIt } from '../../domain/dates.ts';
import { formatAmountIt } from '../../domain/amount-text.ts';
import type { CigStatus } from '../../domain/simulation/state.ts';
import { SIM_PDF } from '../../copy/simulatore-pdf.ts';
import { ellipsize, wrapText } from './pdf-text.ts'; // issue 14, text

// Characters of Windows-1252 above 0x7F that are not in Latin-1's 0xA0-0xFF range.
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Keeps what WinAnsi can encode; replaces the rest (other scripts, emoji, control characters) with "?". */
export function winAnsiSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0; // a character of the string always has a code point
    if (cp === 0x09 || cp === 0x0a) out += ' ';
    else if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || CP1252_EXTRA.includes(ch)) out += ch;
    else out += '?';
  }
  return out;
}

/**
 * The PDF's bytes, in a buffer of their own (what a Blob takes). The status words come from the
 * page's copy: importing it here would split it out of the page's first-view bundle.
 */
export async function carnetPdf(carnet: CarnetView, asOf: string, status: Readonly<Record<CigStatus, string>>): Promise<Uint8Array<ArrayBuffer>> {
  const { PDFDocument, StandardFonts, rgb, degrees } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(SIM_PDF.title(carnet.number));
  pdf.setAuthor(SIM_PDF.author);
  pdf.setSubject(SIM_PDF.subject);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const mono = await pdf.embedFont(StandardFonts.Courier);
  const A4: [number, number] = [595.28, 841.89];
  const margin = 50;
  let page = pdf.addPage(A4);
  let y = A4[1] - margin;

  const watermark = (p: typeof page) => {
    p.drawText(SIM_PDF.watermark, { x: 110, y: 250, size: 80, font: bold, color: rgb(0.85, 0.85, 0.85), rotate: degrees(45), opacity: 0.6 });
    p.drawText(SIM_PDF.footer, {
      x: margin, y: 25, size: 8, font, color: rgb(0.3, 0.3, 0.3),
    });
  };
  const line = (text: string, size = 10, f = font) => {
    // issue 14: wrapped to the page's width, long words broken (pdf-text.ts)
    for (const piece of wrapText(winAnsiSafe(text), A4[0] - 2 * margin, (t) => f.widthOfTextAtSize(t, size))) {
      if (y < margin + 20) {
        page = pdf.addPage(A4);
        watermark(page);
        y = A4[1] - margin;
      }
      page.drawText(piece, { x: margin, y, size, font: f, color: rgb(0, 0, 0) });
      y -= size + 5;
    }
  };
  watermark(page);
  line(SIM_PDF.heading, 16, bold);
  line(SIM_PDF.number(carnet.number), 12, bold);
  line(SIM_PDF.dates(formatDateShortIt(carnet.created), formatDateShortIt(carnet.expires)));
  line(SIM_PDF.deadline(formatDateShortIt(carnet.dataDeadline), carnet.size));
  if (carnet.pec) line(SIM_PDF.pec(carnet.pec));
  line(SIM_PDF.counts(formatDateShortIt(asOf), carnet.counts.nonRendicontati, carnet.counts.comunicati, carnet.counts.annullati));
  y -= 6;
  line(SIM_PDF.columns, 9, mono);
  for (const g of carnet.cigs) {
    const obj = g.data ? SIM_PDF.object(g.data.oggetto, formatAmountIt(g.data.importo)) : '-';
    const clipped = ellipsize(obj, 40); // issue 14 (pdf-text.ts): the page shows it whole
    line(`${String(g.position).padStart(2, ' ')}   ${g.code}      ${status[g.status].padEnd(21, ' ')} ${clipped}`, 9, mono);
  }
  return (await pdf.save()).slice();
}
