/**
 * Ready starting states for trainers, built with the simulation's own transitions (so they obey
 * every rule): one click loads them in the page. Each has its simulated date, a title, what it
 * describes, and a teaching goal; they span the service's life, from May 2011 to its last days in
 * December 2023, with the form of each period (rules/smartcig.ts).
 */
import { carnetMessage, emptyDoc, type SimDoc } from './storage.ts';
import { advanceTo, cancel, communicate, requestCarnet, requestSmartCig, type SimState, type Transition } from './state.ts';
import type { IsoDate } from '../dates.ts';

export interface Scenario {
  id: string;
  title: string;
  /** The simulated date the scenario starts on. */
  date: IsoDate;
  description: string;
  /** What the trainee should try, and notice. */
  goal: string;
  build: () => SimDoc;
}

function must<R>(t: Transition<R>): SimState {
  if (!t.ok) throw new Error(`scenario: ${t.error.message}`);
  return t.state;
}

const use = (oggetto: string, importo: string, oggettoPrincipale: string, proceduraSceltaContraente = 'AFFIDAMENTO DIRETTO') => ({
  oggetto, importo, oggettoPrincipale, proceduraSceltaContraente,
});
const opts = { amountForm: 'plain' as const };
const PEC = 'protocollo@pec.ente-simulato.example';

/** The document of a scenario: its state, the PEC messages of its carnets, a simulated profile. */
function doc(sim: SimState, pecCarnets: string[]): SimDoc {
  const d = emptyDoc();
  d.sim = sim;
  d.inbox = sim.carnets.filter((c) => pecCarnets.includes(c.number)).map(carnetMessage);
  d.profile = { name: 'Ufficio acquisti (simulato)', pec: PEC };
  return d;
}

const at = (date: IsoDate): SimState => must(advanceTo(emptyDoc().sim, date));

