import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCarnetScript } from '../../../src/domain/simulation/script.ts';

/** Partial match as CONTRACT §6 says: keys given must be equal, arrays same length, element by element. */
function partialMatch(actual: unknown, expected: unknown, path = ''): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: not an array`];
    if (actual.length !== expected.length) return [`${path}: length ${actual.length} != ${expected.length}`];
    return expected.flatMap((e, i) => partialMatch(actual[i], e, `${path}[${i}]`));
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return [`${path}: not an object`];
    return Object.entries(expected).flatMap(([k, v]) => partialMatch((actual as Record<string, unknown>)[k], v, `${path}.${k}`));
  }
  return Object.is(actual, expected) ? [] : [`${path}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`];
}

describe('runCarnetScript', () => {
  it('matches the contract example 04-carnet.json', () => {
    const ex = JSON.parse(readFileSync(new URL('../../../../shared/spec/examples/04-carnet.json', import.meta.url), 'utf8'));
    expect(partialMatch(runCarnetScript(ex.input), ex.expect)).toEqual([]);
  });

  it('reads the state at asOf: the contract sample is blocked on 2011-09-02', () => {
    const out = runCarnetScript({
      actions: [
        { date: '2011-05-04', type: 'requestCarnet' },
        { date: '2011-05-10', type: 'communicate', carnet: 'CARNET/0000001', cig: 1, data: { oggetto: 'stampe digitali', importo: '1500', oggettoPrincipale: 'FORNITURE', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO' } },
        { date: '2011-05-11', type: 'cancel', carnet: 'CARNET/0000001', cig: 2 },
        { date: '2011-05-12', type: 'requestSmartCig', data: { fattispecieContrattuale: 'SERVIZI_FORNITURE_INF_20000', importo: '12000', oggetto: 'manutenzione', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO', oggettoPrincipale: 'SERVIZI' } },
      ],
      asOf: '2011-09-02',
    });
    if ('error' in out) throw new Error(out.error.message);
    expect(out.results.map((r) => r.ok)).toEqual([true, true, true, true]);
    expect(out.state.carnets[0]).toMatchObject({ status: 'SCADUTO', counts: { nonRendicontati: 48, comunicati: 1, annullati: 1 } });
    expect(out.state.carnets[0]!.cigs[1]).toMatchObject({ status: 'ANNULLATO' });
    expect(out.state.smartCigs).toHaveLength(1);
    expect(out.state.canRequestCarnet).toBe(false);
    expect(out.state.blockedReason).toContain('CARNET/0000001');
  });

  it('on 2011-09-01 (the deadline itself) a new carnet is still allowed', () => {
    const out = runCarnetScript({ actions: [{ date: '2011-05-04', type: 'requestCarnet' }], asOf: '2011-09-01' });
    if ('error' in out) throw new Error(out.error.message);
    expect(out.state.canRequestCarnet).toBe(true);
    expect(out.state.blockedReason).toBeUndefined();
  });

  it('refusals are results with their code; later actions go on', () => {
    const out = runCarnetScript({ actions: [
      { date: '2011-05-04', type: 'requestCarnet' },
      { date: '2011-05-05', type: 'requestCarnet', size: 10 },
      { date: '2011-05-06', type: 'requestCarnet' },
      { date: '2011-05-05', type: 'cancel', carnet: 'CARNET/0000001', cig: 3 },
      { date: '2011-05-07', type: 'cancel', carnet: 'CARNET/0000002', cig: 11 },
      { date: '2011-05-08', type: 'cancel', carnet: 'CARNET/0000002', cig: 10 },
      { date: '2011-05-09', type: 'cancel', carnet: 'CARNET/0000002', cig: 10 },
      { date: '2011-05-10', type: 'communicate', carnet: 'CARNET/0000002', cig: 1, data: { oggetto: 'x', importo: '25000', oggettoPrincipale: 'SERVIZI', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO' } },
    ] });
    if ('error' in out) throw new Error(out.error.message);
    expect(out.results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(
      ['ok', 'ok', 'CARNET_LIMIT', 'DATE_ORDER', 'NOT_FOUND', 'ok', 'CIG_NOT_AVAILABLE', 'INVALID_INPUT']);
    expect(out.state.carnets[1]).toMatchObject({ size: 10, counts: { nonRendicontati: 9, comunicati: 0, annullati: 1 } });
  });

  it.each([
    [null, ''],
    [[], ''],
    [{}, 'actions'],
    [{ actions: [{ date: '2011-05-04', type: 'requestCarnet', size: 51 }] }, 'actions.0.size'],
    [{ actions: [{ date: '2011-05-04', type: 'requestCarnet', sise: 5 }] }, 'actions.0'],
    [{ actions: [{ date: '2011-02-30', type: 'requestCarnet' }] }, 'actions.0.date'],
    [{ actions: [{ date: '2011-04-30', type: 'requestCarnet' }] }, 'actions.0.date'],
    [{ actions: [{ date: '2011-05-04', type: 'buy' }] }, 'actions.0.type'],
    [{ actions: [{ date: '2011-05-04', type: 'cancel' }] }, 'actions.0.carnet'],
    [{ actions: [{ date: '2011-05-04', type: 'communicate', carnet: 'CARNET/0000001', cig: 1, data: { importo: 1500 } }] }, 'actions.0.data.importo'],
    [{ actions: [{ date: '2011-05-04', type: 'communicate', carnet: 'CARNET/0000001', cig: 1, data: { prezzo: '1' } }] }, 'actions.0.data'],
    [{ actions: [{ date: '2011-05-04', type: 'requestCarnet' }], asOf: '2011-05-03' }, 'asOf'],
  ])('malformed input %j gives INVALID_INPUT naming %s, never throws', (raw, path) => {
    const out = runCarnetScript(raw);
    expect('error' in out).toBe(true);
    if ('error' in out) {
      expect(out.error.code).toBe('INVALID_INPUT');
      expect(out.error.issues.map((i) => i.path)).toContain(path);
      for (const i of out.error.issues) expect(i.message).not.toMatch(/Invalid input|Expected/);
    }
  });
});
