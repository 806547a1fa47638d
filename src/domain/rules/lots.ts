/**
 * Issue 11, lots: which law sums the lots and whether a small-lots derogation is known, by the date the
 * procedure starts. The estimated value and every threshold are computed on the sum of the lots (art. 35
 * c.9-10 d.lgs. 50/2016, art. 14 c.9-10 d.lgs. 36/2023); the derogation for small lots is a row attribute:
 * `smallLots: null` where the project's sources do not give it (the engine then says "da verificare").
 */
import type { Period } from './periods.ts';
import type { SourceId } from './sources.ts';
import type { ObjectKind } from './kinds.ts';

interface SmallLots {
  /** A lot below this value ("inferiore a") may be awarded with the procedures below the EU threshold. */
  below: Readonly<Record<ObjectKind, string>>;
  /** ...as long as such lots together do not exceed this share of the total value of all lots. */
  share: string;
  sources: readonly SourceId[];
}

export interface LotRule extends Period {
  /** Where the sum of the lots is written; null where the project's sources do not verify it for the period. */
  sumSources: readonly SourceId[] | null;
  smallLots: SmallLots | null;
  /** Where the one CIG per lot is written, by system. */
  cigSources: readonly SourceId[];
}

export const LOT_RULES: readonly LotRule[] = [
  { from: '2011-05-02', to: '2016-04-18', sumSources: null, smallLots: null, cigSources: ['simog-docs'] },
  { from: '2016-04-19', to: '2023-06-30', sumSources: ['dlgs50-art35-lotti'], smallLots: null, cigSources: ['simog-docs'] },
  { from: '2023-07-01', to: '2023-12-31', sumSources: ['dlgs36-art14-lotti'], cigSources: ['simog-docs'],
    smallLots: { below: { works: '1000000', services: '80000', supplies: '80000' }, share: '0.20', sources: ['dlgs36-art14-lotti'] } },
  { from: '2024-01-01', to: null, sumSources: ['dlgs36-art14-lotti'], cigSources: ['anac-npa-specifiche-servizi'],
    smallLots: { below: { works: '1000000', services: '80000', supplies: '80000' }, share: '0.20', sources: ['dlgs36-art14-lotti'] } },
];
