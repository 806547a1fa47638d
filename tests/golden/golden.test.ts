/**
 * The command line answers the golden corpus exactly as recorded: same exit code and same bytes
 * (by hash) for every scenario and carnet script. A difference is a change of advice: if it is
 * meant, the same commit changes the rule, runs `npm run golden:update` and says why.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_FILES, adviseCorpus, carnetCorpus, record } from './corpus.ts';

function compare(expected: string, actual: string) {
  const e = expected.split('\n');
  const a = actual.split('\n');
  const diffs: string[] = [];
  for (let i = 0; i < Math.max(e.length, a.length) && diffs.length < 5; i++) {
    if (e[i] !== a[i]) diffs.push(`- ${e[i] ?? '(none)'}\n+ ${a[i] ?? '(none)'}`);
  }
  return { count: e.filter((line, i) => line !== a[i]).length + Math.max(0, a.length - e.length), diffs };
}

describe('golden corpus', () => {
  it('has at least 5,000 advise inputs and 200 carnet scripts, and the recorded form stays under 2 MB', () => {
    expect(adviseCorpus().length).toBeGreaterThanOrEqual(5000);
    expect(carnetCorpus()).toHaveLength(200);
    const size = readFileSync(GOLDEN_FILES.advise).length + readFileSync(GOLDEN_FILES.carnet).length;
    expect(size).toBeLessThan(2 * 1024 * 1024);
  });

  it('the same seed gives the same corpus', () => {
    expect(JSON.stringify(adviseCorpus())).toBe(JSON.stringify(adviseCorpus()));
    expect(JSON.stringify(carnetCorpus())).toBe(JSON.stringify(carnetCorpus()));
  });

  for (const command of ['advise', 'carnet'] as const) {
    it(`${command}: every answer is byte for byte the recorded one`, { timeout: 60_000 }, () => {
      const expected = readFileSync(GOLDEN_FILES[command], 'utf8');
      const actual = record(command, command === 'advise' ? adviseCorpus() : carnetCorpus());
      const { count, diffs } = compare(expected, actual);
      expect(count, `${count} answers differ from the recorded ones (first ones below). If the change is meant, run npm run golden:update in the commit that changes the rule.\n${diffs.join('\n')}`).toBe(0);
    });
  }
});
