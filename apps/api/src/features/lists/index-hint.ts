import {
  FromNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  RawNode,
  type RootOperationNode,
  SelectQueryNode,
  TableNode,
  type UnknownRow,
} from 'kysely';
import type { DialectName } from '../../platform/db/database.js';

/**
 * Names the index a SELECT reads `table` by: `FORCE INDEX` on MySQL, `INDEXED BY` on SQLite (the one
 * place their SQL differs here). Kysely has no syntax for it, so this plugin swaps the FROM table for
 * the hinted one; attached to a sub-query, it changes only that sub-query.
 */
export class IndexHint implements KyselyPlugin {
  readonly #from: string;

  constructor(
    private readonly table: string,
    index: string,
    dialect: DialectName,
  ) {
    this.#from = dialect === 'mysql' ? `${table} force index (${index})` : `${table} indexed by ${index}`;
  }

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (!SelectQueryNode.is(node) || !node.from) return node;
    const froms = node.from.froms.map((from) =>
      TableNode.is(from) && from.table.identifier.name === this.table
        ? RawNode.createWithSql(this.#from)
        : from,
    );
    return { ...node, from: FromNode.create(froms) };
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}
