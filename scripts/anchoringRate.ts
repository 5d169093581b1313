// How many annotations survive scripted edits of the seed articles made outside
// the editor: each entity, number and quotation found becomes an annotation, the
// article is edited, and every annotation is anchored again. "Right" means the
// anchored span is where the original text went under the edit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../src/core/analyze';
import { anchor, AnchorBudget, captureTarget, SIDECAR_CELLS } from '../src/core/annotations/anchoring';
import { repoRoot } from './eval/types';

interface Edit {
  name: string;
  /** The edited text and a map from old offsets to new ones (for checking where spans went). */
  apply(text: string): { text: string; map(offset: number): number };
}

const edits: Edit[] = [
  {
    name: 'every 50th character changed',
    apply: (t) => ({ text: [...t].map((c, i) => (i % 50 === 49 ? (c === 'x' ? 'y' : 'x') : c)).join(''), map: (o) => o }),
  },
  {
    name: 'a paragraph inserted every 5 paragraphs',
    apply: (t) => {
      const inserted: number[] = [];
      let out = '';
      let paragraphs = 0;
      for (let i = 0; i < t.length; i++) {
        out += t[i];
        if (t[i] === '\n' && t[i + 1] === '\n' && ++paragraphs % 5 === 0) {
          const add = '\nAn inserted paragraph with 12 words about Kyiv, NATO and 3,000 people.\n';
          inserted.push(i + 1);
          out += add;
        }
      }
      const addLen = '\nAn inserted paragraph with 12 words about Kyiv, NATO and 3,000 people.\n'.length;
      return { text: out, map: (o) => o + inserted.filter((p) => p <= o).length * addLen };
    },
  },
  {
    name: 'both',
    apply: (t) => {
      const a = edits[1].apply(t);
      const b = edits[0].apply(a.text);
      return { text: b.text, map: (o) => a.map(o) };
    },
  },
];

function main() {
  const dir = path.join(repoRoot(), 'corpus');
  console.log('edit'.padEnd(42) + 'annotations  anchored  moved  orphaned  at the right place');
  for (const edit of edits) {
    let total = 0;
    let anchored = 0;
    let moved = 0;
    let orphaned = 0;
    let right = 0;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const a = analyzeText(text, f);
      const spans = [...a.entities, ...a.numbers, ...a.quotes];
      const after = edit.apply(text);
      // One article's annotations share one search budget, as a sidecar's do in the editor and `check`.
      const budget = new AnchorBudget(SIDECAR_CELLS);
      for (const s of spans) {
        total++;
        const r = anchor(after.text, captureTarget(text, s.start, s.end), budget);
        if (r.state === 'anchored') anchored++;
        else if (r.state === 'moved') moved++;
        else orphaned++;
        if (r.state !== 'orphaned' && r.start === after.map(s.start)) right++;
      }
    }
    const pct = (n: number) => `${((100 * n) / total).toFixed(1)}%`;
    console.log(`${edit.name.padEnd(42)}${String(total).padStart(11)}  ${pct(anchored).padStart(8)}  ${pct(moved).padStart(5)}  ${pct(orphaned).padStart(8)}  ${pct(right).padStart(18)}`);
  }
}

main();
