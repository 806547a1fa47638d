import { describe, expect, it } from 'vitest';
import { EU_THRESHOLDS, euThresholdFor } from '../../../src/domain/rules/eu-thresholds.ts';
import { periodProblems } from '../../../src/domain/rules/periods.ts';
import { FIRST_SUPPORTED_DATE } from '../../../src/domain/rules/supported.ts';

describe('EU thresholds by biennium', () => {
  it('run unbroken from the first supported date, one biennium after the other', () => {
    expect(periodProblems(EU_THRESHOLDS, FIRST_SUPPORTED_DATE)).toEqual([]);
  });

  it.each([
    // date, object, authority, sector, threshold
    ['2025-12-31', 'works', 'subCentral', 'ordinary', '5538000'],
    ['2026-01-01', 'works', 'subCentral', 'ordinary', '5404000'],
    ['2025-12-31', 'services', 'subCentral', 'ordinary', '221000'],
    ['2026-01-01', 'services', 'subCentral', 'ordinary', '216000'],
    ['2026-01-01', 'supplies', 'central', 'ordinary', '140000'],
    ['2026-01-01', 'services', 'central', 'special', '432000'],
    ['2023-09-01', 'services', 'subCentral', 'ordinary', '215000'],
    ['2023-09-01', 'services', 'central', 'ordinary', '140000'],
    ['2019-12-31', 'services', 'subCentral', 'ordinary', '221000'],
    ['2020-01-01', 'services', 'subCentral', 'ordinary', '214000'],
    ['2018-10-01', 'works', 'central', 'ordinary', '5548000'],
  ] as const)('on %s for %s (%s, %s) the threshold is %s', (date, object, authority, sector, amount) => {
    expect(euThresholdFor(date, object, authority, sector).amount).toBe(amount);
  });

  it('default to a sub-central authority in the ordinary sectors', () => {
    expect(euThresholdFor('2026-11-21', 'services').amount).toBe('216000');
  });
});
