import * as vscode from 'vscode';
import { BUILTIN_LABELS } from '../../core/annotations/schema';
import { plainText } from '../untrustedText';

const SECTION = 'corpusAnnotator';

/** Keys 1–9 label with the first nine labels, in the order the picker shows them. */
export const LABEL_KEYS = 9;

/**
 * Each built-in label has a theme colour of its own (package.json `colors`), the
 * same one its engine highlight uses where there is one, so a label reads the same
 * in the text, its chip and the picker. Labels of the user's own cycle through three more.
 * The defaults are one palette with the grammar's colours in the default themes (no two
 * meanings alike: test/unit/syntaxes/palette.test.ts).
 */
const BUILTIN_COLOUR: Record<string, string> = {
  person: 'corpusAnnotator.personForeground',
  place: 'corpusAnnotator.placeForeground',
  organization: 'corpusAnnotator.organizationForeground',
  number: 'corpusAnnotator.numberForeground',
  quote: 'corpusAnnotator.label.quote',
  claim: 'corpusAnnotator.label.claim',
};
const CUSTOM_COLOURS = ['corpusAnnotator.label.custom1', 'corpusAnnotator.label.custom2', 'corpusAnnotator.label.custom3'];

/**
 * The quick pick cannot colour an icon, so each label also has a coloured square
 * of the same hue as its default colour: the picker's only way to show colour.
 */
const BUILTIN_SWATCH: Record<string, string> = { person: '🟦', place: '🟧', organization: '🟪', number: '🟩', quote: '🟥', claim: '🟨' };
const CUSTOM_SWATCHES = ['🟣', '🔵', '⚪'];

/** The labels offered, built-in first, then the user's own (each once). */
export function labels(): string[] {
  const custom = vscode.workspace.getConfiguration(SECTION).get<unknown>('labels', []);
  const own = Array.isArray(custom) ? custom.filter((l): l is string => typeof l === 'string' && l.trim() !== '') : [];
  return [...new Set<string>([...BUILTIN_LABELS, ...own])];
}

function customIndex(label: string): number {
  const own = labels().slice(BUILTIN_LABELS.length);
  const i = own.indexOf(label);
  return (i < 0 ? [...label].reduce((n, c) => n + c.charCodeAt(0), 0) : i) % CUSTOM_COLOURS.length;
}

export function labelColourId(label: string): string {
  return BUILTIN_COLOUR[label] ?? CUSTOM_COLOURS[customIndex(label)];
}

export function labelSwatch(label: string): string {
  return BUILTIN_SWATCH[label] ?? CUSTOM_SWATCHES[customIndex(label)];
}

/** The label a number key (1–9) stands for, if any. */
export function labelForKey(key: number): string | undefined {
  return key >= 1 && key <= LABEL_KEYS ? labels()[key - 1] : undefined;
}

export interface LabelItem extends vscode.QuickPickItem {
  value: string;
}

export function labelItems(current?: string): LabelItem[] {
  return labels().map((l, i) => ({
    label: `${i < LABEL_KEYS ? `${i + 1}` : ' '}  ${labelSwatch(l)} ${plainText(l)}`,
    description: l === current ? 'current' : undefined,
    value: l,
  }));
}

/**
 * Picks a label: typing its number (1–9) takes it at once, as in brat and
 * Prodigy; typing letters filters as usual, Enter takes the highlighted one.
 */
export function pickLabel(placeholder: string, current?: string): Promise<string | undefined> {
  const items = labelItems(current);
  const pick = vscode.window.createQuickPick<LabelItem>();
  pick.items = items;
  pick.placeholder = placeholder;
  pick.matchOnDescription = false;
  const active = items.find((x) => x.value === current);
  if (active) pick.activeItems = [active];
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: string | undefined) => {
      if (done) return;
      done = true;
      resolve(v);
      pick.dispose();
    };
    pick.onDidChangeValue((v) => {
      const key = /^[1-9]$/.test(v.trim()) ? Number(v.trim()) : 0;
      const chosen = key ? items[key - 1] : undefined;
      if (chosen) finish(chosen.value);
    });
    pick.onDidAccept(() => finish(pick.activeItems[0]?.value));
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
}

/** Whether labelling asks for a note afterwards (`corpusAnnotator.askForNote`, off by default). */
export function asksForNote(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('askForNote', false);
}
