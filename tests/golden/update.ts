/**
 * Rewrites the recorded answers of the golden corpus: `npm run golden:update`. Run it only in the
 * commit that changes a rule on purpose, and say in the commit message why the answers changed.
 */
import { writeFileSync } from 'node:fs';
import { GOLDEN_FILES, adviseCorpus, carnetCorpus, record } from './corpus.ts';

writeFileSync(GOLDEN_FILES.advise, record('advise', adviseCorpus()));
writeFileSync(GOLDEN_FILES.carnet, record('carnet', carnetCorpus()));
console.log('golden: recorded answers rewritten');
