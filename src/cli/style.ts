/** ANSI styling for a terminal, off when the output is not one or NO_COLOR is set. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  person(s: string): string;
  place(s: string): string;
  org(s: string): string;
  number(s: string): string;
  quote(s: string): string;
  error(s: string): string;
  warn(s: string): string;
}

export function makeStyle(enabled: boolean): Style {
  const wrap = (open: number, close: number) => (s: string) => (enabled ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    person: wrap(36, 39),
    place: wrap(32, 39),
    org: wrap(35, 39),
    number: wrap(33, 39),
    quote: wrap(34, 39),
    error: wrap(31, 39),
    warn: wrap(33, 39),
  };
}

export function colourWanted(stream: NodeJS.WriteStream, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR) return true;
  return stream.isTTY === true;
}
