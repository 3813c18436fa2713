import type { Compilable, CompiledQuery, DialectAdapter } from 'kysely';
import type { DbOrTrx } from './database.js';

/** A bound value, or a list of them (an `in` list): one compiled query per length of each list. */
type Param = string | readonly string[];

/** Where each compiled parameter comes from: the call's parameter, and the item for a list. */
type Slot = readonly [param: number, item: number];

/**
 * A fixed-shape query built and compiled once per dialect (and per length of its lists), then run
 * with each call's values: building and compiling a Kysely query costs more than running a
 * primary-key lookup on SQLite. `build` receives placeholder values and must use each only as a
 * bound value (a `where` value, not a table name nor input to a computation): the SQL is reused as it
 * is, and a compiled parameter that is not a placeholder is refused.
 */
export function compiledOnce<Params extends readonly Param[], Row>(
  build: (db: DbOrTrx, ...params: Params) => Compilable<Row>,
): (db: DbOrTrx, ...params: Params) => Promise<Row[]> {
  // The SQL differs by dialect (quoting, placeholders): compiled queries per dialect adapter.
  const compiled = new WeakMap<DialectAdapter, Map<string, { query: CompiledQuery<Row>; slots: Slot[] }>>();
  return async (db, ...params) => {
    const adapter = db.getExecutor().adapter;
    let byShape = compiled.get(adapter);
    if (!byShape) {
      byShape = new Map();
      compiled.set(adapter, byShape);
    }
    const shape = params.map((param) => (typeof param === 'string' ? '' : param.length)).join(',');
    let entry = byShape.get(shape);
    if (!entry) {
      const origins = new Map<string, Slot>();
      const placeholder = (param: number, item: number) => {
        const value = `\u0000compiled-once-${param}-${item}\u0000`;
        origins.set(value, [param, item]);
        return value;
      };
      const placeholders = params.map((param, i) =>
        typeof param === 'string' ? placeholder(i, -1) : param.map((_, j) => placeholder(i, j)),
      ) as unknown as Params;
      const query = build(db, ...placeholders).compile();
      const slots = query.parameters.map((value) => {
        const slot = typeof value === 'string' ? origins.get(value) : undefined;
        if (!slot) throw new Error(`compiledOnce: a parameter is not a placeholder: ${query.sql}`);
        return slot;
      });
      entry = { query, slots };
      byShape.set(shape, entry);
    }
    const parameters = entry.slots.map(([param, item]) => {
      const value = params[param] as Param;
      return item < 0 ? value : (value as readonly string[])[item];
    });
    return (await db.executeQuery<Row>({ ...entry.query, parameters })).rows;
  };
}
