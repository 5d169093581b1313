import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

describe('the .vsix package', function () {
  this.timeout(60000);

  it('holds the bundles, the entity model and the assets, and no sources or tests', () => {
    const vsce = path.join(ROOT, 'node_modules', '.bin', 'vsce');
    const r = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const needed of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/extension.js', 'dist/analysis-worker.js', 'dist/corpus-link.js', 'dist/timeline.js', 'media/icon.png', 'syntaxes/news-article.tmLanguage.json']) {
      assert.ok(files.includes(needed), `${needed} is packaged (got ${files.join(', ')})`);
    }
    assert.ok(files.some((f) => f.startsWith('models/')), 'the entity model is packaged');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { url: string }[]; grammars: { path: string }[] } };
    for (const { url } of [...pkg.contributes.jsonValidation, ...pkg.contributes.grammars.map((g) => ({ url: g.path }))]) assert.ok(files.includes(url.replace(/^\.\//, '')), `${url}, named in package.json, is packaged`);
    assert.deepEqual(files.filter((f) => /^(?:src|test|out|scripts|corpus|node_modules|artifacts)\//.test(f) || f.endsWith('.map')), []);
  });

  it('has what a Marketplace listing expects', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const key of ['displayName', 'description', 'icon', 'categories', 'keywords', 'repository', 'license', 'publisher', 'engines']) assert.ok(pkg[key], key);
    assert.ok(fs.existsSync(path.join(ROOT, pkg.icon)), 'the icon file exists');
  });
});
