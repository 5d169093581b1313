/**
 * The short name of an annotator shown on label chips: initials of a name of
 * several words ("Maria Kowalska" → "MK"), the first two letters of a single word
 * ("alice" → "AL"), at most three letters; names come from sidecars (anyone's), so
 * only letters and digits are kept.
 */
export function initialsOf(name: string): string {
  const words = name.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return '?';
  const letters = words.length === 1 ? [...words[0]].slice(0, 2) : words.slice(0, 3).map((w) => [...w][0]);
  return letters.join('').toUpperCase();
}

/**
 * The text of the chip before an annotation: its label, and the annotator's
 * initials when the article has annotations by more than one person.
 */
export function chipText(label: string, annotator: string | undefined, severalAnnotators: boolean): string {
  const short = label.length > 24 ? `${label.slice(0, 23)}…` : label;
  return severalAnnotators ? `${short} · ${annotator ? initialsOf(annotator) : '?'}` : short;
}
