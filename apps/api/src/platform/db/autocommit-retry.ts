import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult } from 'kysely';
import { retryTransient } from './retry.js';

/**
 * A dialect whose statements outside a transaction run again after a deadlock or lock wait timeout.
 * Such a statement is a transaction of its own, rolled back whole when it fails that way, so running
 * it again is safe; on Galera any write can fail its certification like this. Statements inside a
 * transaction are not retried one by one (InnoDB rolled back the whole transaction): inTransaction
 * runs the whole transaction again instead.
 */
export function withAutocommitRetry(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => autocommitRetryDriver(dialect.createDriver()),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}

class RetryingConnection implements DatabaseConnection {
  inTransaction = false;
  constructor(readonly inner: DatabaseConnection) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.inTransaction) return this.inner.executeQuery<R>(query);
    return retryTransient(() => this.inner.executeQuery<R>(query));
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

function autocommitRetryDriver(inner: Driver): Driver {
  // One wrapper per pooled connection, so the transaction flag follows the connection.
  const wrappers = new WeakMap<DatabaseConnection, RetryingConnection>();
  const unwrap = (connection: DatabaseConnection) => (connection as RetryingConnection).inner;
  const driver: Driver = {
    init: () => inner.init(),
    async acquireConnection() {
      const connection = await inner.acquireConnection();
      let wrapper = wrappers.get(connection);
      if (!wrapper) {
        wrapper = new RetryingConnection(connection);
        wrappers.set(connection, wrapper);
      }
      wrapper.inTransaction = false;
      return wrapper;
    },
    async beginTransaction(connection, settings) {
      // Marked first: `begin` itself is a statement of the transaction, not one to retry alone.
      (connection as RetryingConnection).inTransaction = true;
      await inner.beginTransaction(unwrap(connection), settings);
    },
    async commitTransaction(connection) {
      try {
        await inner.commitTransaction(unwrap(connection));
      } finally {
        (connection as RetryingConnection).inTransaction = false;
      }
    },
    async rollbackTransaction(connection) {
      try {
        await inner.rollbackTransaction(unwrap(connection));
      } finally {
        (connection as RetryingConnection).inTransaction = false;
      }
    },
    releaseConnection: (connection) => inner.releaseConnection(unwrap(connection)),
    destroy: () => inner.destroy(),
  };
  if (inner.savepoint) {
    const savepoint = inner.savepoint.bind(inner);
    driver.savepoint = (connection, name, compile) => savepoint(unwrap(connection), name, compile);
  }
  if (inner.rollbackToSavepoint) {
    const rollbackTo = inner.rollbackToSavepoint.bind(inner);
    driver.rollbackToSavepoint = (connection, name, compile) => rollbackTo(unwrap(connection), name, compile);
  }
  if (inner.releaseSavepoint) {
    const release = inner.releaseSavepoint.bind(inner);
    driver.releaseSavepoint = (connection, name, compile) => release(unwrap(connection), name, compile);
  }
  return driver;
}
