import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { isUniqueViolation } from './unique-violation.js';

describeEachDatabase('isUniqueViolation', ({ database }) => {
  const lead = (id: string, email: string) => ({
    workspace_id: 'ws_unique',
    id,
    email,
    email_normalized: email,
    email_domain: 'example.com',
    first_name: null,
    last_name: null,
    company: null,
    custom_fields: '{}',
    created_at: 1,
    updated_at: 1,
  });

  const errorOf = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      return error;
    }
    throw new Error('expected the statement to fail');
  };

  it("recognises the driver's error for a duplicate unique key and for a duplicate primary key", async () => {
    const db = database.seed;
    await db.insertInto('leads').values(lead('lead_1', 'a@example.com')).execute();
    const duplicateEmail = await errorOf(() =>
      db.insertInto('leads').values(lead('lead_2', 'a@example.com')).execute(),
    );
    const duplicateId = await errorOf(() =>
      db.insertInto('leads').values(lead('lead_1', 'b@example.com')).execute(),
    );
    expect(isUniqueViolation(duplicateEmail)).toBe(true);
    expect(isUniqueViolation(duplicateId)).toBe(true);
  });

  it('does not mistake other errors for one', async () => {
    const { db } = database.handle;
    const syntax = await errorOf(() => sql`select * from no_such_table`.execute(db));
    expect(isUniqueViolation(syntax)).toBe(false);
    expect(isUniqueViolation(new Error('x'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation({ code: 42 })).toBe(false);
  });
});
