import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');

// Issue 30, held well: the claim timeline shows article text (claim figures, article
// names, group labels). Its page loads only its own script and draws text, never HTML.
describe('the claim timeline webview', () => {
  it('puts text on the page only as text, never as HTML', () => {
    const script = fs.readFileSync(path.join(ROOT, 'src/webview/timeline.ts'), 'utf8');
    assert.doesNotMatch(script, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|new Function|eval\(/);
    assert.match(script, /textContent/);
  });

  it('allows no source but its own script, by nonce, and no network', () => {
    const host = fs.readFileSync(path.join(ROOT, 'src/extension/claimTimeline.ts'), 'utf8');
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(host)?.[1];
    assert.ok(csp, 'the page sets a Content-Security-Policy');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-\$\{nonce\}';/);
    assert.doesNotMatch(csp, /https?:|unsafe-inline|unsafe-eval|\*/);
    assert.match(host, /localResourceRoots: \[vscode\.Uri\.joinPath\(extensionUri, 'dist'\)\]/);
  });
});
