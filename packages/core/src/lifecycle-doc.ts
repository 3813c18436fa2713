import { lifecycleMermaid } from './lifecycle-diagram.js';
import {
  reasonsMarkdown,
  sendingStopsMarkdown,
  statusesMarkdown,
  transitionsMarkdown,
} from './lifecycle-markdown.js';
import { err, ok, type Result } from './result.js';

/**
 * The generated blocks of docs/status-lifecycle.md, by marker name: each sits between
 * `<!-- NAME:start -->` and `<!-- NAME:end -->`, so the docs are rebuilt from the table, never edited.
 */
export function lifecycleDocBlocks(): Readonly<Record<string, string>> {
  return {
    statuses: statusesMarkdown(),
    lifecycle: `\`\`\`mermaid\n${lifecycleMermaid()}\n\`\`\``,
    'lifecycle-table': transitionsMarkdown(),
    reasons: reasonsMarkdown(),
    'sending-stops': sendingStopsMarkdown(),
  };
}

/** The markdown with every generated block replaced by its current content, or which markers are missing. */
export function updateLifecycleDoc(markdown: string): Result<string, string> {
  let text = markdown;
  for (const [name, block] of Object.entries(lifecycleDocBlocks())) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end, from);
    if (from < 0 || to < 0) return err(`The markers ${start} and ${end} are missing.`);
    text = `${text.slice(0, from + start.length)}\n${block}\n${text.slice(to)}`;
  }
  return ok(text);
}
