/**
 * Ready starting states for trainers, built with the simulation's own transitions (so they obey
 * every rule): one click loads them in the page.
 */
import { carnetMessage, emptyDoc, type SimDoc } from './storage.ts';
import { advanceTo, cancel, communicate, requestCarnet, requestSmartCig, type SimState, type Transition } from './state.ts';

export interface Scenario {
  id: string;
  title: string;
  description: string;
  build: () => SimDoc;
}

function must<R>(t: Transition<R>): SimState {
  if (!t.ok) throw new Error(`scenario: ${t.error.message}`);
  return t.state;
}

const use = (oggetto: string, importo: string, oggettoPrincipale: string) => ({
  oggetto, importo, oggettoPrincipale, proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO',
});
const opts = { amountForm: 'plain' as const };
const PEC = 'protocollo@pec.ente-simulato.example';

function doc(sim: SimState, pecCarnets: string[]): SimDoc {
  const d = emptyDoc();
  d.sim = sim;
  d.inbox = sim.carnets.filter((c) => pecCarnets.includes(c.number)).map(carnetMessage);
  return d;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'due-attivi',
    title: 'Due carnet attivi',
    description: 'Al 1° giugno 2011 ci sono due carnet attivi con alcuni CIG già comunicati: un terzo carnet viene rifiutato.',
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
    description: 'Un carnet da 10 CIG del 4 maggio 2011 è scaduto il 2 agosto e il termine per i dati (1° settembre) è passato con CIG non rendicontati: nuovi carnet bloccati.',
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
    description: 'Al 30 luglio 2011 un carnet scade fra tre giorni: prova a far avanzare il calendario.',
    build: () => {
      let s = must(requestCarnet(emptyDoc().sim, '2011-05-04', 20, PEC));
      s = must(advanceTo(s, '2011-07-30'));
      return doc(s, ['CARNET/0000001']);
    },
  },
  {
    id: 'soglia-luglio-2011',
    title: 'Il cambio di soglia del 12 luglio 2011',
    description: 'L\'11 luglio 2011 servizi e forniture sono ammessi sotto 20.000 euro; dal giorno dopo sotto 40.000 euro. Uno Smart CIG singolo già rilasciato.',
    build: () => {
      const s = must(requestSmartCig(emptyDoc().sim, '2011-07-11', {
        fattispecieContrattuale: 'SERVIZI_FORNITURE_INF_20000', importo: '19500', oggetto: 'pulizia uffici',
        proceduraSceltaContraente: 'AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO', oggettoPrincipale: 'SERVIZI',
      }, opts));
      return doc(s, []);
    },
  },
];
