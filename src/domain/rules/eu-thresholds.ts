/**
 * The EU thresholds (soglie di rilevanza europea), by biennium: a contract whose estimated value is
 * "pari o superiore" to the threshold of its object, authority and sector falls under the EU rules
 * (art. 28 d.lgs. 163/2006, art. 35 d.lgs. 50/2016, art. 14 d.lgs. 36/2023). The Commission revises
 * them every two years and they apply directly from 1 January. Amounts in euro, net of VAT.
 *
 * Services and supplies have two thresholds in the ordinary sectors: the lower one for the central
 * government authorities (Annex I of directive 2014/24: ministries and national bodies), the higher
 * one for every other (sub-central) authority: regions, municipalities, health authorities, schools.
 * Special sectors (water, energy, transport, postal services) have their own.
 */
import type { ObjectKind } from './kinds.ts';
import { requireInForce, type Period } from './periods.ts';
import type { SourceId } from './sources.ts';

/** Who awards: a central government authority or any other (the default). */
export type Authority = 'central' | 'subCentral';
/** Ordinary sectors (the default) or special sectors (settori speciali). */
export type Sector = 'ordinary' | 'special';

export interface EuThresholdRow extends Period {
  works: string;
  servicesSuppliesCentral: string;
  servicesSuppliesSubCentral: string;
  /** Special sectors: services and supplies (works use `works`). */
  specialServicesSupplies: string;
  sources: readonly SourceId[];
}

export const EU_THRESHOLDS: readonly EuThresholdRow[] = [
  { from: '2011-05-02', to: '2011-12-31', works: '4845000', servicesSuppliesCentral: '125000', servicesSuppliesSubCentral: '193000', specialServicesSupplies: '387000', sources: ['ue-soglie-2010-2011'] },
  { from: '2012-01-01', to: '2013-12-31', works: '5000000', servicesSuppliesCentral: '130000', servicesSuppliesSubCentral: '200000', specialServicesSupplies: '400000', sources: ['ue-soglie-2012-2013'] },
  { from: '2014-01-01', to: '2015-12-31', works: '5186000', servicesSuppliesCentral: '134000', servicesSuppliesSubCentral: '207000', specialServicesSupplies: '414000', sources: ['ue-soglie-2014-2015'] },
  { from: '2016-01-01', to: '2017-12-31', works: '5225000', servicesSuppliesCentral: '135000', servicesSuppliesSubCentral: '209000', specialServicesSupplies: '418000', sources: ['ue-soglie-2016-2017'] },
  { from: '2018-01-01', to: '2019-12-31', works: '5548000', servicesSuppliesCentral: '144000', servicesSuppliesSubCentral: '221000', specialServicesSupplies: '443000', sources: ['ue-soglie-2018-2019'] },
  { from: '2020-01-01', to: '2021-12-31', works: '5350000', servicesSuppliesCentral: '139000', servicesSuppliesSubCentral: '214000', specialServicesSupplies: '428000', sources: ['ue-soglie-2020-2021'] },
  { from: '2022-01-01', to: '2023-12-31', works: '5382000', servicesSuppliesCentral: '140000', servicesSuppliesSubCentral: '215000', specialServicesSupplies: '431000', sources: ['ue-soglie-2022-2023'] },
  { from: '2024-01-01', to: '2025-12-31', works: '5538000', servicesSuppliesCentral: '143000', servicesSuppliesSubCentral: '221000', specialServicesSupplies: '443000', sources: ['ue-soglie-2024-2025'] },
  { from: '2026-01-01', to: '2027-12-31', works: '5404000', servicesSuppliesCentral: '140000', servicesSuppliesSubCentral: '216000', specialServicesSupplies: '432000', sources: ['ue-soglie-2026-2027'] },
];

export interface EuThreshold {
  /** The threshold: the EU rules apply from this amount ("pari o superiore"). */
  amount: string;
  sources: readonly SourceId[];
  /** The biennium it belongs to. */
  from: string;
  to: string | null;
}

/** The EU threshold in force on a date for an object, an authority and a sector. */
export function euThresholdFor(date: string, object: ObjectKind, authority: Authority = 'subCentral', sector: Sector = 'ordinary'): EuThreshold {
  const row = requireInForce(EU_THRESHOLDS, date, 'soglia europea');
  const amount = object === 'works' ? row.works
    : sector === 'special' ? row.specialServicesSupplies
      : authority === 'central' ? row.servicesSuppliesCentral : row.servicesSuppliesSubCentral;
  return { amount, sources: row.sources, from: row.from, to: row.to };
}
