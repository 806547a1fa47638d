/** Words of the public list of sources (/fonti/ and one page per kind, /fonti/<tipo>/). */
import type { SourceKind } from '../domain/rules/sources.ts';

/** The order of the kinds on /fonti/. */
export const KIND_ORDER: readonly SourceKind[] = ['law', 'anac-act', 'anac-faq', 'technical', 'secondary'];

export const FONTI = {
  title: 'Fonti: norme, atti ANAC e documenti su cui poggiano le regole',
  description: 'Tutte le fonti di CIG Advisor con data, tipo, grado di verifica e che cosa poggia su ciascuna: domande frequenti, tabelle delle regole, note dell\'esito.',
  heading: 'Le fonti del sito',
  intro: 'Ogni regola del questionario, del simulatore e delle domande frequenti cita una o più fonti di questo elenco. Per ciascuna trovi la data, il tipo, quanto l\'abbiamo verificata e che cosa poggia su di essa: se una fonte cambia, sai quali risposte ricontrollare.',
  counts: (total: number, v: number, p: number, u: number) =>
    `${total} fonti: ${v} verificate, ${p} verificate in parte, ${u} da verificare.`,
  marksTitle: 'Che cosa vuol dire il grado di verifica',
  marks: {
    V: 'Letta nel testo ufficiale o nel file di ANAC, oppure riportata in modo uguale da due fonti indipendenti.',
    P: 'Letta in una sola fonte secondaria, oppure nel testo ufficiale solo in parte. Le risposte ANAC sul tracker della PCP sono qui: autorevoli nella pratica, ma non sono delibere.',
    U: 'Ricordata o dedotta, non riletta. Le regole che ne dipendono lo dicono con «da verificare».',
  },
  markWord: { V: 'Verificata', P: 'Verificata in parte', U: 'Da verificare' },
  kinds: {
    law: 'Leggi, decreti e regolamenti europei',
    'anac-act': 'Delibere e comunicati ANAC',
    'anac-faq': 'FAQ e risposte di ANAC',
    technical: 'Documentazione tecnica e file di ANAC',
    secondary: 'Fonti secondarie (guide, stampa di settore)',
  },
  date: 'Data',
  noDate: 'non indicata',
  check: 'Verifica',
  restsOn: 'Che cosa poggia su questa fonte',
  faq: 'Domande frequenti',
  rules: 'Tabelle delle regole',
  engine: 'Note e motivi dell\'esito del questionario o del simulatore',
  nothing: 'Nessuna pagina o regola la cita oggi: è nell\'elenco perché la cita un\'altra fonte o una pagina di servizio.',
  inForce: 'in vigore',
  external: '(sito esterno)',
  faqLink: 'Elenco di tutte le fonti, con che cosa poggia su ciascuna',
  /** The address of each kind's page: /fonti/<slug>/. */
  kindSlug: {
    law: 'leggi',
    'anac-act': 'atti-anac',
    'anac-faq': 'risposte-anac',
    technical: 'documentazione-tecnica',
    secondary: 'fonti-secondarie',
  } satisfies Record<SourceKind, string>,
  kindDescription: (kind: string) => `${kind} citati da CIG Advisor: data, grado di verifica e che cosa poggia su ciascuno (domande frequenti, tabelle delle regole, note dell'esito).`,
  kindLead: 'Per ciascuna fonte: la data, quanto l\'abbiamo verificata e che cosa poggia su di essa. Se una fonte cambia, sai quali risposte ricontrollare.',
} as const;
