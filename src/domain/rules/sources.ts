/**
 * The acts and documents the rules come from. Every rule entry names one or more of these ids.
 * `confidence` follows the project's domain reference: V verified, P partly verified (shown with
 * its source), U unverified (never used to decide, only to say what is known).
 */
export type Confidence = 'V' | 'P' | 'U';

export interface Source {
  id: string;
  /** How the product cites it, in Italian. */
  title: string;
  url: string | null;
  confidence: Confidence;
}

const list = [
  { id: 'l136-2010', title: 'Legge 13 agosto 2010, n. 136, art. 3 (tracciabilità dei flussi finanziari)', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2010-08-13;136', confidence: 'V' },
  { id: 'avcp-comunicato-2011-05-02', title: 'Comunicato AVCP del 2 maggio 2011 (avvio dello Smart CIG)', url: null, confidence: 'V' },
  { id: 'avcp-comunicato-2011-07-15', title: 'Comunicato AVCP del 15 luglio 2011 (Smart CIG sotto 40.000 € anche per servizi e forniture, L. 106/2011)', url: null, confidence: 'V' },
  { id: 'dlgs163-art29', title: 'D.lgs. 12 aprile 2006, n. 163, art. 29, comma 1 (calcolo del valore stimato)', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2006-04-12;163~art29', confidence: 'P' },
  { id: 'dlgs163-art125', title: 'D.lgs. 12 aprile 2006, n. 163, art. 125 (acquisizioni in economia)', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2006-04-12;163~art125', confidence: 'V' },
  { id: 'dlgs50-art35', title: 'D.lgs. 18 aprile 2016, n. 50, art. 35, comma 4 (valore stimato, opzioni e rinnovi)', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2016-04-18;50~art35', confidence: 'V' },
  { id: 'dlgs50-art106', title: 'D.lgs. 18 aprile 2016, n. 50, art. 106, commi 11 e 12 (proroga tecnica, quinto d\'obbligo)', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2016-04-18;50~art106', confidence: 'V' },
  { id: 'dlgs36-art14', title: 'D.lgs. 31 marzo 2023, n. 36, art. 14, comma 4 (valore stimato, opzioni e rinnovi)', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2023-03-31;36~art14', confidence: 'V' },
  { id: 'dlgs36-art50', title: 'D.lgs. 31 marzo 2023, n. 36, art. 50, comma 1 (affidamenti diretti: lavori sotto 150.000 €, servizi e forniture sotto 140.000 €)', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2023-03-31;36~art50', confidence: 'V' },
  { id: 'dlgs36-art120', title: 'D.lgs. 31 marzo 2023, n. 36, art. 120, commi 9, 10 e 11 (quinto d\'obbligo, opzione di proroga, proroga tecnica)', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2023-03-31;36~art120', confidence: 'V' },
  { id: 'dlgs36-art225', title: 'D.lgs. 31 marzo 2023, n. 36, artt. 225 e 229 (efficacia dal 1° luglio 2023, digitalizzazione dal 1° gennaio 2024)', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2023-03-31;36~art225', confidence: 'V' },
  { id: 'anac-faq-rinnovo', title: 'FAQ ANAC sul CIG in caso di rinnovo, opzione di proroga e proroga tecnica (d.lgs. 50/2016)', url: null, confidence: 'V' },
  { id: 'anac-faq-tracciabilita-a39', title: 'FAQ ANAC sulla tracciabilità A39 e Comunicato ANAC del 28 ottobre 2015 (nuovo CIG per modifiche oltre il quinto)', url: 'https://www.anticorruzione.it/-/tracciabilit%C3%A0-dei-flussi-finanziari', confidence: 'V' },
  { id: 'anac-air-bando-tipo-1', title: 'ANAC, AIR sul bando-tipo n. 1 (la proroga tecnica non è quantificabile; la stazione appaltante può stimarla)', url: null, confidence: 'P' },
  { id: 'anac-delibera-582-2023', title: 'Delibera ANAC n. 582 del 13 dicembre 2023 (dal 1° gennaio 2024 CIG solo tramite piattaforme certificate e PCP; dismissione di Smart CIG)', url: 'https://www.anticorruzione.it/-/delibera-582-del-13-dicembre-2023', confidence: 'V' },
  { id: 'anac-comunicato-2024-01-10', title: 'Comunicato ANAC del 10 gennaio 2024 e successive proroghe fino al Comunicato del 18 giugno 2025 (interfaccia web PCP per affidamenti diretti sotto 5.000 €)', url: 'https://www.anticorruzione.it/-/comunicato-del-presidente-del-18-giugno-2025', confidence: 'V' },
  { id: 'anac-npa-schede', title: 'ANAC, repository NPA: schede AD5 e AD3 e regole dell\'orchestratore (github.com/anticorruzione/npa)', url: 'https://github.com/anticorruzione/npa', confidence: 'V' },
  { id: 'anac-cig-algoritmo', title: 'ANAC, algoritmo di validazione del CIG (github.com/anticorruzione/npa, docs/Algoritmo validazione CIG)', url: 'https://github.com/anticorruzione/npa', confidence: 'V' },
  { id: 'simog-docs', title: 'ANAC, documentazione SIMOG v3.04.7, scheda S02 creazione lotto (github.com/anticorruzione/simog-docs)', url: 'https://github.com/anticorruzione/simog-docs', confidence: 'V' },
  { id: 'infn-wiki-smartcig', title: 'Guida interna INFN allo Smart CIG (voci del modulo, "Contratti di importo inferiore a Euro 40.000")', url: 'https://wiki.infn.it/strutture/lnf/dr/calcolo/amm/smart_cig', confidence: 'P' },
  { id: 'l266-2005', title: 'Legge 23 dicembre 2005, n. 266, art. 1, commi 65 e 67 (contributo all\'Autorità)', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2005-12-23;266', confidence: 'V' },
  { id: 'anac-contributi-2018-2022', title: 'Delibere ANAC n. 1300/2017, 1174/2018, 1197/2019, 830/2021 (contributi 2018-2022)', url: 'https://www.gazzettaufficiale.it/eli/id/2022/03/17/22A01640/sg', confidence: 'V' },
  { id: 'dl34-2020-art65', title: 'D.L. 19 maggio 2020, n. 34, art. 65 (esonero dai contributi dal 19 maggio al 31 dicembre 2020)', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legge:2020-05-19;34~art65', confidence: 'V' },
  { id: 'anac-delibera-621-2022', title: 'Delibera ANAC n. 621 del 20 dicembre 2022 (contributi 2023: importi precedenti fino al 31 marzo, nuovi dal 1° aprile 2023)', url: 'https://www.gazzettaufficiale.it/eli/id/2023/03/09/23A01437/sg', confidence: 'P' },
  { id: 'anac-delibera-610-2023', title: 'Delibera ANAC n. 610 del 19 dicembre 2023 (contributi 2024)', url: 'https://www.gazzettaufficiale.it/eli/id/2024/01/12/24A00117/sg', confidence: 'V' },
  { id: 'anac-delibera-598-2024', title: 'Delibera ANAC n. 598 del 30 dicembre 2024 (contributi 2025)', url: 'https://www.gazzettaufficiale.it/eli/id/2025/04/11/25A02264/sg', confidence: 'P' },
  { id: 'anac-comunicato-2021-05', title: 'Indicazioni ANAC durante il disservizio della piattaforma (maggio 2021)', url: null, confidence: 'V' },
] as const satisfies readonly Source[];

export type SourceId = (typeof list)[number]['id'];

export const SOURCES: Readonly<Record<SourceId, Source>> = Object.fromEntries(list.map((s) => [s.id, s])) as Record<SourceId, Source>;

/** The citation text of one or more sources, as shown in notes and items. */
export function cite(...ids: SourceId[]): string {
  return ids.map((id) => SOURCES[id].title).join('; ');
}
