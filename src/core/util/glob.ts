/**
 * Globs over `/`-separated relative paths: `**` any number of folders, `*` and `?`
 * within one name, `{a,b}` alternatives (nested too). No negation or character
 * classes: enough for the corpus setting and the sets' `articles`.
 *
 * Globs come from workspace settings and `annotation-sets.json`, that is from other
 * people. A glob turned into a regular expression backtracks: `*a*a*a…aX.txt`
 * against a 60-character name did not finish in a minute, freezing the extension
 * host (picomatch's expressions do the same). So a glob is compiled into a small
 * automaton and run over the path keeping the set of states it can be in: time
 * is at most the path's length times the glob's, whatever either holds.
 */

type Step =
  /** A character of the path equal to `char`. */
  | { kind: 'char'; char: string; next: number }
  /** `?`: one character other than `/`. */
  | { kind: 'one'; next: number }
  /** `*`: stays on any character other than `/`; may also move on without one. */
  | { kind: 'star'; next: number }
  /** `**` not followed by `/`: stays on any character; may move on without one. */
  | { kind: 'any'; next: number }
  /** `**` followed by `/`: zero or more whole folders (`name/`); `inName` is its state inside a name. */
  | { kind: 'folders'; next: number; inName: number }
  | { kind: 'folderName'; folders: number }
  /** Alternatives, and joins: moves on to each of `next` without a character. */
  | { kind: 'split'; next: number[] }
  | { kind: 'end' };

type Part = { kind: 'char'; char: string } | { kind: 'one' | 'star' | 'any' | 'folders' } | { kind: 'alt'; options: Part[][] };

/** A compiled glob. */
export class Glob {
  private readonly steps: Step[] = [{ kind: 'end' }];
  private readonly start: number;

  constructor(readonly source: string) {
    this.start = this.build(parse(source), 0);
  }

  /** True when the whole of `path` (with `\` read as `/`) matches. */
  matches(path: string): boolean {
    const p = path.split('\\').join('/');
    let current = this.closure([this.start]);
    for (let i = 0; i < p.length && current.length > 0; i++) {
      const c = p[i];
      const next: number[] = [];
      for (const s of current) {
        const step = this.steps[s];
        if (step.kind === 'char' && step.char === c) next.push(step.next);
        else if (step.kind === 'one' && c !== '/') next.push(step.next);
        else if (step.kind === 'star' && c !== '/') next.push(s);
        else if (step.kind === 'any') next.push(s);
        else if (step.kind === 'folders') next.push(c === '/' ? s : step.inName);
        else if (step.kind === 'folderName') next.push(c === '/' ? step.folders : s);
      }
      current = this.closure(next);
    }
    return current.includes(0);
  }

  /** Generation marks of the states, so that a closure lists each state once without a Set. */
  private marks: Uint32Array | undefined;
  private generation = 0;

  /** The states reachable from `states` without reading a character, each once. */
  private closure(states: number[]): number[] {
    const marks = (this.marks ??= new Uint32Array(this.steps.length));
    const mark = ++this.generation;
    const out: number[] = [];
    const stack = states;
    while (stack.length) {
      const s = stack.pop()!;
      if (marks[s] === mark) continue;
      marks[s] = mark;
      out.push(s);
      const step = this.steps[s];
      if (step.kind === 'split') stack.push(...step.next);
      else if (step.kind === 'star' || step.kind === 'any' || step.kind === 'folders') stack.push(step.next);
    }
    return out;
  }

  /** Adds the steps of `parts`, to be followed by state `then`; returns the first state. */
  private build(parts: Part[], then: number): number {
    let next = then;
    for (let i = parts.length - 1; i >= 0; i--) next = this.buildPart(parts[i], next);
    return next;
  }

  private buildPart(part: Part, next: number): number {
    const add = (step: Step) => this.steps.push(step) - 1;
    if (part.kind === 'alt') return add({ kind: 'split', next: part.options.map((o) => this.build(o, next)) });
    if (part.kind === 'char') return add({ kind: 'char', char: part.char, next });
    if (part.kind !== 'folders') return add({ kind: part.kind, next });
    const folders = add({ kind: 'folders', next, inName: -1 });
    const inName = add({ kind: 'folderName', folders });
    (this.steps[folders] as Extract<Step, { kind: 'folders' }>).inName = inName;
    return folders;
  }
}

/** Reads a glob into parts; a `{` without its `}` and a `,` or `}` outside braces are literal characters. */
function parse(glob: string): Part[] {
  const closing = matchingBraces(glob);
  let i = 0;
  const sequence = (inBraces: boolean): Part[] => {
    const out: Part[] = [];
    while (i < glob.length) {
      const c = glob[i];
      if (inBraces && (c === ',' || c === '}')) return out;
      if (c === '*' && glob[i + 1] === '*') {
        i += 2;
        if (glob[i] === '/') {
          i++;
          out.push({ kind: 'folders' });
        } else out.push({ kind: 'any' });
      } else if (c === '*') {
        i++;
        out.push({ kind: 'star' });
      } else if (c === '?') {
        i++;
        out.push({ kind: 'one' });
      } else if (c === '{' && closing.has(i)) {
        i++;
        const options = [sequence(true)];
        while (glob[i] === ',') {
          i++;
          options.push(sequence(true));
        }
        i++; // the closing brace
        out.push({ kind: 'alt', options });
      } else {
        i++;
        out.push({ kind: 'char', char: c });
      }
    }
    return out;
  };
  return sequence(false);
}

/** The positions of the `{` that have their `}` (braces nest), in one pass. */
function matchingBraces(glob: string): Set<number> {
  const open: number[] = [];
  const closed = new Set<number>();
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '{') open.push(i);
    else if (glob[i] === '}' && open.length) closed.add(open.pop()!);
  }
  return closed;
}

const compiled = new Map<string, Glob>();
const MAX_COMPILED = 256;

/** The compiled glob, kept for the next call (settings and sets repeat the same few). */
export function compileGlob(glob: string): Glob {
  let g = compiled.get(glob);
  if (!g) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    g = new Glob(glob);
    compiled.set(glob, g);
  }
  return g;
}

export function matchesAnyGlob(relativePath: string, globs: string[]): boolean {
  return globs.some((g) => compileGlob(g).matches(relativePath));
}
