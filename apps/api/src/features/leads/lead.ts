import type { z } from '@hono/zod-openapi';
import { normalizeEmail } from '../../platform/email/email.js';
import { toIso } from '../../platform/time.js';
import {
  type CustomFields,
  type CustomFieldsPatch,
  mergeCustomFields,
  sameCustomFields,
} from './custom-fields.js';
import type { LeadSchema } from './schemas.js';

export interface Lead {
  id: string;
  /** As given (trimmed), for display. */
  email: string;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  customFields: CustomFields;
  createdAt: number;
  updatedAt: number;
}

/** What a create, an upsert item or a patch asks to change; an absent key keeps the stored value. */
export interface LeadChanges {
  email?: string;
  firstName?: string | null;
  lastName?: string | null;
  company?: string | null;
  customFields?: CustomFieldsPatch;
}

interface LeadFieldsInput {
  email?: string | undefined;
  first_name?: string | null | undefined;
  last_name?: string | null | undefined;
  company?: string | null | undefined;
  custom_fields?: CustomFieldsPatch | undefined;
}

/** An empty name or company is no name: stored as null. */
function textOrNull(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}

/** A validated request body (snake_case) as changes: only the keys that were sent. */
export function changesFromInput(input: LeadFieldsInput): LeadChanges {
  const changes: LeadChanges = {};
  if (input.email !== undefined) changes.email = input.email;
  if (input.first_name !== undefined) changes.firstName = textOrNull(input.first_name);
  if (input.last_name !== undefined) changes.lastName = textOrNull(input.last_name);
  if (input.company !== undefined) changes.company = textOrNull(input.company);
  if (input.custom_fields !== undefined) changes.customFields = input.custom_fields;
  return changes;
}

/** A new lead from changes that include the e-mail. */
export function newLead(id: string, changes: LeadChanges & { email: string }, now: number): Lead {
  return applyChanges(
    {
      id,
      email: changes.email,
      firstName: null,
      lastName: null,
      company: null,
      customFields: {},
      createdAt: now,
      updatedAt: now,
    },
    changes,
  );
}

/** The lead with the changes applied (timestamps untouched): fields overwrite, custom fields merge. */
export function applyChanges(lead: Lead, changes: LeadChanges): Lead {
  return {
    ...lead,
    ...(changes.email !== undefined ? { email: changes.email } : {}),
    ...(changes.firstName !== undefined ? { firstName: changes.firstName } : {}),
    ...(changes.lastName !== undefined ? { lastName: changes.lastName } : {}),
    ...(changes.company !== undefined ? { company: changes.company } : {}),
    customFields: changes.customFields
      ? mergeCustomFields(lead.customFields, changes.customFields)
      : lead.customFields,
  };
}

/** True when the user-visible fields are the same (timestamps aside). */
export function sameLeadFields(a: Lead, b: Lead): boolean {
  return (
    a.email === b.email &&
    a.firstName === b.firstName &&
    a.lastName === b.lastName &&
    a.company === b.company &&
    sameCustomFields(a.customFields, b.customFields)
  );
}

export function emailChanged(before: Lead, after: Lead): boolean {
  return normalizeEmail(before.email) !== normalizeEmail(after.email);
}

/** The API representation (not yet parsed: handlers parse it with LeadSchema). */
export function leadToJson(lead: Lead): z.input<typeof LeadSchema> {
  return {
    id: lead.id,
    email: lead.email,
    first_name: lead.firstName,
    last_name: lead.lastName,
    company: lead.company,
    custom_fields: lead.customFields,
    created_at: toIso(lead.createdAt),
    updated_at: toIso(lead.updatedAt),
  };
}
