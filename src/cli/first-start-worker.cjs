// The worker thread of a first start (first-start-worker.ts): tsx compiles the TypeScript sources
// here as it does for the `tillit` bin, since a worker does not inherit the main thread's loader.
require('tsx/cjs');
require('./first-start-worker.ts');
