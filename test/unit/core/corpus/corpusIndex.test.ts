import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../../src/core/analyze';
import { CorpusIndex } from '../../../../src/core/corpus/corpusIndex';
import { bundledArticles as bundled } from './bundledArticles';

describe('CorpusIndex', () => {
  function counting() {
    const calls: string[] = [];
    const index = new CorpusIndex(async (raw, file) => {
      calls.push(file);
      return analyzeText(raw, file);
    });
    return { index, calls };
  }

  it('re-analyses only the article whose text changed', async () => {
    const { index, calls } = counting();
    await index.updateMany([
      { file: 'a.txt', text: 'Russia has massed 100,000 troops on the border.' },
      { file: 'b.txt', text: 'Kyiv says Russia has amassed almost 500,000 troops.' },
    ]);
    assert.deepEqual(calls.sort(), ['a.txt', 'b.txt']);
    assert.equal(await index.update('a.txt', 'Russia has massed 100,000 troops on the border.'), false);
    assert.equal(await index.update('b.txt', 'Kyiv says Russia has amassed almost 400,000 troops.'), true);
    assert.deepEqual(calls.sort(), ['a.txt', 'b.txt', 'b.txt']);
    assert.deepEqual(index.files, ['a.txt', 'b.txt']);
  });

  describe('when one article’s analysis fails', () => {
    const texts = {
      'a.txt': 'Russia has massed 100,000 troops on the border.',
      'b.txt': 'Kyiv says Russia has amassed almost 300,000 troops.',
      'c.txt': 'Kyiv says Russia has amassed almost 500,000 troops.',
    };
    const items = Object.entries(texts).map(([file, text]) => ({ file, text }));
    /** An analyser that fails for the files in `failing`, and analyses the others. */
    function failingFor(failing: Set<string>) {
      return new CorpusIndex(async (raw, file) => {
        if (failing.has(file)) throw new Error(`the engine broke on ${file}`);
        return analyzeText(raw, file);
      });
    }

    it('reports that article, and indexes and links the others', async () => {
      const index = failingFor(new Set(['b.txt']));
      const progress: string[] = [];
      const r = await index.updateMany(items, (f) => progress.push(f));
      assert.deepEqual(r.failed, [{ file: 'b.txt', error: 'the engine broke on b.txt' }]);
      assert.deepEqual(r.changed, ['a.txt', 'c.txt']);
      assert.deepEqual(progress.sort(), ['a.txt', 'b.txt', 'c.txt'], 'progress moves for the failed article too');
      assert.deepEqual(index.files, ['a.txt', 'c.txt']);
      // Relinked: the troop figures of a and c are one group, and every claim is found by id.
      const [ca, cc] = [index.get('a.txt')!.claims[0], index.get('c.txt')!.claims[0]];
      assert.ok(ca && cc, 'each article has its troop claim');
      assert.deepEqual(index.claim(cc.id), { claim: cc, file: 'c.txt' });
      const group = index.groupOf(ca.id);
      assert.ok(group, 'the claims were linked');
      assert.deepEqual(group.points.map((p) => p.id).sort(), [ca.id, cc.id].sort());
      assert.deepEqual(ca.related, [cc.id]);
    });

    it('keeps its previous analysis, and analyses it again next time', async () => {
      const failing = new Set<string>();
      const index = failingFor(failing);
      await index.updateMany(items);
      const before = index.get('b.txt');
      failing.add('b.txt');
      const edited = 'Kyiv says Russia has amassed almost 350,000 troops.';
      await assert.rejects(index.update('b.txt', edited), /the engine broke on b\.txt/);
      assert.equal(index.get('b.txt'), before);
      failing.clear();
      assert.equal(await index.update('b.txt', edited), true);
      assert.match(index.get('b.txt')!.claims[0].text, /350,000/);
    });
  });

  it('drops an analysis that lands after its article was removed (a file deleted while it was analysed)', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const index = new CorpusIndex(async (raw, file) => {
      await held;
      return analyzeText(raw, file);
    });
    const updating = index.updateMany([{ file: 'a.txt', text: 'Russia has massed 100,000 troops on the border.' }], { link: false });
    index.remove('a.txt', false);
    release();
    assert.deepEqual((await updating).changed, []);
    assert.equal(index.get('a.txt'), undefined);
    assert.deepEqual(index.files, []);
  });

  it('forgets removed articles', async () => {
    const { index } = counting();
    await index.update('a.txt', 'Text.');
    assert.equal(index.remove('a.txt'), true);
    assert.equal(index.get('a.txt'), undefined);
    assert.equal(index.remove('a.txt'), false);
  });
});

