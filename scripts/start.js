#!/usr/bin/env node
// `npm start`: opens the bundled corpus in VS Code with the extension loaded when
// VS Code's `code` command is available; otherwise says so and prints the analysis
// and the related-claim table with the command line instead.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const corpus = path.join(root, 'corpus');
const hasCode = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { stdio: 'ignore' }).status === 0;

if (hasCode && !process.env.CI) {
  console.log(`Opening ${corpus} in VS Code with Corpus Annotator loaded (Extension Development Host)…`);
  const r = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${root}`, corpus], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status ?? 0);
}
console.log(hasCode ? 'CI is set: printing the analysis instead of opening VS Code.\n' : "VS Code's `code` command is not on the PATH, so the corpus is analysed on the command line instead.\n");
const cli = path.join(root, 'dist', 'cli.js');
for (const args of [['analyze', corpus], ['claims', corpus]]) {
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
