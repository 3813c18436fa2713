import {
  type CompiledQuery,
  type KyselyPlugin,
  MysqlQueryCompiler,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryId,
  type QueryResult,
  type RootOperationNode,
  SqliteQueryCompiler,
  type UnknownRow,
} from 'kysely';
import type { DialectName } from '../platform/db/database.js';

/**
 * A Kysely plugin that pauses the caller right after a query matching `matches` has returned, until
 * `onMatch` settles: the query's locks are held (inside a transaction) while the test does something
 * on another connection. This is how the tests put a barrier between two statements of the service's
 * own transactions, so races happen in one chosen order instead of by luck.
 */
export function queryBarrier(
  dialect: DialectName,
  matches: (query: CompiledQuery) => boolean,
  onMatch: () => Promise<void> | void,
): KyselyPlugin {
  const compiler = dialect === 'mysql' ? new MysqlQueryCompiler() : new SqliteQueryCompiler();
  const matched = new WeakSet<QueryId>();
  return {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      if (matches(compiler.compileQuery(args.node, args.queryId))) matched.add(args.queryId);
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      if (matched.has(args.queryId)) await onMatch();
      return args.result;
    },
  };
}
