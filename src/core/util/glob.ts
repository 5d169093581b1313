/**
 * A glob as a regular expression over `/`-separated relative paths: `**` any number
 * of folders, `*` and `?` within one name, `{a,b}` alternatives. Enough for the
 * corpus-folder setting; no negation or character classes.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:[^/]*/)*';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',' && re.includes('(?:')) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function matchesAnyGlob(relativePath: string, globs: string[]): boolean {
  const p = relativePath.split('\\').join('/');
  return globs.some((g) => globToRegExp(g).test(p));
}
