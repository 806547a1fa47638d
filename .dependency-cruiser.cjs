// Import rules of the layers (docs/architettura.md explains them). Run: npx depcruise src tests scripts
// Each rule names the layer it protects; its comment is what `depcruise` prints when it is broken.
// Limitation: dependency-cruiser cannot read the frontmatter of .astro files, so they are nodes that other
// files may import (and that rules can forbid as targets), but their own imports are not checked here
// (knip still parses them for unused files and exports).

/** The folders of src/, as regex alternatives. */
const UI = 'src/(copy|components|machines|lib|pages|layouts|styles|cli)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Import cycle: two modules of src/ depend on each other. Move what both need into a third module ' +
        '(for rules: data in src/domain/rules/, the functions that read it beside them).',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'src/domain/ is pure TypeScript: it may import only src/domain/ itself (no words from src/copy/, no ' +
        'components, machines, lib, pages, layouts or cli). Return a code and let src/copy/ turn it into Italian.',
      from: { path: '^src/domain/' },
      to: { path: `^${UI}|^src/content\\.config\\.ts$` },
    },
    {
      name: 'domain-packages',
      severity: 'error',
      comment:
        'src/domain/ runs in the browser, the CLI and the build alike: the only packages it may use are ' +
        'decimal.js (through src/domain/money.ts) and zod/mini. No Astro, Preact, XState, node: built-ins.',
      from: { path: '^src/domain/' },
      to: {
        dependencyTypesNot: ['local'],
        couldNotResolve: false,
        pathNot: ['^node_modules/decimal\\.js/', '^node_modules/zod/(v4/)?mini/'],
      },
    },
    {
      name: 'decimal-only-in-money',
      severity: 'error',
      comment:
        'Money goes through src/domain/money.ts (strings in, strings out): import its functions instead of decimal.js.',
      from: { path: '^src/', pathNot: '^src/domain/money\\.ts$' },
      to: { path: '^node_modules/decimal\\.js/' },
    },
    {
      name: 'machines-only-route',
      severity: 'error',
      comment:
        'src/machines/ only route: a machine may import XState and src/domain/ (its guards call domain ' +
        'predicates), nothing else. Words belong to src/copy/ and are read by the components.',
      from: { path: '^src/machines/' },
      to: {
        pathNot: ['^src/machines/', '^src/domain/', '^node_modules/xstate/'],
      },
    },
    {
      name: 'copy-is-words',
      severity: 'error',
      comment:
        'src/copy/ holds the words of the interface: it may import other copy files and types or codes from ' +
        'src/domain/, never components, machines, lib, pages, layouts, the CLI or a package.',
      from: { path: '^src/copy/' },
      to: {
        pathNot: ['^src/copy/', '^src/domain/'],
      },
    },
    {
      name: 'cli-uses-domain',
      severity: 'error',
      comment:
        'The command line (src/cli/) calls the same domain functions as the site: it may import src/domain/, ' +
        'src/copy/ (to explain reason codes) and node: built-ins, not the site (components, machines, lib, pages).',
      from: { path: '^src/cli/' },
      to: {
        pathNot: ['^src/cli/', '^src/domain/', '^src/copy/', '^node_modules/zod/(v4/)?mini/'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'lib-is-glue',
      severity: 'error',
      comment: 'src/lib/ is small glue (routes, the useMachine hook): it must not import components, pages, layouts or copy.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(components|pages|layouts|copy|cli)/' },
    },
    {
      name: 'components-not-pages',
      severity: 'error',
      comment: 'Components are used by pages and layouts, not the other way round; nothing imports a page or the CLI.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/(pages|cli)/' },
    },
    {
      name: 'zod-mini-in-the-browser',
      severity: 'error',
      comment:
        'Code that can reach the browser uses zod/mini (about 5 KB) and never classic zod (about 90 KB); ' +
        'classic zod is for the build only (src/content.config.ts via astro/zod).',
      from: { path: '^src/(domain|copy|machines|components|lib)/' },
      to: { path: '^node_modules/zod/', pathNot: '^node_modules/zod/(v4/)?mini/' },
    },
    {
      name: 'src-not-tests',
      severity: 'error',
      comment: 'Code in src/ must not import tests or scripts.',
      from: { path: '^src/' },
      to: { path: '^(tests|scripts)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'This import cannot be resolved to a file: a typo in the path, a missing extension, or a package ' +
        'that is not installed. (Astro virtual modules such as astro:content are allowed.)',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
    {
      name: 'not-to-dev-dep-outside-package',
      severity: 'error',
      comment: 'Every package imported must be listed in package.json (devDependencies: the site is static).',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // .astro files are collected as modules (so imports of them resolve and are checked), not parsed.
    extraExtensionsToScan: ['.astro'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default', 'node'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.astro', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
