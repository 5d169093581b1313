/** Find, pass 1: text that holds figures but no quantity (URLs, e-mail addresses, #tags and @handles, phone numbers) is claimed first. */

export function blockNonNumbers(text: string, taken: Uint8Array): void {
  const block = (re: RegExp, keep?: (m: RegExpExecArray) => boolean) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) if (!keep || keep(m)) taken.fill(1, m.index, m.index + m[0].length);
  };
  // Each pattern runs only where its anchor character occurs: scanning text without
  // one costs a regex attempt at every word character.
  if (text.includes('http') || text.includes('www.')) block(/\b(?:https?:\/\/|www\.)[^\s<>"”]+/g);
  if (text.includes('@')) block(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g);
  block(/(?<![\w&])[#@][\p{L}\p{N}_]+/gu);
  // Phone numbers: digit groups separated by single spaces, dots or hyphens, nine digits
  // or more in all, starting with 0 or + or made of three groups or more.
  block(/(?<![\w.,\-])\+?\(?\d+\)?(?:[ .\-]\d+){1,5}(?![\w,]|\.\d)/g, (m) => {
    const digits = m[0].replace(/\D/g, '').length;
    const groups = m[0].split(/[ .\-]/).length;
    if (/^\d{4}-\d{2}-\d{2}$/.test(m[0])) return false;
    if (/^\d+(?:\.\d+)?$/.test(m[0])) return false;
    return digits >= 9 && (/^[+(0]/.test(m[0]) || groups >= 3) && !/[.]\d+ /.test(m[0]);
  });
}
