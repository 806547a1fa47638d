import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/golden/**/*.test.ts'],
    environment: 'node',
    // one fixed fast-check seed (FC_SEED=random to explore): see the file
    setupFiles: ['tests/unit/fast-check-seed.ts'],
  },
});
