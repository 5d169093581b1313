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
