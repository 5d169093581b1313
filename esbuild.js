// Bundles the command line, the analysis worker, the VS Code extension and its webview with esbuild.
// Type-checking is a separate `tsc --noEmit` step; tests are compiled with tsc.
const fs = require('node:fs');
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Marks a built file executable, so that `./dist/cli.js` runs as npm's installed command does. */
function executable(file) {
  return {
    name: 'executable',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length === 0 && fs.existsSync(file)) fs.chmodSync(file, 0o755);
      });
    },
  };
}

/** @type {import('esbuild').BuildOptions[]} */
const targets = [
  {
    // cli.js, the `corpus-annotator` command, decides where to run (launcher.ts). Run as
    // a program, its #! line starts Node with V8's helper pool sized from the cores (see
    // src/cli/v8Pool.ts) and the other V8 flags an analysis wants (ANALYSIS_V8_FLAGS there),
    // so a large analysis need not start a second Node for them. Only `-S` and the Node
    // command: npm's Windows shims read this line and take the word after `-S` (and any
    // NAME=value) for the program, so `-u NAME` there would break the command on Windows.
    entryPoints: { cli: 'src/cli/launcher.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env -S node --v8-pool-size=0 --no-regexp-tier-up --no-allocation-site-pretenuring' },
    plugins: [executable('dist/cli.js')],
  },
  {
    // cli-main.js is the command line itself; cli-annotations.js holds the sidecar
    // commands, which main.ts loads only when one runs.
    entryPoints: {
      'cli-main': 'src/cli/main.ts',
      'cli-annotations': 'src/cli/annotationCommands.ts',
      'analysis-worker': 'src/core/corpus/analysisWorker.ts',
      // Hashed, not run: it keys the link cache of both the command line and the editor (see corpusLink.ts).
      'corpus-link': 'src/core/corpus/corpusLink.ts',
    },
    outdir: 'dist',
  },
  {
    // The extension host loads only this; analysis runs in dist/analysis-worker.js.
    entryPoints: { extension: 'src/extension/extension.ts' },
    outdir: 'dist',
  },
  {
    // The claim timeline runs in a webview: a browser bundle with Chart.js inside, no network.
    entryPoints: { timeline: 'src/webview/timeline.ts' },
    outdir: 'dist',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

async function main() {
  const contexts = await Promise.all(
    targets.map((t) =>
      esbuild.context({
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        sourcemap: !production,
        minify: production,
        // esbuild rewrites a regular expression literal with \p{…} into `new RegExp(…)` for
        // node20; Node has read \p{…} since 10. As literals, V8 builds each one once per
        // site; as constructor calls, it built one on every evaluation: 188,000 times
        // over the 1.2 MiB bench corpus, mostly inside loops over tokens.
        supported: { 'regexp-unicode-property-escapes': true },
        external: ['vscode'],
        logLevel: 'warning',
        ...t,
      }),
    ),
  );
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
  } else {
    await Promise.all(contexts.map((c) => c.rebuild()));
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
