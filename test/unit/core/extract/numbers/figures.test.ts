import * as assert from 'node:assert/strict';
import { currencyPrefix, readCore } from '../../../../../src/core/extract/numbers/figures';
import { tokenAt, tokenStreamOf } from './tokenStreamOf';

/** The core read at `part`: value, the text it took, and its kind and unit when the figure carries them. */
function core(text: string, part: string, isMoney = false) {
  const ts = tokenStreamOf(text);
  const i = tokenAt(ts, part);
  const c = readCore(ts, i, isMoney);
  if (!c) return null;
  return { value: c.value, took: text.slice(ts.toks[i].s, ts.toks[c.next - 1].e), kind: c.kind, unit: c.unit, hasMult: !!c.hasMult, skip: !!c.skip, malformed: !!c.malformed };
}

describe('numbers, parse: figures', () => {
  it('reads grouped, decimal and leading-point figures', () => {
    assert.equal(core('some 1,250,000 men', '1,250,000')?.value, 1250000);
    assert.equal(core('rose 3.75 points', '3.75')?.value, 3.75);
    assert.equal(core('a .25 share', '25')?.value, 0.25);
  });

  it('multiplies by a spaced or glued multiplier, and by hundred and dozen', () => {
    assert.deepEqual(core('2.6 million people', '2.6'), { value: 2.6e6, took: '2.6 million', kind: undefined, unit: undefined, hasMult: true, skip: false, malformed: false });
    assert.equal(core('5bn euros', '5')?.value, 5e9);
    assert.equal(core('4 hundred men', '4')?.value, 400);
    assert.equal(core('3 dozen eggs', '3')?.value, 36);
  });

  it('reads 5m as metres unless money or a noun follows, and MM as a million only after a currency', () => {
    assert.equal(core('ran 5m today', '5')?.kind, 'measure');
    assert.equal(core('5m people', '5')?.value, 5e6);
    assert.equal(core('$2MM raised', '2', true)?.value, 2e6);
  });

  it('reads glued ordinals, decades, units and a glued vulgar fraction', () => {
    assert.deepEqual([core('his 24th title', '24')?.kind, core('his 24th title', '24')?.value], ['ordinal', 24]);
    assert.deepEqual([core('the 1990s boom', '1990')?.kind, core('the 1990s boom', '1990')?.value], ['year', 1990]);
    assert.deepEqual([core('250ml of water', '250')?.kind, core('250ml of water', '250')?.unit], ['measure', 'ml']);
    assert.equal(core('2½ hours', '2')?.value, 2.5);
    assert.ok(Math.abs(core('1h30m later', '1')!.value! - 1.5) < 1e-12);
  });

  it('reads a slash fraction, skips a dotted code and keeps a malformed figure unread', () => {
    assert.equal(core('a 1/16 share', '1')?.value, 1 / 16);
    assert.equal(core('version 1.2.3 out', '1.2.3')?.skip, true);
    assert.deepEqual([core('some 3,0o0 men', '3,0o0')?.value, core('some 3,0o0 men', '3,0o0')?.malformed], [null, true]);
  });

  it('finds the currency before a figure and the token the figure starts at', () => {
    const ts = tokenStreamOf('paid US$ 5 and HK$12 and €3 and USD 40 and $ the');
    const at = (p: string) => currencyPrefix(ts, tokenAt(ts, p));
    assert.equal(at('US')?.currency, 'USD');
    assert.equal(at('HK')?.currency, 'HKD');
    assert.equal(at('€')?.currency, 'EUR');
    assert.equal(at('USD')?.currency, 'USD');
    assert.equal(at('$ the'), null);
    assert.equal(ts.toks[at('€')!.numTok].t, '3');
  });
});