describe('CorpusIndex relinking after edits', () => {
  // Analyses are pure functions of the text: analyse each text once for the whole describe.
  const memo = new Map<string, string>();
  const analyser = async (raw: string, file: string) => {
    const key = `${file}\n${raw}`;
    if (!memo.has(key)) memo.set(key, JSON.stringify(analyzeText(raw, file)));
    return JSON.parse(memo.get(key)!) as ReturnType<typeof analyzeText>;
  };
  /** What linking gives a person: the groups (id, label, points in order, marks) and every claim's topic, label and related ids, every entity's name. */
  function linked(index: CorpusIndex) {
    return {
      groups: index.groups.map((g) => ({ topic: g.topic, label: g.label, points: g.points.map((p) => [p.id, p.mark]), disagreements: g.disagreementCount })),
      claims: index.analyses.flatMap((a) => a.claims.map((c) => [c.id, c.topic, c.topicLabel, c.related.join(' '), c.source, c.frame.subject])),
      names: index.analyses.flatMap((a) => a.entities.map((e) => `${a.file}:${e.start} ${e.canonical}`)),
    };
  }
  async function fresh(items: { file: string; text: string }[]) {
    const index = new CorpusIndex(analyser);
    await index.updateMany(items);
    return linked(index);
  }
  /** Copies 000 (a short article naming people in full) as a second article, edited: its figure changed and a sentence added. */
  const edited = (text: string) => text.replace(/500,000/g, '450,000') + '\n\nOfficials said 73,451 soldiers had crossed the border by May.\n';

  it('gives the groups, ids and labels that linking the edited corpus afresh gives', async () => {
    const index = new CorpusIndex(analyser);
    await index.updateMany(bundled);
    assert.ok(index.groups.length > 0, 'the bundled articles share claims');
    const target = bundled[0];
    await index.update(target.file, edited(target.text));
    const after = bundled.map((b) => (b === target ? { file: b.file, text: edited(b.text) } : b));
    assert.deepEqual(linked(index), await fresh(after));
  });

  it('after an article is removed, gives each name back its own spelling, as linking afresh does', async () => {
    // a spells the name out; b alone says only the surname, which the corpus step merges into a's.
    const a = { file: 'a.txt', text: 'Russian President Vladimir Putin said on Monday that Russia had massed 100,000 troops near the border. Putin spoke in Moscow to reporters.' };
    const b = { file: 'b.txt', text: 'President Putin told reporters in Moscow that Russia has massed 120,000 troops on the border, officials said on Tuesday.' };
    const index = new CorpusIndex(analyser);
    await index.updateMany([a, b]);
    assert.ok(index.get('b.txt')!.entities.some((e) => e.canonical === 'Vladimir Putin'), 'linked with a, b names him in full');
    index.remove('a.txt');
    assert.deepEqual(linked(index), await fresh([b]));
    await index.update('a.txt', a.text);
    await index.update('c.txt', bundled[0].text);
    assert.deepEqual(linked(index), await fresh([a, b, { file: 'c.txt', text: bundled[0].text }]));
  });

  it('after articles arrive one at a time (the visible one first), is the corpus linked at once', async () => {
    const index = new CorpusIndex(analyser);
    await index.update(bundled[3].file, bundled[3].text);
    for (const b of bundled) await index.update(b.file, b.text, { link: b === bundled[4] });
    assert.deepEqual(linked(index), await fresh(bundled));
  });

  it('relinking in steps gives what linking afresh gives, answering lookups at every pause', async () => {
    const index = new CorpusIndex(analyser);
    await index.updateMany(bundled);
    const target = bundled[0];
    await index.update(target.file, edited(target.text), { link: false });
    assert.equal(index.stale, true);
    const claimId = index.get(target.file)!.claims[0].id;
    let pauses = 0;
    await index.relinkInSteps(async () => {
      pauses++;
      // What a hover reads meanwhile: the article's own analysis, its claims by id, and the link still behind.
      assert.equal(index.stale, true, 'behind until the link ends');
      assert.ok(index.get(target.file), 'the article is there');
      assert.equal(index.claim(claimId)?.file, target.file, 'its claims are found by id');
    });
    assert.ok(pauses > 3, `the link paused between its stages (${pauses} pauses)`);
    assert.equal(index.stale, false);
    const after = bundled.map((b) => (b === target ? { file: b.file, text: edited(b.text) } : b));
    assert.deepEqual(linked(index), await fresh(after));
  });

  it('an article edited while relinking in steps leaves the index behind, and the next link catches up', async () => {
    const index = new CorpusIndex(analyser);
    await index.updateMany(bundled);
    const target = bundled[1];
    let edit: Promise<boolean> | undefined;
    const linking = index.relinkInSteps(async () => {
      edit ??= index.update(target.file, edited(target.text), { link: false });
      await new Promise((r) => setImmediate(r));
    });
    assert.equal(index.relinkInSteps(), linking, 'one link at a time: a second call waits for the running one');
    await linking;
    assert.equal(await edit, true);
    assert.equal(index.stale, true, 'the edit came after the link read the corpus');
    await index.relinkInSteps();
    assert.equal(index.stale, false);
    const after = bundled.map((b) => (b === target ? { file: b.file, text: edited(b.text) } : b));
    assert.deepEqual(linked(index), await fresh(after));
  });
});

