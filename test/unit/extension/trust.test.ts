import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allowWrite } from '../../../src/extension/trust';

const ROOT = path.resolve(__dirname, '../../../..');

describe('Restricted Mode', () => {
  const fakeWindow = () => {
    const shown: string[] = [];
    return { shown, window: { showWarningMessage: (m: string) => (shown.push(m), Promise.resolve(undefined)) } as never };
  };

  it('lets a write through in a trusted workspace, silently', () => {
    const { shown, window } = fakeWindow();
    assert.equal(allowWrite('exporting', { isTrusted: true }, window), true);
    assert.deepEqual(shown, []);
  });

  it('stops a write in an untrusted workspace and says what and why', () => {
    const { shown, window } = fakeWindow();
    assert.equal(allowWrite('exporting', { isTrusted: false }, window), false);
    assert.equal(shown.length, 1);
    assert.match(shown[0], /Restricted Mode, so exporting is not allowed: nothing was written/);
  });

  it('declares the settings that choose what is read or written as restricted', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const declared = Object.keys(pkg.contributes.configuration.properties);
    const restricted: string[] = pkg.capabilities.untrustedWorkspaces.restrictedConfigurations;
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    for (const key of ['corpusAnnotator.corpusGlobs', 'corpusAnnotator.annotationSets', 'corpusAnnotator.import.maxAnnotationsPerFile', 'corpusAnnotator.import.maxAnnotationsPerArticle']) {
      assert.ok(restricted.includes(key), `${key} is restricted`);
    }
    for (const key of restricted) assert.ok(declared.includes(key), `${key} is a declared setting`);
  });

  it('guards every command that writes', () => {
    // Each writing command checks trust before anything else; a new one must too.
    const guarded: Record<string, string[]> = {
      'src/extension/exportAnnotations.ts': ["allowWrite('exporting'", "allowWrite('saving an annotation set'"],
      'src/extension/importAnnotations.ts': ["allowWrite('importing annotations'"],
      'src/extension/annotations/annotationService.ts': ["allowWrite('changing annotations'"],
    };
    for (const [file, calls] of Object.entries(guarded)) {
      const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const call of calls) assert.ok(source.includes(call), `${file} calls ${call}…)`);
    }
  });
});
