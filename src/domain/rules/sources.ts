/**
 * The registry of the acts and documents the rules and the pages come from: one entry per document,
 * keyed by its id, so that every rule, note and FAQ page cites an id and the document has one name
 * everywhere. A mistyped id does not compile (`SourceId`), and the FAQ build refuses an unknown one.
 *
 * Adding a source: one line at the end, with the date of the act (or of its publication) when the
 * domain reference gives it, else `null`. Never reword an existing `title`: the command line prints
 * it (`cite`), and its output is checked byte for byte against the recorded answers.
 */
import type { IsoDate } from '../dates.ts';

/** The project's domain reference marks: V verified, P partly verified (shown with its source), U unverified. */
export type Confidence = 'V' | 'P' | 'U';

/**
 * What a document is: a law or decree; an act of ANAC (or AVCP before it): delibera, comunicato,
 * analysis; an ANAC FAQ or opinion; technical documentation (ANAC's repositories, schemas); a
 * secondary source (guides, encyclopaedias, the trade press).
 */
type SourceKind = 'law' | 'anac-act' | 'anac-faq' | 'technical' | 'secondary';

export interface Source {
  /** How the product cites it, in Italian. */
  title: string;
  kind: SourceKind;
  /**
   * The day of the act, or of its publication for documents that are not acts. Where an entry groups
   * several acts, the day of the one its id names, else of the latest one whose day is known.
   * `null` when the references do not give a day: ANAC's FAQs and the AIR, living repositories, the
   * guidance ANAC gave during the May 2021 outage (known only from a press report of 7 May 2021).
   */
  date: IsoDate | null;
  url: string | null;
  confidence: Confidence;
  /** How the project read it when not in the official text, as words that follow the title. */
  via?: string;
}

