/** Runs of whitespace (including non-breaking and zero-width spaces) become one space; ends trimmed. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text lower-cased and collapsed, the form every phrase rule matches against. */
export function phraseText(text: string): string {
  return collapseWhitespace(text.normalize('NFC').toLowerCase()).replace(/[’‘]/g, "'");
}
