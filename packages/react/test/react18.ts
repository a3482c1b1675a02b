// Makes the react18 project load one React: redirects Node's own require() of react/react-dom.
//
// Why: the react18 Vitest project aliases `react`/`react-dom` to the `react-18`/`react-dom-18`
// installs, but aliases only apply to modules Vite transforms. react-dom 18 and Testing Library
// are CommonJS loaded by Node, whose require('react') finds React 19 (pnpm linked the alias's
// peer to the workspace's react). Imported first by helpers.ts; a no-op under React 19.
import { createRequire } from 'node:module';
import { version } from 'react';

interface NodeModule {
  _resolveFilename(request: string, parent: unknown, ...rest: unknown[]): string;
}

if (version.startsWith('18.')) {
  const require = createRequire(import.meta.url);
  const Module = require('node:module') as NodeModule;
  const dirs: Record<string, string> = {
    react: require.resolve('react-18/package.json').replace(/\/package\.json$/, ''),
    'react-dom': require.resolve('react-dom-18/package.json').replace(/\/package\.json$/, ''),
  };
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    const match = /^(react|react-dom)(\/.*)?$/.exec(request);
    return resolve.call(this, match ? dirs[match[1]!]! + (match[2] || '') : request, ...rest);
  };
}
