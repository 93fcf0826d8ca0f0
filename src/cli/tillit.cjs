#!/usr/bin/env node
// The `tillit` bin: runs the TypeScript sources through tsx, so there is no build step between
// a checkout and `npx tillit …` (and PnPjs's ES modules load from CommonJS). main() reports
// every failure itself, as one sentence (src/cli/report-failure.ts), and resolves with the exit code.
require('tsx/cjs');
const { main } = require('./tillit.ts');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