const registry = {
  'l136-2010': { title: 'Legge 13 agosto 2010, n. 136, art. 3 (tracciabilità dei flussi finanziari)', kind: 'law', date: '2010-08-13', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2010-08-13;136', confidence: 'V' },
  'avcp-comunicato-2011-05-02': { title: 'Comunicato AVCP del 2 maggio 2011 (avvio dello Smart CIG)', kind: 'anac-act', date: '2011-05-02', url: null, confidence: 'V', via: 'riportato da legislazionetecnica.it e lavoripubblici.blogspot.com' },
  'avcp-comunicato-2011-07-15': { title: 'Comunicato AVCP del 15 luglio 2011 (Smart CIG sotto 40.000 € anche per servizi e forniture, L. 106/2011)', kind: 'anac-act', date: '2011-07-15', url: null, confidence: 'V', via: 'riportato da legislazionetecnica.it e sinergiediscuola.it' },
  'dlgs163-art29': { title: 'D.lgs. 12 aprile 2006, n. 163, art. 29, comma 1 (calcolo del valore stimato)', kind: 'law', date: '2006-04-12', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2006-04-12;163~art29', confidence: 'P' },
  'dlgs163-art125': { title: 'D.lgs. 12 aprile 2006, n. 163, art. 125 (acquisizioni in economia)', kind: 'law', date: '2006-04-12', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2006-04-12;163~art125', confidence: 'V' },
  'dlgs50-art35': { title: 'D.lgs. 18 aprile 2016, n. 50, art. 35, comma 4 (valore stimato, opzioni e rinnovi)', kind: 'law', date: '2016-04-18', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2016-04-18;50~art35', confidence: 'V' },
  'dlgs50-art106': { title: 'D.lgs. 18 aprile 2016, n. 50, art. 106, commi 11 e 12 (proroga tecnica, quinto d\'obbligo)', kind: 'law', date: '2016-04-18', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2016-04-18;50~art106', confidence: 'V' },
  'dlgs36-art14': { title: 'D.lgs. 31 marzo 2023, n. 36, art. 14, comma 4 (valore stimato, opzioni e rinnovi)', kind: 'law', date: '2023-03-31', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2023-03-31;36~art14', confidence: 'V' },
  'dlgs36-art50': { title: 'D.lgs. 31 marzo 2023, n. 36, art. 50, comma 1 (affidamenti diretti: lavori sotto 150.000 €, servizi e forniture sotto 140.000 €)', kind: 'law', date: '2023-03-31', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2023-03-31;36~art50', confidence: 'V' },
  'dlgs36-art120': { title: 'D.lgs. 31 marzo 2023, n. 36, art. 120, commi 9, 10 e 11 (quinto d\'obbligo, opzione di proroga, proroga tecnica)', kind: 'law', date: '2023-03-31', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2023-03-31;36~art120', confidence: 'V' },
  'dlgs36-art225': { title: 'D.lgs. 31 marzo 2023, n. 36, artt. 225 e 229 (efficacia dal 1° luglio 2023, digitalizzazione dal 1° gennaio 2024)', kind: 'law', date: '2023-03-31', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2023-03-31;36~art225', confidence: 'V' },
  'anac-faq-rinnovo': { title: 'FAQ ANAC sul CIG in caso di rinnovo, opzione di proroga e proroga tecnica (d.lgs. 50/2016)', kind: 'anac-faq', date: null, url: null, confidence: 'V', via: 'riportata nei documenti di partenza del progetto' },
  'anac-faq-tracciabilita-a39': { title: 'FAQ ANAC sulla tracciabilità A39 e Comunicato ANAC del 28 ottobre 2015 (nuovo CIG per modifiche oltre il quinto)', kind: 'anac-faq', date: '2015-10-28', url: 'https://www.anticorruzione.it/-/tracciabilit%C3%A0-dei-flussi-finanziari', confidence: 'V', via: 'come riportati da mediappalti.it' },
  'anac-air-bando-tipo-1': { title: 'ANAC, AIR sul bando-tipo n. 1 (la proroga tecnica non è quantificabile; la stazione appaltante può stimarla)', kind: 'anac-act', date: null, url: null, confidence: 'P', via: 'come riportato da publika.it' },
  'anac-delibera-582-2023': { title: 'Delibera ANAC n. 582 del 13 dicembre 2023 (dal 1° gennaio 2024 CIG solo tramite piattaforme certificate e PCP; dismissione di Smart CIG)', kind: 'anac-act', date: '2023-12-13', url: 'https://www.anticorruzione.it/-/delibera-582-del-13-dicembre-2023', confidence: 'V' },
  'anac-comunicato-2024-01-10': { title: 'Comunicato ANAC del 10 gennaio 2024 e successive proroghe fino al Comunicato del 18 giugno 2025 (interfaccia web PCP per affidamenti diretti sotto 5.000 €)', kind: 'anac-act', date: '2024-01-10', url: 'https://www.anticorruzione.it/-/comunicato-del-presidente-del-18-giugno-2025', confidence: 'V' },
  'anac-npa-schede': { title: 'ANAC, repository NPA: schede AD5 e AD3 e regole dell\'orchestratore (github.com/anticorruzione/npa)', kind: 'technical', date: null, url: 'https://github.com/anticorruzione/npa', confidence: 'V' },
  'anac-cig-algoritmo': { title: 'ANAC, algoritmo di validazione del CIG (github.com/anticorruzione/npa, docs/Algoritmo validazione CIG)', kind: 'technical', date: '2025-02-25', url: 'https://github.com/anticorruzione/npa', confidence: 'V' },
  'simog-docs': { title: 'ANAC, documentazione SIMOG v3.04.7, scheda S02 creazione lotto (github.com/anticorruzione/simog-docs)', kind: 'technical', date: null, url: 'https://github.com/anticorruzione/simog-docs', confidence: 'V' },
  'infn-wiki-smartcig': { title: 'Guida interna INFN allo Smart CIG (voci del modulo, "Contratti di importo inferiore a Euro 40.000")', kind: 'secondary', date: null, url: 'https://wiki.infn.it/strutture/lnf/dr/calcolo/amm/smart_cig', confidence: 'P' },
  'l266-2005': { title: 'Legge 23 dicembre 2005, n. 266, art. 1, commi 65 e 67 (contributo all\'Autorità)', kind: 'law', date: '2005-12-23', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2005-12-23;266', confidence: 'V' },
  'anac-contributi-2018-2022': { title: 'Delibere ANAC n. 1300/2017, 1174/2018, 1197/2019, 830/2021 (contributi 2018-2022)', kind: 'anac-act', date: '2021-12-21', url: 'https://www.gazzettaufficiale.it/eli/id/2022/03/17/22A01640/sg', confidence: 'V' },
  'dl34-2020-art65': { title: 'D.L. 19 maggio 2020, n. 34, art. 65 (esonero dai contributi dal 19 maggio al 31 dicembre 2020)', kind: 'law', date: '2020-05-19', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legge:2020-05-19;34~art65', confidence: 'V' },
  'anac-delibera-621-2022': { title: 'Delibera ANAC n. 621 del 20 dicembre 2022 (contributi 2023: importi precedenti fino al 31 marzo, nuovi dal 1° aprile 2023)', kind: 'anac-act', date: '2022-12-20', url: 'https://www.gazzettaufficiale.it/eli/id/2023/03/09/23A01437/sg', confidence: 'P' },
  'anac-delibera-610-2023': { title: 'Delibera ANAC n. 610 del 19 dicembre 2023 (contributi 2024)', kind: 'anac-act', date: '2023-12-19', url: 'https://www.gazzettaufficiale.it/eli/id/2024/01/12/24A00117/sg', confidence: 'V' },
  'anac-delibera-598-2024': { title: 'Delibera ANAC n. 598 del 30 dicembre 2024 (contributi 2025)', kind: 'anac-act', date: '2024-12-30', url: 'https://www.gazzettaufficiale.it/eli/id/2025/04/11/25A02264/sg', confidence: 'P' },
  'anac-comunicato-2021-05': { title: 'Indicazioni ANAC durante il disservizio della piattaforma (maggio 2021)', kind: 'anac-act', date: null, url: null, confidence: 'V', via: 'come riportate dalla stampa di settore il 7 maggio 2021 (documenti di partenza del progetto)' },
  'anac-delibera-1-2017': { title: 'Delibera ANAC n. 1 dell\'11 gennaio 2017 (CIG prima dell\'indizione, perfezionamento entro 90 giorni)', kind: 'anac-act', date: '2017-01-11', url: null, confidence: 'V', via: 'come riportata da siracusa.ance.it e agoramagazine.it' },
  'dlgs50': { title: 'D.lgs. 18 aprile 2016, n. 50 (codice dei contratti pubblici fino al 30 giugno 2023)', kind: 'law', date: '2016-04-18', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2016-04-18;50', confidence: 'V' },
  'dlgs36': { title: 'D.lgs. 31 marzo 2023, n. 36 (codice dei contratti pubblici dal 1° luglio 2023)', kind: 'law', date: '2023-03-31', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2023-03-31;36', confidence: 'V' },
  'anac-npa-modifiche': { title: 'ANAC, repository NPA: schede M1 e M2 (modifiche) e motivi di collegamento dei CIG (github.com/anticorruzione/npa)', kind: 'technical', date: null, url: 'https://github.com/anticorruzione/npa', confidence: 'V' },
  'anac-npa-tipologiche': { title: 'ANAC, repository NPA: tipologiche della PCP, tra cui sommeOpzioniRinnovi e motivoCollegamento (github.com/anticorruzione/npa)', kind: 'technical', date: null, url: 'https://github.com/anticorruzione/npa', confidence: 'V' },
  'intercenter-schematron-cig': { title: 'Intercent-ER, regole Schematron AGID-PEPPOL per il CIG negli ordini elettronici (github.com/Intercent-ER/AGID-PEPPOL-DOCS)', kind: 'technical', date: null, url: 'https://github.com/Intercent-ER/AGID-PEPPOL-DOCS', confidence: 'V' },
  'wikipedia-cig': { title: 'Voce «Codice identificativo gara», Wikipedia in italiano', kind: 'secondary', date: null, url: 'https://it.wikipedia.org/wiki/Codice_identificativo_gara', confidence: 'P' },
  'guida-smartcig-2011': { title: 'Nota della Consulta sullo Smart CIG del 4 maggio 2011 (schermate, carnet da 50 CIG, validità 90 giorni, dati entro 30 giorni dalla scadenza, esempi di codici)', kind: 'secondary', date: '2011-05-04', url: null, confidence: 'V', via: 'riportata nei documenti di partenza del progetto' },
  'cronaca-disservizio-2021-05': { title: 'Cronaca del disservizio della piattaforma ANAC (3-7 maggio 2021) e indicazioni per le stazioni appaltanti', kind: 'secondary', date: '2021-05-07', url: null, confidence: 'P', via: 'riportata nei documenti di partenza del progetto' },
  'ue-soglie-2010-2011': { title: 'Regolamento (CE) n. 1177/2009 (soglie europee 2010-2011)', kind: 'law', date: '2009-11-30', url: null, confidence: 'P', via: 'importi ricordati dalla letteratura, non riletti sul testo' },
  'ue-soglie-2012-2013': { title: 'Regolamento (UE) n. 1251/2011 (soglie europee 2012-2013)', kind: 'law', date: '2011-11-30', url: null, confidence: 'P', via: 'importi ricordati dalla letteratura, non riletti sul testo' },
  'ue-soglie-2014-2015': { title: 'Regolamento (UE) n. 1336/2013 (soglie europee 2014-2015)', kind: 'law', date: '2013-12-13', url: 'https://eur-lex.europa.eu/eli/reg/2013/1336/oj', confidence: 'V' },
  'ue-soglie-2016-2017': { title: 'Regolamenti delegati (UE) 2015/2170, 2015/2171, 2015/2172 e 2015/2342 (soglie europee 2016-2017)', kind: 'law', date: '2015-11-24', url: 'https://eur-lex.europa.eu/eli/reg_del/2015/2170/oj', confidence: 'V' },
  'ue-soglie-2018-2019': { title: 'Regolamenti delegati (UE) 2017/2364, 2017/2365 e 2017/2366 (soglie europee 2018-2019)', kind: 'law', date: '2017-12-18', url: 'https://eur-lex.europa.eu/eli/reg_del/2017/2365/oj', confidence: 'V' },
  'ue-soglie-2020-2021': { title: 'Regolamenti delegati (UE) 2019/1827, 2019/1828, 2019/1829 e 2019/1830 (soglie europee 2020-2021)', kind: 'law', date: '2019-10-30', url: 'https://eur-lex.europa.eu/eli/reg_del/2019/1828/oj', confidence: 'V' },
  'ue-soglie-2022-2023': { title: 'Regolamenti delegati (UE) 2021/1950, 2021/1951, 2021/1952 e 2021/1953 (soglie europee 2022-2023)', kind: 'law', date: '2021-11-10', url: 'https://eur-lex.europa.eu/eli/reg_del/2021/1952/oj', confidence: 'V' },
  'ue-soglie-2024-2025': { title: 'Regolamenti delegati (UE) 2023/2495, 2023/2496 e 2023/2497 (soglie europee 2024-2025)', kind: 'law', date: '2023-11-15', url: 'https://eur-lex.europa.eu/eli/reg_del/2023/2495/oj', confidence: 'V' },
  'ue-soglie-2026-2027': { title: 'Regolamenti delegati (UE) 2025/2150, 2025/2151 e 2025/2152 (soglie europee 2026-2027)', kind: 'law', date: '2025-10-22', url: null, confidence: 'V', via: 'importi riportati da più fonti concordi (traspare.com, segretaricomunalivighenzi.it)' },
  // ---- issue 9, PCP cards, channel, cigTiming, PNRR (cards helper). ANAC's files are cited by path and commit.
  'anac-npa-codice-scheda': { title: 'ANAC, repository NPA: elenco delle schede PCP (docs/modello-dati/tipologiche/codiceScheda.json, commit 21f8640c)', kind: 'technical', date: '2026-01-09', url: 'https://github.com/anticorruzione/npa/blob/21f8640c6c6770f6ed0e035e91dfe88b6d21d269/docs/modello-dati/tipologiche/codiceScheda.json', confidence: 'V' },
  'anac-npa-orchestratore': { title: 'ANAC, repository NPA: orchestratore delle schede, fase e attribuzione del CIG (docs/orchestratore/schema-cronologia-schede.xlsx, commit 21f8640c)', kind: 'technical', date: '2026-06-08', url: 'https://github.com/anticorruzione/npa/blob/21f8640c6c6770f6ed0e035e91dfe88b6d21d269/docs/orchestratore/schema-cronologia-schede.xlsx', confidence: 'V' },
  'anac-npa-guida-schede': { title: 'ANAC, repository NPA: Guida alla scelta delle schede, rev. 3 (docs/orchestratore/2026_03_20_Guida_schedeANAC_rev3.xlsx, commit 21f8640c)', kind: 'technical', date: '2026-04-30', url: 'https://github.com/anticorruzione/npa/blob/21f8640c6c6770f6ed0e035e91dfe88b6d21d269/docs/orchestratore/2026_03_20_Guida_schedeANAC_rev3.xlsx', confidence: 'V' },
  'anac-npa-regole-ad3': { title: 'ANAC, repository NPA: regole della scheda AD3, REG144 e REG145 sul tetto dell\'importo (docs/modello-dati/regole/AD3.dmn, commit 21f8640c)', kind: 'technical', date: '2026-01-09', url: 'https://github.com/anticorruzione/npa/blob/21f8640c6c6770f6ed0e035e91dfe88b6d21d269/docs/modello-dati/regole/AD3.dmn', confidence: 'V' },
  'anac-npa-regole-ad5': { title: 'ANAC, repository NPA: regola ERR100 della scheda AD5, importo di aggiudicazione inferiore a 5.000 € (docs/modello-dati/regole/AD5.dmn, commit 21f8640c)', kind: 'technical', date: '2025-09-01', url: 'https://github.com/anticorruzione/npa/blob/21f8640c6c6770f6ed0e035e91dfe88b6d21d269/docs/modello-dati/regole/AD5.dmn', confidence: 'V' },
  'anac-npa-dati-comuni': { title: 'ANAC, repository NPA: modello dati comune delle schede, quadro economico e importo AD5 al netto di opzioni e rinnovi (docs/modello-dati/schede/modello-dati-schede-dati-comuni.yaml, commit 21f8640c)', kind: 'technical', date: '2026-05-19', url: 'https://github.com/anticorruzione/npa/blob/21f8640c6c6770f6ed0e035e91dfe88b6d21d269/docs/modello-dati/schede/modello-dati-schede-dati-comuni.yaml', confidence: 'V' },
  'anac-npa-roadmap': { title: 'ANAC, repository NPA: roadmap, voce 61141 (tetto massimo sulla scheda AD3 in produzione dal 30/06/2026) (roadmap.md, commit 21f8640c)', kind: 'technical', date: '2026-06-30', url: 'https://github.com/anticorruzione/npa/blob/21f8640c6c6770f6ed0e035e91dfe88b6d21d269/roadmap.md', confidence: 'V' },
  'anac-npa-specifiche-servizi': { title: 'ANAC, repository NPA: specifiche dei servizi, conferma-appalto e recupera-cig (docs/specifiche-interfacce/documento-specifiche-servizi-npa.md, commit 21f8640c)', kind: 'technical', date: '2026-05-26', url: 'https://github.com/anticorruzione/npa/blob/21f8640c6c6770f6ed0e035e91dfe88b6d21d269/docs/specifiche-interfacce/documento-specifiche-servizi-npa.md', confidence: 'V' },
  'anac-npa-regole-pnrr': { title: 'ANAC, repository NPA: regole REG18 e REG19 delle schede (CUP obbligatorio per gli appalti PNRR/PNC), assenti nella scheda AD5 (docs/modello-dati/regole/*.dmn, commit 21f8640c)', kind: 'technical', date: '2026-03-27', url: 'https://github.com/anticorruzione/npa/blob/21f8640c6c6770f6ed0e035e91dfe88b6d21d269/docs/modello-dati/regole/AD3.dmn', confidence: 'V' },
  'npa-issue-714': { title: 'ANAC (anac-uscp), risposta sul tracker NPA n. 714 e nn. 717, 587: uso delle schede AD1_25, AD2_25 e AD3', kind: 'anac-faq', date: '2023-11-29', url: 'https://github.com/anticorruzione/npa/issues/714', confidence: 'P' },
  'npa-issue-2515': { title: 'ANAC (OperatoreIT), risposta sul tracker NPA n. 2515: la regola sul tetto della scheda AD3 è rinviata', kind: 'anac-faq', date: '2025-09-01', url: 'https://github.com/anticorruzione/npa/issues/2515', confidence: 'P' },
  'npa-issue-3017': { title: 'Tracker NPA n. 3017: la regola della scheda AD3 usa "maggiore di" al posto di "pari o superiore" (segnalazione presa in carico, aperta)', kind: 'technical', date: '2026-07-31', url: 'https://github.com/anticorruzione/npa/issues/3017', confidence: 'V' },
  'npa-issue-834': { title: 'Tracker NPA n. 834: somme per opzioni, rinnovi e ripetizioni si aggiungono agli altri importi del quadro economico', kind: 'technical', date: null, url: 'https://github.com/anticorruzione/npa/issues/834', confidence: 'P' },
  'anac-comunicato-2024-06-28': { title: 'Comunicato ANAC del 28 giugno 2024 (deroghe all\'interfaccia web della PCP fino al 31 dicembre 2024, anche per gli affidamenti in house)', kind: 'anac-act', date: '2024-06-28', url: null, confidence: 'V', via: 'riportato da cna.it e lavoripubblici.it' },
  'anac-comunicato-2024-12-18': { title: 'Comunicato ANAC del 18 dicembre 2024 (deroghe fino al 30 giugno 2025; interfaccia web confermata per i contratti a sola tracciabilità, scheda P5)', kind: 'anac-act', date: '2024-12-18', url: null, confidence: 'V', via: 'riportato da anci.fvg.it e community.omniavis.it' },
  'anac-comunicato-2025-06-18': { title: 'Comunicato ANAC del 18 giugno 2025 (interfaccia web della PCP per gli affidamenti sotto 5.000 € fino a nuova comunicazione, solo se il ricorso alla piattaforma è impossibile o difficile)', kind: 'anac-act', date: '2025-06-18', url: 'https://www.anticorruzione.it/-/comunicato-del-presidente-del-18-giugno-2025', confidence: 'V', via: 'riportato anche da moltocomuni.it e isweb.it' },
  'anac-delibera-122-2022': { title: 'Delibera ANAC n. 122 del 16 marzo 2022 (CIG ordinario, non Smart CIG, per gli affidamenti finanziati con PNRR e PNC)', kind: 'anac-act', date: '2022-03-16', url: null, confidence: 'V', via: 'riportata da tuttogare.it, digitale.regione.emilia-romagna.it e community.omniavis.it' },
  'dl13-2023-art5': { title: 'D.L. 24 febbraio 2023, n. 13, art. 5, comma 5 (CIG ordinario per gli affidamenti PNRR e PNC superiori a 5.000 €)', kind: 'law', date: '2023-02-24', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legge:2023-02-24;13~art5', confidence: 'V', via: 'come riportato da digitale.regione.emilia-romagna.it e community.omniavis.it (testo del decreto non riletto)' },
  // issue 10 (mobile and offline): the open data the simulated Smart CIG range was checked against
  'ondata-liberiamoli-tutti': { title: 'onData, liberiamoli-tutti: CIG e gare dai dati aperti ANAC 2014-2026 (github.com/ondata/liberiamoli-tutti)', kind: 'secondary', date: null, url: 'https://github.com/ondata/liberiamoli-tutti', confidence: 'V' },
} satisfies Record<string, Source>;

export type SourceId = keyof typeof registry;

export const SOURCES: Readonly<Record<SourceId, Source>> = registry;

function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(SOURCES, id);
}

/**
 * Every id, in the registry's order (for the FAQ schema's enum). A function, not a constant: the
 * module then runs nothing when loaded, so pages that import it without citing anything drop it.
 */
export function sourceIds(): SourceId[] {
  return Object.keys(SOURCES).filter(isSourceId);
}

/** The citation text of one or more sources, as shown in notes and items. */
export function cite(...ids: SourceId[]): string {
  return ids.map((id) => SOURCES[id].title).join('; ');
}
