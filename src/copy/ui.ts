/** Words of the site chrome, in one place. Pages and components take their text from here. */
export const SITE = {
  name: 'CIG Advisor',
  tagline: 'Valore stimato e CIG, passo per passo',
  lang: 'it',
} as const;

/** Said before an error, by screen readers in a message and in the page title. */
const ERROR_LABEL = 'Errore:';

export const UI = {
  skipToContent: 'Vai al contenuto principale',
  skipToFooter: 'Vai al piede di pagina',
  /** The button that opens the navigation on phones (issue 10). */
  menu: 'Menu',
  continue: 'Continua',
  back: 'Indietro',
  startNow: 'Inizia ora',
  change: 'Modifica',
  errorSummaryTitle: "C'è un problema",
  errorLabel: ERROR_LABEL,
  errorTitlePrefix: `${ERROR_LABEL} `,
} as const;

export const NAV = [
  { href: '/questionario/', label: 'Calcola valore e CIG' },
  { href: '/simulatore/', label: 'Simulatore Smart CIG' },
  { href: '/esercizi/', label: 'Esercizi' }, // issue 13
  { href: '/faq/', label: 'Domande frequenti' },
  { href: '/cerca/', label: 'Cerca' },
] as const;
