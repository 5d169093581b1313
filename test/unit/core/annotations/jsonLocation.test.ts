import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineColumn, locateJsonPath, syntaxErrorOffset } from '../../../../src/core/annotations/jsonLocation';

/** The text at the place locateJsonPath gives. */
function at(json: string, path: (string | number)[]): string {
  return json.slice(locateJsonPath(json, path).offset);
}

describe('locateJsonPath', () => {
  const doc = '{\n  "a": "x\\"}]",\n  "b": [1, {"c": true}, [null, -2.5e3]],\n  "d": {"e": {"f": "g"}, "h": false}\n}';

  it('finds each value after values of every kind, however nested', () => {
    assert.equal(JSON.parse(doc).a, 'x"}]');
    assert.ok(at(doc, ['a']).startsWith('"x\\"}]"'));
    assert.ok(at(doc, ['b']).startsWith('[1,'));
    assert.ok(at(doc, ['b', 0]).startsWith('1,'));
    assert.ok(at(doc, ['b', 1]).startsWith('{"c"'));
    assert.ok(at(doc, ['b', 1, 'c']).startsWith('true}'));
    assert.ok(at(doc, ['b', 2, 1]).startsWith('-2.5e3]'));
    assert.ok(at(doc, ['d', 'e', 'f']).startsWith('"g"'));
    assert.ok(at(doc, ['d', 'h']).startsWith('false}'));
  });

  it('gives line and column (1-based) of the value', () => {
    assert.deepEqual(locateJsonPath(doc, ['b', 1, 'c']), { offset: doc.indexOf('true'), line: 3, column: 18 });
    assert.deepEqual(locateJsonPath(doc, []), { offset: 0, line: 1, column: 1 });
  });

  it('stops at the deepest place that exists', () => {
    assert.equal(locateJsonPath(doc, ['d', 'zz']).offset, doc.indexOf('{"e"'));
    assert.equal(locateJsonPath(doc, ['b', 7]).offset, doc.indexOf('[1,'));
    assert.equal(locateJsonPath(doc, ['a', 'deeper']).offset, doc.indexOf('"x'), 'a string has no members');
    assert.equal(locateJsonPath(doc, ['nope']).offset, 0);
  });

  it('skips empty containers and whitespace of every kind', () => {
    const json = '{"a":{},"b":[],\t"c"\r\n:\n[ [ ] , { } ,"k"]}';
    assert.ok(at(json, ['c', 2]).startsWith('"k"'));
    assert.ok(at(json, ['c', 1]).startsWith('{ }'));
  });

  it('does not throw on text cut short, and points as deep as it got', () => {
    const cut = '{"a": [1, 2, {"b": "unterminated';
    assert.equal(locateJsonPath(cut, ['a', 2, 'b', 'c']).offset, cut.indexOf('"unterminated'));
  });

  it('points at the value of any path into any JSON document', () => {
    type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
    const paths = (v: Json, prefix: (string | number)[] = []): [(string | number)[], Json][] => {
      const here: [(string | number)[], Json][] = [[prefix, v]];
      if (Array.isArray(v)) return here.concat(...v.map((x, i) => paths(x, [...prefix, i])));
      if (v && typeof v === 'object') return here.concat(...Object.entries(v).map(([k, x]) => paths(x, [...prefix, k])));
      return here;
    };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(0, 1, 2, '\t'), (value, indent) => {
        const v = JSON.parse(JSON.stringify(value)) as Json;
        const json = JSON.stringify(v, null, indent);
        for (const [p, x] of paths(v)) {
          // Duplicate keys cannot occur in parsed JSON; a value is found where it is written.
          const found = at(json, p);
          if (x === null || typeof x !== 'object') assert.ok(found.startsWith(JSON.stringify(x)), `${JSON.stringify(p)} in ${json}`);
          else assert.equal(found[0], Array.isArray(x) ? '[' : '{', `${JSON.stringify(p)} in ${json}`);
        }
      }),
      { numRuns: 200, seed: 31 },
    );
  });
});

describe('lineColumn', () => {
  it('counts lines from 1 and columns from 1, after the last line feed', () => {
    assert.deepEqual(lineColumn('ab\ncd\nef', 0), { line: 1, column: 1 });
    assert.deepEqual(lineColumn('ab\ncd\nef', 2), { line: 1, column: 3 });
    assert.deepEqual(lineColumn('ab\ncd\nef', 3), { line: 2, column: 1 });
    assert.deepEqual(lineColumn('ab\ncd\nef', 7), { line: 3, column: 2 });
    assert.deepEqual(lineColumn('a\r\nb', 3), { line: 2, column: 1 }, 'CRLF is one line break');
    assert.deepEqual(lineColumn('ab', 99), { line: 1, column: 100 }, 'past the end: no line breaks counted there');
  });
});

describe('syntaxErrorOffset', () => {
  const cases: [string, number][] = [
    ['{"a": }', 6],
    ['{"a" 1}', 5],
    ['{"a": 1,}', 8],
    ['{"a": 1 "b": 2}', 8],
    ['{a: 1}', 1],
    ['[1, 2', 5],
    ['[1 2]', 3],
    ['[1,]', 3],
    ['"abc', 4],
    ['"a\nb"', 2],
    ['tru', 0],
    ['01', 1],
    ['-', 0],
    ['1.', 1],
    ['{"a": [1, {"b": nul}]}', 16],
    ['{} x', 3],
    ['', 0],
    ['[x1]', 1],
    ['1.e5', 1],
    ['1e', 1],
    ['2.5E-', 3],
    ['"a\\"', 4],
    ['"a\u001fb"', 2],
    ['{"a":1,"b"}', 10],
    ['[1,2,,3]', 5],
  ];
  for (const [json, offset] of cases) {
    it(`${JSON.stringify(json)}: at ${offset}`, () => {
      assert.equal(syntaxErrorOffset(json), offset);
      assert.throws(() => JSON.parse(json), SyntaxError, 'the case is not valid JSON');
    });
  }

  it('is -1 for valid JSON, whatever it holds', () => {
    assert.equal(syntaxErrorOffset('\uFEFF {"a": "\\"\\\\", "b": [true, false, null, -0.5E+2, {}, []]} \n'), -1);
    for (const ok of ['" "', '1.25', '1e10', '-0', '0.5e-3', '[[],{}]', '{"a":{"b":[1,{"c":null}]}}']) assert.equal(syntaxErrorOffset(ok), -1, ok);
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (v, indent) => syntaxErrorOffset(JSON.stringify(v, null, indent)) === -1),
      { numRuns: 300, seed: 31 },
    );
  });
});
