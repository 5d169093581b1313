// Loaded (--require) into Stryker's test runner processes only (stryker.config.mjs).
// @stryker-mutator/mocha-runner 9 requires mocha's `lib/cli/run-helpers` and `lib/cli/options`
// without an extension; mocha 12 ships them as `.cjs`, which require() does not try.
// Stryker 10 supports mocha 12 but needs Node 22; the project runs on Node 20.
const Module = require('node:module');
const path = require('node:path');

const resolve = Module._resolveFilename;
const mochaCli = `${path.sep}mocha${path.sep}lib${path.sep}cli${path.sep}`;
Module._resolveFilename = function (request, ...rest) {
  try {
    return resolve.call(this, request, ...rest);
  } catch (e) {
    if (path.isAbsolute(request) && request.includes(mochaCli) && !path.extname(request)) return resolve.call(this, `${request}.cjs`, ...rest);
    throw e;
  }
};
