import type { ZodError } from 'zod';
import type { FieldProblem } from './problem.js';

/** Field-level problems from a zod error, with dotted paths (`steps.0.subject`). */
export function fieldProblems(error: ZodError, prefix?: string): FieldProblem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.');
    return { path: path || '(root)', message: issue.message };
  });
}

export function summarize(problems: FieldProblem[]): string {
  const [first, ...rest] = problems;
  if (!first) return 'The request is not valid.';
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return `${first.path}: ${first.message}${more}`;
}
