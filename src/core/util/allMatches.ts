/**
 * Every match of a global regular expression in `s`, in order, as `[...s.matchAll(re)]`
 * gives them. `matchAll` copies the expression on every call (the specification has it
 * construct a new RegExp), and a copy of a long alternation costs more to set up than
 * matching a sentence against it does: the claim stage called it several times per
 * figure. This reuses `re` itself, so `re` must have the `g` flag; its `lastIndex` is
 * reset before and left at 0 after, and every match is collected before returning.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`allMatches needs a global expression: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    // An empty match would be found again at the same place: step over it as matchAll does.
    if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

/** The index after `i`, past a whole surrogate pair in unicode mode (AdvanceStringIndex). */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
