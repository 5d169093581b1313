import type { ArticleAnalysis, Entity, NumberMention } from '../core/types';
import { controlFreeLine } from '../core/text/untrusted';
import type { Style } from './style';

const MAX_LIST = 8;

/** The readable per-article summary printed by `analyze` without `--json`. */
export function formatSummary(a: ArticleAnalysis, st: Style): string {
  const lines: string[] = [];
  const header = [st.bold(controlFreeLine(a.file)), a.meta.date ? controlFreeLine(a.meta.date) : st.dim('no date'), a.meta.byline ? `by ${controlFreeLine(a.meta.byline)}` : ''].filter(Boolean);
  lines.push(header.join('  '));
  if (a.meta.title) lines.push('  ' + controlFreeLine(a.meta.title));
  lines.push(entityLine(a.entities, st));
  lines.push(numberLine(a.numbers, st));
  lines.push(`  ${st.bold('quotes')} ${a.quotes.length}`);
  for (const q of a.quotes.slice(0, MAX_LIST)) {
    lines.push(`    ${st.quote(clip(controlFreeLine(q.text), 70))} ${st.dim('—')} ${q.speaker ? controlFreeLine(q.speaker) : st.dim('unattributed')}`);
  }
  if (a.quotes.length > MAX_LIST) lines.push(st.dim(`    … and ${a.quotes.length - MAX_LIST} more`));
  if (a.claims.length > 0) lines.push(`  ${st.bold('claims')} ${a.claims.length}`);
  return lines.join('\n');
}

function entityLine(entities: Entity[], st: Style): string {
  const counts = new Map<string, { kind: Entity['kind']; n: number }>();
  for (const e of entities) {
    const c = counts.get(e.canonical) ?? { kind: e.kind, n: 0 };
    c.n++;
    counts.set(e.canonical, c);
  }
  const byKind = (k: Entity['kind']) => entities.filter((e) => e.kind === k).length;
  const colour = { person: st.person, place: st.place, organization: st.org };
  const top = [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
    .slice(0, MAX_LIST)
    .map(([name, c]) => colour[c.kind](controlFreeLine(name)) + (c.n > 1 ? st.dim(` ×${c.n}`) : ''));
  return (
    `  ${st.bold('entities')} ${entities.length} ` +
    st.dim(`(${byKind('person')} person, ${byKind('place')} place, ${byKind('organization')} organization)`) +
    (top.length ? ': ' + top.join(', ') : '')
  );
}

function numberLine(numbers: NumberMention[], st: Style): string {
  const shown = numbers
    .filter((n) => n.kind !== 'date' && n.kind !== 'time' && n.kind !== 'year')
    .slice(0, MAX_LIST)
    .map((n) => st.number(controlFreeLine(n.text)) + (unitUnsaid(n) ? st.dim(` ${controlFreeLine(n.unit!)}`) : '') + (n.approx ? st.dim(' ~') : '') + (n.malformed ? st.error(' malformed') : ''));
  return `  ${st.bold('numbers')} ${numbers.length}` + (shown.length ? ': ' + shown.join(', ') : '');
}

/** The unit, when the number's own text does not say it: "500,000 troops", not "97 per cent %". */
function unitUnsaid(n: NumberMention): boolean {
  return !!n.unit && n.kind !== 'percent' && !n.text.includes(n.unit);
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
