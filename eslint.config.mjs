// The layers' fence (npm run lint, part of npm test). Only import rules are on: the two
// that keep the layers apart (src/core is pure TypeScript and never imports VS Code; the
// command line never reaches into the extension) and no-require-imports, which the code's
// few deliberate require() calls already answer. typescript-eslint parses the TypeScript.
import tseslint from 'typescript-eslint';

const VSCODE = { name: 'vscode', message: 'src/core is pure TypeScript: adapt it in src/extension instead.' };
const EXTENSION = { group: ['**/extension', '**/extension/**'], message: 'the command line is thin over src/core and never imports src/extension.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'src/webview/**', 'artifacts/**'] },
  { files: ['**/*.ts'], extends: [tseslint.configs.base], rules: { '@typescript-eslint/no-require-imports': 'error' } },
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: [VSCODE] }] } },
  { files: ['src/cli/**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: [VSCODE], patterns: [EXTENSION] }] } },
);