describe('CorpusIndex.linkChanged: an edit linked by what it touched', () => {
  const analyser = async (raw: string, file: string) => analyzeText(raw, file);
  const edited = (text: string) => text.replace(/500,000/g, '450,000') + '\n\nOfficials said 73,451 soldiers had crossed the border by May.\n';
  /** Every group's points are current claims found by id, each in that group, and every claim in a group is listed in it. */
  function consistent(index: CorpusIndex) {
    const current = new Set(index.analyses.flatMap((a) => a.claims.map((c) => c.id)));
    for (const g of index.groups) {
      assert.ok(g.points.length >= 2, `group ${g.topic} has ${g.points.length} point(s)`);
      for (const p of g.points) {
        assert.ok(current.has(p.id), `${p.id} in group ${g.topic} is a current claim`);
        assert.equal(index.claim(p.id)?.file, p.file);
        assert.equal(index.groupOf(p.id), g, `${p.id} is found in its group`);
      }
    }
    for (const a of index.analyses) for (const c of a.claims) {
      const g = index.groupOf(c.id);
      if (g) assert.ok(g.points.some((p) => p.id === c.id), `${c.id} is listed in its group`);
      assert.equal(index.claim(c.id)?.claim, c, `${c.id} is found by id`);
    }
  }

  it('cannot before the corpus was ever linked, and says so by changing nothing', async () => {
    const index = new CorpusIndex(analyser);
    await index.updateMany(bundled.slice(0, 2), { link: false });
    assert.equal(index.linkChanged(), undefined);
    assert.equal(index.stale, true);
  });

  it('places the edited article in groups at once, leaves groups it does not touch as they were, and a fresh link makes them exact', async () => {
    const index = new CorpusIndex(analyser);
    await index.updateMany(bundled);
    const target = bundled[0];
    const before = new Map(index.groups.map((g) => [g, g.points.map((p) => p.id)]));
    await index.update(target.file, edited(target.text), { link: false });
    assert.equal(index.stale, true);
    const affected = index.linkChanged();
    assert.ok(affected?.has(target.file), 'the edited article is among the files whose groups changed');
    assert.equal(index.stale, false);
    assert.equal(index.exact, false);
    assert.equal(index.lastLink?.kind, 'touched');
    consistent(index);
    // A group that held none of the article holds what it held, and at most claims of the article that joined it.
    const elsewhere = [...before].filter(([, ids]) => !ids.some((id) => id.startsWith(target.file.replace(/\.txt$/, '') + '#')));
    assert.ok(elsewhere.length > 0, 'some groups held none of the article');
    for (const [g, ids] of elsewhere) {
      assert.ok(index.groups.includes(g), `group ${g.topic} is still there`);
      assert.deepEqual(g.points.filter((p) => p.file !== target.file).map((p) => p.id), ids, `group ${g.topic} kept its claims`);
    }
    // The edited article's claims are related to claims elsewhere, as before the edit.
    const mine = index.get(target.file)!.claims;
    assert.ok(mine.some((c) => index.groupOf(c.id)?.points.some((p) => p.file !== target.file)), 'the edited article is linked to others');
    await index.relinkInSteps();
    assert.equal(index.exact, true);
    const fresh = new CorpusIndex(analyser);
    await fresh.updateMany(bundled.map((b) => (b === target ? { file: b.file, text: edited(b.text) } : b)));
    assert.deepEqual(
      index.groups.map((g) => g.points.map((p) => p.id)),
      fresh.groups.map((g) => g.points.map((p) => p.id)),
    );
  });

  it('takes a removed article out of every group without linking the corpus', async () => {
    const index = new CorpusIndex(analyser);
    await index.updateMany(bundled);
    const gone = bundled[2].file;
    const ids = index.get(gone)!.claims.map((c) => c.id);
    assert.ok(index.groups.some((g) => g.points.some((p) => p.file === gone)), 'it was linked');
    assert.equal(index.remove(gone, false), true);
    assert.ok(index.linkChanged()?.has(gone));
    assert.ok(!index.groups.some((g) => g.points.some((p) => p.file === gone)));
    for (const id of ids) assert.equal(index.claim(id), undefined, `${id} is no longer found`);
    consistent(index);
  });
});
