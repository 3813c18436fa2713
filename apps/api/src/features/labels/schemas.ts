import { z } from '@hono/zod-openapi';
import { LABEL_SENTIMENTS } from '@leadstatus/core';

export const LabelSchema = z
  .object({
    key: z.string().openapi({ example: 'demo_scheduled' }),
    name: z.string().openapi({ example: 'Demo scheduled' }),
    sentiment: z.enum(LABEL_SENTIMENTS).openapi({
      description: '`positive` labels count in `positive_rate`.',
    }),
    builtin: z.boolean().openapi({ description: 'Built-in labels can be neither changed nor deleted.' }),
  })
  .openapi('Label');

export const LabelListSchema = z.object({ data: z.array(LabelSchema) }).openapi('LabelList');

const NameSchema = z.string().trim().min(1).max(60).openapi({ example: 'Demo scheduled' });

export const LabelInputSchema = z
  .object({ name: NameSchema, sentiment: z.enum(LABEL_SENTIMENTS) })
  .openapi('LabelInput', { example: { name: 'Demo scheduled', sentiment: 'positive' } });

export const LabelPatchSchema = z
  .object({ name: NameSchema.optional(), sentiment: z.enum(LABEL_SENTIMENTS).optional() })
  .refine((patch) => patch.name !== undefined || patch.sentiment !== undefined, {
    message: 'Send at least one of name, sentiment',
  })
  .openapi('LabelPatch', { example: { sentiment: 'neutral' } });

export const LabelKeyParamsSchema = z.object({
  key: z.string().openapi({ param: { name: 'key', in: 'path' }, maxLength: 64, example: 'demo_scheduled' }),
});
