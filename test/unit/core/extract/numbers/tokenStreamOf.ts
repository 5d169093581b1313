import * as assert from 'node:assert/strict';
import { blockNonNumbers } from '../../../../../src/core/extract/numbers/blocked';
import { markDesignators } from '../../../../../src/core/extract/numbers/designators';
import { TokenStream, tokenize } from '../../../../../src/core/extract/numbers/tokens';

/** The token stream the extractor reads for `text` (blocked text left out, designators marked; no dates pass). */
export function tokenStreamOf(text: string): TokenStream {
  const taken = new Uint8Array(text.length);
  blockNonNumbers(text, taken);
  const toks = tokenize(text, taken);
  return new TokenStream(text, toks, markDesignators(text, toks));
}

/** Index of the token that starts where `part` first occurs in the text (after `from`). */
export function tokenAt(ts: TokenStream, part: string, from = 0): number {
  const s = ts.text.indexOf(part, from);
  const i = ts.toks.findIndex((t) => t.s === s);
  assert.ok(s >= 0 && i >= 0, `no token starts at ${JSON.stringify(part)}`);
  return i;
}

/** The text of the designator tokens, one entry per run of adjacent marked tokens. */
export function designatorTexts(ts: TokenStream): string[] {
  const out: string[] = [];
  let run: [number, number] | null = null;
  ts.toks.forEach((t, i) => {
    if (!ts.desig[i]) return;
    if (run && ts.desig[i - 1] && ts.adj(i - 1, i)) run[1] = t.e;
    else {
      if (run) out.push(ts.text.slice(run[0], run[1]));
      run = [t.s, t.e];
    }
  });
  if (run) out.push(ts.text.slice(run[0], run[1]));
  return out;
}
