import type { Compilable, CompiledQuery, DialectAdapter } from 'kysely';
import type { DbOrTrx } from './database.js';

/**
 * A fixed-shape query built and compiled once per dialect, then run with each call's parameters:
 * building and compiling a Kysely query costs more than running a primary-key lookup on SQLite.
 * `build` receives placeholder values and must use each parameter only as a bound value (a `where`
 * value, not a table name or a list whose length varies): the compiled SQL is reused as it is.
 */
export function compiledOnce<Params extends readonly string[], Row>(
  build: (db: DbOrTrx, ...params: Params) => Compilable<Row>,
): (db: DbOrTrx, ...params: Params) => Promise<Row[]> {
  // The SQL differs by dialect (quoting, placeholders): one compiled query per dialect adapter.
  const compiled = new WeakMap<DialectAdapter, { query: CompiledQuery<Row>; slots: number[] }>();
  return async (db, ...params) => {
    const adapter = db.getExecutor().adapter;
    let entry = compiled.get(adapter);
    if (!entry) {
      const placeholders = params.map((_, i) => `\u0000compiled-once-${i}\u0000`) as unknown as Params;
      const query = build(db, ...placeholders).compile();
      const slots = query.parameters.map((value) => {
        const slot = (placeholders as readonly unknown[]).indexOf(value);
        if (slot < 0) throw new Error(`compiledOnce: a parameter is not a placeholder: ${query.sql}`);
        return slot;
      });
      entry = { query, slots };
      compiled.set(adapter, entry);
    }
    const { query, slots } = entry;
    const result = await db.executeQuery<Row>({ ...query, parameters: slots.map((slot) => params[slot]) });
    return result.rows;
  };
}