/** A carnet of `size` codes issued on `created`, its first CIG used on `used` with `data`, the clock on `today`. */
function oneCarnet(created: IsoDate, size: number, used: IsoDate, data: ReturnType<typeof use>, today: IsoDate): SimDoc {
  let s = must(requestCarnet(at(created), created, size, PEC));
  s = must(communicate(s, used, { carnet: 'CARNET/0000001', cig: 1 }, data, opts));
  return doc(must(advanceTo(s, today)), ['CARNET/0000001']);
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'due-attivi',
    title: 'Due carnet attivi',
    date: '2011-06-01',
    description: 'Al 1° giugno 2011 ci sono due carnet attivi con alcuni CIG già comunicati.',
    goal: 'Richiedi un terzo carnet: viene rifiutato finché uno dei due non scade.',
    build: () => {
      let s = must(requestCarnet(emptyDoc().sim, '2011-05-04', 50, PEC));
      s = must(communicate(s, '2011-05-10', { carnet: 'CARNET/0000001', cig: 1 }, use('stampe digitali', '1500', 'FORNITURE'), opts));
      s = must(requestCarnet(s, '2011-05-20', 50, PEC));
      s = must(advanceTo(s, '2011-06-01'));
      return doc(s, ['CARNET/0000001', 'CARNET/0000002']);
    },
  },
  {
    id: 'dati-scaduti',
    title: 'Carnet con dati scaduti',
    date: '2011-09-05',
    description: 'Un carnet da 10 CIG del 4 maggio 2011 è scaduto il 2 agosto e il termine per i dati (1° settembre) è passato con CIG non rendicontati: nuovi carnet bloccati.',
    goal: 'Annulla i CIG non usati e verifica che un nuovo carnet torni disponibile.',
    build: () => {
      let s = must(requestCarnet(emptyDoc().sim, '2011-05-04', 10, PEC));
      s = must(communicate(s, '2011-05-10', { carnet: 'CARNET/0000001', cig: 1 }, use('stampe digitali', '1500', 'FORNITURE'), opts));
      s = must(communicate(s, '2011-06-15', { carnet: 'CARNET/0000001', cig: 2 }, use('manutenzione caldaia', '3200', 'SERVIZI'), opts));
      s = must(cancel(s, '2011-07-01', { carnet: 'CARNET/0000001', cig: 3 }));
      s = must(advanceTo(s, '2011-09-05'));
      return doc(s, ['CARNET/0000001']);
    },
  },
  {
    id: 'in-scadenza',
    title: 'Carnet in scadenza',
    date: '2011-07-30',
    description: 'Al 30 luglio 2011 un carnet scade fra tre giorni.',
    goal: 'Fai avanzare il calendario e osserva quando il carnet scade e quando scade il termine per i dati.',
    build: () => {
      let s = must(requestCarnet(emptyDoc().sim, '2011-05-04', 20, PEC));
      s = must(advanceTo(s, '2011-07-30'));
      return doc(s, ['CARNET/0000001']);
    },
  },
  {
    id: 'soglia-luglio-2011',
    title: 'Il cambio di soglia del 12 luglio 2011',
    date: '2011-07-11',
    description: 'L\'11 luglio 2011 servizi e forniture sono ammessi sotto 20.000 euro; dal giorno dopo sotto 40.000 euro. Uno Smart CIG singolo già rilasciato.',
    goal: 'Chiedi un CIG per un servizio da 25.000 euro oggi e domani (+1 giorno): confronta le risposte e gli elenchi delle fattispecie.',
    build: () => {
      const s = must(requestSmartCig(emptyDoc().sim, '2011-07-11', {
        fattispecieContrattuale: 'SERVIZI_FORNITURE_INF_20000', importo: '19500', oggetto: 'pulizia uffici',
        proceduraSceltaContraente: 'AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO', oggettoPrincipale: 'SERVIZI',
      }, opts));
      return doc(s, []);
    },
  },
  // ---- issue 12 (simform): across the years
  {
    id: 'prima-del-12-luglio-2011',
    title: 'Prima del 12 luglio 2011: servizi e forniture sotto 20.000 euro',
    date: '2011-07-04',
    description: 'Nei primi mesi lo Smart CIG copre i lavori sotto 40.000 euro ma i servizi e le forniture solo sotto 20.000 euro, affidati direttamente o con procedura negoziata senza bando.',
    goal: 'Chiedi uno Smart CIG per un servizio da 25.000 euro: il modulo lo rifiuta. Poi prova una PROCEDURA APERTA con la fattispecie dei lavori: la fattispecie non la ammette.',
    build: () => doc(at('2011-07-04'), []),
  },
  {
    id: 'dopo-il-12-luglio-2011',
    title: 'Dal 12 luglio 2011: una sola soglia di 40.000 euro',
    date: '2011-07-12',
    description: 'Con la legge 106/2011 la voce "contratti di importo inferiore a euro 40.000" vale per lavori, servizi e forniture.',
    goal: 'Chiedi uno Smart CIG per un servizio da 25.000 euro: ora è accettato. Confronta l\'elenco delle fattispecie con quello dello scenario precedente.',
    build: () => doc(at('2011-07-12'), []),
  },
  {
    id: 'nuovo-codice-2016',
    title: 'Il nuovo Codice del 19 aprile 2016',
    date: '2016-04-19',
    description: 'Un carnet di marzo 2016 ha un CIG comunicato con il cottimo fiduciario. Dal 19 aprile 2016 vale il d.lgs. 50/2016: il modulo cambia.',
    goal: 'Usa un altro CIG del carnet: il cottimo fiduciario non è più in elenco e le fattispecie sono quelle del nuovo Codice. Apri il CIG già comunicato e premi "Modifica": i dati restano nel modulo di marzo.',
    build: () => oneCarnet('2016-03-01', 10, '2016-03-15', use('manutenzione del verde', '12000', 'SERVIZI', 'AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO'), '2016-04-19'),
  },
  {
    id: 'dl76-2020',
    title: 'Settembre 2020: affidamento diretto più alto, Smart CIG no',
    date: '2020-09-01',
    description: 'Dal 17 luglio 2020 il D.L. 76/2020 ammette l\'affidamento diretto fino a 150.000 euro, ma lo Smart CIG resta sotto 40.000 euro.',
    goal: 'Chiedi uno Smart CIG per un affidamento diretto di servizi da 60.000 euro: il modulo lo rifiuta, serve il CIG ordinario (SIMOG). Osserva i campi sulla centralizzazione della spesa.',
    build: () => doc(at('2020-09-01'), []),
  },
  {
    id: 'disservizio-maggio-2021',
    title: 'Il disservizio di maggio 2021',
    date: '2021-05-03',
    description: 'Dal 3 maggio 2021 un guasto ferma i servizi dell\'Autorità: lo Smart CIG non rilascia codici. Un carnet di aprile è attivo.',
    goal: 'Leggi che cosa indicò ANAC per gli affidamenti urgenti, poi porta il calendario all\'8 maggio 2021 e usa un CIG del carnet.',
    build: () => oneCarnet('2021-04-20', 10, '2021-04-26', use('cancelleria', '800', 'FORNITURE'), '2021-05-03'),
  },
  {
    id: 'dicembre-2023',
    title: 'Dicembre 2023: gli ultimi giorni dello Smart CIG',
    date: '2023-12-20',
    description: 'Lo Smart CIG chiude il 31 dicembre 2023 (delibera ANAC 582/2023): dal 1° gennaio 2024 il CIG si acquisisce con la PCP. Un carnet di novembre ha codici non ancora rendicontati.',
    goal: 'Comunica o annulla i CIG del carnet prima della chiusura; poi prova a portare il calendario oltre il 31 dicembre 2023.',
    build: () => oneCarnet('2023-11-15', 5, '2023-11-20', use('noleggio fotocopiatrice', '3600', 'SERVIZI'), '2023-12-20'),
  },
];
