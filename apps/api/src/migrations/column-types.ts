import { type CreateTableBuilder, type Expression, sql } from 'kysely';
import type { DialectName } from '../platform/db/database.js';

type DataType = Expression<unknown> | 'text' | 'integer' | 'bigint';

/** Column types that differ between SQLite and MySQL, in one place. */
export interface ColumnTypes {
  /** Application ids (`lead_01J…`): ASCII, compared byte-wise so keyset cursors order the same everywhere. */
  id: DataType;
  /** Short machine strings: statuses, reasons, event types, hashes. */
  code: DataType;
  /** A user's text up to 255 characters. */
  name: DataType;
  /** A normalised e-mail address: compared exactly (it is lower-cased before it is stored). */
  email: DataType;
  /** Long text: JSON documents, response bodies. */
  text: DataType;
  /** Epoch milliseconds. */
  time: DataType;
  int: DataType;
  /** Finishes a CREATE TABLE with the dialect's table options. */
  table<T extends string, C extends string>(builder: CreateTableBuilder<T, C>): CreateTableBuilder<T, C>;
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  if (dialect === 'sqlite') {
    return {
      id: 'text',
      code: 'text',
      name: 'text',
      email: 'text',
      text: 'text',
      time: 'integer',
      int: 'integer',
      table: (builder) => builder,
    };
  }
  return {
    id: sql`varchar(40) character set ascii collate ascii_bin`,
    code: sql`varchar(64) character set ascii collate ascii_bin`,
    name: sql`varchar(255)`,
    email: sql`varchar(320) collate utf8mb4_bin`,
    text: sql`mediumtext`,
    time: 'bigint',
    int: 'integer',
    table: (builder) =>
      builder.modifyEnd(sql`engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci`),
  };
}
