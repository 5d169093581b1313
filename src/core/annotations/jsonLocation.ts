/**
 * Where a JSON path (`annotations/3/target/end`) is in a JSON text, so an error
 * can name the line and column and the editor can open the file there. A small
 * scanner over valid JSON; for text that does not parse, see `parseErrorOffset`.
 */
export function locateJsonPath(json: string, path: (string | number)[]): { offset: number; line: number; column: number } {
  let i = 0;
  let best = 0;
  const ws = () => {
    while (i < json.length && /\s/.test(json[i])) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < json.length && json[i] !== '"') i += json[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(json.slice(start, i)) as string;
  };
  const skip = (): void => {
    ws();
    const c = json[i];
    if (c === '"') str();
    else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      while (json[i] !== close && i < json.length) {
        if (c === '{') {
          str();
          ws();
          i++; // :
        }
        skip();
        ws();
        if (json[i] === ',') i++;
        ws();
      }
      i++;
    } else while (i < json.length && !/[,}\]\s]/.test(json[i])) i++;
  };
  const walk = (depth: number): void => {
    ws();
    best = i;
    if (depth === path.length) return;
    const want = path[depth];
    const c = json[i];
    if (c !== '{' && c !== '[') return;
    i++;
    let index = 0;
    ws();
    while (i < json.length && json[i] !== '}' && json[i] !== ']') {
      let key: string | number = index;
      if (c === '{') {
        const keyAt = i;
        key = str();
        ws();
        i++; // :
        if (key === want) {
          best = keyAt;
          return walk(depth + 1);
        }
      } else if (index === want) return walk(depth + 1);
      skip();
      ws();
      if (json[i] === ',') i++;
      ws();
      index++;
    }
  };
  try {
    walk(0);
  } catch {
    /* best stays at the deepest place found */
  }
  return { offset: best, ...lineColumn(json, best) };
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let k = 0; k < offset && k < text.length; k++) if (text.charCodeAt(k) === 10) {
    line++;
    last = k;
  }
  return { line, column: offset - last };
}

/**
 * The offset of the first syntax error in `json` (Node's JSON.parse messages do not
 * always give one): a small recursive-descent check of the JSON grammar.
 */
export function syntaxErrorOffset(json: string): number {
  let i = 0;
  const ws = () => {
    while (i < json.length && ' \t\n\r\uFEFF'.includes(json[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = json[i];
    if (c === '{') {
      i++;
      ws();
      if (json[i] === '}') return void i++;
      for (;;) {
        ws();
        if (json[i] !== '"') fail();
        string();
        ws();
        if (json[i] !== ':') fail();
        i++;
        value();
        ws();
        if (json[i] === ',') i++;
        else if (json[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (json[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (json[i] === ',') i++;
        else if (json[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(json.slice(i, i + 64));
    if (!m) fail();
    i += m![0].length;
  };
  const string = () => {
    i++;
    while (i < json.length && json[i] !== '"') {
      if (json[i] === '\\') i++;
      else if (json.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= json.length) fail();
    i++;
  };
  try {
    value();
    ws();
    return i < json.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
}
