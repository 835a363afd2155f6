/**
 * Import cycles, checked by `npm run lint`. Layer and face rules live in eslint.config.js; this file only
 * refuses circles (type-only imports included: a circle of types is still a circle a reader has to untangle).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: split what both sides need into a file of its own (a model.ts, a face).',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
