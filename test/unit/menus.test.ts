// What the editor's context menu and the keyboard offer, read from package.json as VS
// Code reads it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
const { menus, submenus, keybindings, commands } = pkg.contributes as {
  menus: Record<string, { command?: string; submenu?: string; when?: string; group?: string }[]>;
  submenus: { id: string; label: string }[];
  keybindings: { command: string; key: string; when?: string }[];
  commands: { command: string; title: string }[];
};

describe('menus and keys', () => {
  it('gathers annotate, relabel, accept and reject under one Corpus Annotator submenu of the editor\'s context menu, in articles only', () => {
    const entry = menus['editor/context'].find((m) => m.submenu);
    assert.ok(entry, 'a submenu in the editor context menu');
    assert.equal(entry.when, 'editorLangId == news-article');
    assert.equal(submenus.find((s) => s.id === entry.submenu)?.label, 'Corpus Annotator');
    const inside = menus[entry.submenu!].map((m) => m.command);
    for (const c of ['annotateSelection', 'relabelAnnotation', 'acceptFinding', 'rejectFinding']) assert.ok(inside.includes(`corpusAnnotator.${c}`), `${c} in the submenu`);
    const top = menus['editor/context'].map((m) => m.command).filter(Boolean);
    assert.deepEqual(top.filter((c) => inside.includes(c)), [], 'not repeated at the top level');
    for (const c of inside) assert.ok(commands.some((x) => x.command === c), `${c} is a declared command`);
  });

  it('gives every curation and annotation action of the menus a key', () => {
    const needKeys = [...menus['corpusAnnotator.annotateMenu'].map((m) => m.command!), 'corpusAnnotator.takeFirstAnnotator', 'corpusAnnotator.takeSecondAnnotator', 'corpusAnnotator.takeBothAnnotators', 'corpusAnnotator.rejectDisagreement'].filter(
      (c) => c !== 'corpusAnnotator.deleteAnnotation',
    );
    const missing = needKeys.filter((c) => !keybindings.some((k) => k.command === c));
    assert.deepEqual(missing, []);
    const compareKeys = keybindings.filter((k) => k.when?.includes('focusedView == corpusAnnotator.compare')).map((k) => k.key);
    assert.equal(new Set(compareKeys).size, compareKeys.length, 'no two curation keys alike');
    for (const k of compareKeys) assert.ok(!keybindings.some((o) => o.key === k && !o.when?.includes('focusedView == corpusAnnotator.compare') && !o.when?.includes('corpusAnnotator.annotationMode')), `${k} is not taken elsewhere`);
  });
});
