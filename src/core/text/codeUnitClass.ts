/**
 * A test of one UTF-16 code unit against a character class, answered by the regular
 * expression the first time each code unit is seen and from a table after that:
 * scanners ask it once per character, where running the expression each time would
 * cost more than the scan itself.
 */
export function cachedCodeUnitTest(re: RegExp): (c: number) => boolean {
  const known = new Uint8Array(65536); // 0 not yet asked, 1 in the class, 2 not
  return (c) => {
    let k = known[c];
    if (k === 0) {
      k = re.test(String.fromCharCode(c)) ? 1 : 2;
      known[c] = k;
    }
    return k === 1;
  };
}

/** JavaScript's `\s` (WhiteSpace and LineTerminator; not U+0085), which the tokenizers' regular expressions split on. */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** An ASCII digit, 0-9 (what the number scanner and the tokenizer read as digits). */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
