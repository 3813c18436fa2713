import { z } from '@hono/zod-openapi';

export const MAX_CUSTOM_FIELDS = 50;
export const MAX_CUSTOM_FIELD_KEY_LENGTH = 64;
export const MAX_CUSTOM_FIELD_STRING_LENGTH = 1000;

export type CustomFieldValue = string | number | boolean;
export type CustomFields = Record<string, CustomFieldValue>;
/** What a request may send: a null value removes the key. */
export type CustomFieldsPatch = Record<string, CustomFieldValue | null>;

const tooManyMessage = `At most ${MAX_CUSTOM_FIELDS} custom fields`;

const CustomFieldValueSchema = z.union(
  [z.string().max(MAX_CUSTOM_FIELD_STRING_LENGTH), z.number(), z.boolean()],
  { error: 'Must be a string, number or boolean (or null to remove the field)' },
);

export const CustomFieldsSchema = z.record(z.string(), CustomFieldValueSchema).openapi('CustomFields', {
  description: 'Your own fields: string, number or boolean values.',
  example: { plan: 'pro', seats: 12, trial: false },
});

export const CustomFieldsInputSchema = z
  .record(
    z.string().min(1).max(MAX_CUSTOM_FIELD_KEY_LENGTH),
    CustomFieldValueSchema.nullable().openapi({
      description: `A string (at most ${MAX_CUSTOM_FIELD_STRING_LENGTH} characters), number or boolean; null removes the field.`,
    }),
    {
      error: (issue) =>
        issue.code === 'invalid_key'
          ? `Custom field names are 1 to ${MAX_CUSTOM_FIELD_KEY_LENGTH} characters`
          : undefined,
    },
  )
  .refine((fields) => Object.keys(fields).length <= MAX_CUSTOM_FIELDS, tooManyMessage)
  .openapi('CustomFieldsInput', {
    description:
      `At most ${MAX_CUSTOM_FIELDS} fields, names 1 to ${MAX_CUSTOM_FIELD_KEY_LENGTH} characters. ` +
      'Updates merge key by key; a null value removes that key.',
    example: { plan: 'pro', seats: 12, trial: null },
  });

/** Merges a patch into stored fields key by key; a null value removes the key. */
export function mergeCustomFields(current: CustomFields, patch: CustomFieldsPatch): CustomFields {
  const merged: CustomFields = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** The problem when a merge leaves more fields than allowed, or null. */
export function customFieldsProblem(fields: CustomFields): string | null {
  return Object.keys(fields).length > MAX_CUSTOM_FIELDS ? tooManyMessage : null;
}

export function sameCustomFields(a: CustomFields, b: CustomFields): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key])
  );
}

/** Stored JSON back to fields; anything unreadable is treated as no fields rather than failing a read. */
export function parseCustomFields(json: string): CustomFields {
  try {
    const parsed = CustomFieldsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
