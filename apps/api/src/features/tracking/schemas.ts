import { z } from '@hono/zod-openapi';
import { parseEventTime } from '@leadstatus/core';
import { EmailSchema } from '../../platform/email/email.js';
import { idSchema } from '../../platform/http/common-schemas.js';
import { EnrollmentStatusSchema, eventTimeSchema } from '../events/public.js';

export const MAX_LINKS = 50;
const MAX_URL_LENGTH = 2048;

const LinkSchema = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine(isHttpUrl, 'Must be an absolute http or https URL')
  .openapi({ example: 'https://example.com/pricing' });

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** `<local@domain>` with no space, angle bracket or second `@` inside (RFC 5322 msg-id, as sent). */
const RFC822_MESSAGE_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;

export const MessageInputSchema = z
  .object({
    campaign_id: idSchema('cmp'),
    lead_id: idSchema('lead').optional().openapi({ description: 'The lead; or name it by `email`.' }),
    email: EmailSchema.optional().openapi({ description: 'The lead’s e-mail, instead of `lead_id`.' }),
    step: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .openapi({ description: 'The step being sent (1-based).', example: 1 }),
    links: z
      .array(LinkSchema)
      .max(MAX_LINKS)
      .optional()
      .openapi({ description: `The links of the message to track (at most ${MAX_LINKS}).` }),
    occurred_at: eventTimeSchema('When it is sent; defaults to now.').optional(),
    id: z.string().min(1).max(255).optional().openapi({
      description:
        'Your id for the message: sending it again answers the same tracking URLs with `duplicate: true`.',
      example: 'esp-msg-123',
    }),
    rfc822_message_id: z
      .string()
      .trim()
      .max(255)
      .regex(RFC822_MESSAGE_ID, 'Must be a Message-ID such as <id@mail.example.com>')
      .optional()
      .openapi({
        description:
          'The `Message-ID` header of the mail as you send it. Replies (In-Reply-To, References) and ' +
          'bounces are matched to the message by it. When absent, the answer gives one to put in the mail.',
        example: '<ls-0001@mail.example.com>',
      }),
    unsubscribe_mailto: EmailSchema.optional().openapi({
      description: 'An address that handles unsubscribe e-mails: added to `List-Unsubscribe` as a mailto.',
      example: 'unsubscribe@mail.example.com',
    }),
  })
  .superRefine((message, ctx) => {
    if ((message.lead_id === undefined) === (message.email === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lead_id'],
        message: 'Name the lead by exactly one of lead_id or email',
      });
    }
    if (message.occurred_at !== undefined && !parseEventTime(message.occurred_at).ok) {
      ctx.addIssue({
        code: 'custom',
        path: ['occurred_at'],
        message: 'Must be an RFC 3339 time with an offset, e.g. 2026-11-27T10:00:00Z',
      });
    }
  })
  .openapi('MessageInput');

export type MessageInput = z.infer<typeof MessageInputSchema>;

const TOKEN_URL =
  'https://track.example.com/t/o/AXdO2p1J8tW2bQ0mN4rA7yXc3vFh5kLs9uZe6gHi1oPq0wEr8tYu2iOp4aSd6fGh7jK';

export const MessageAssetsSchema = z
  .object({
    message_id: z.string().openapi({
      description:
        'Opaque reference to this message: pass it to your ESP as the custom argument / metadata / tag ' +
        '`leadstatus_message` (or the header `X-LeadStatus-Message`) so its webhooks name the message.',
    }),
    event_id: idSchema('evt').openapi({ description: 'The `sent` event recorded for this message.' }),
    rfc822_message_id: z.string().openapi({
      description:
        'The `Message-ID` of the mail: the one you gave, or one made for you that you must send as the ' +
        '`Message-ID` header (also in `headers`), so replies and bounces find the message.',
      example: '<AXdO2p1J8tW2bQ0mN4rA7yXc3vFh5kLs9uZe6gHi1oPq0wEr8tYu2iOp4aSd6fGh7jK@track.example.com>',
    }),
    duplicate: z.boolean().openapi({ description: 'True when this message `id` was reported before.' }),
    enrollment: EnrollmentStatusSchema,
    open_pixel_url: z
      .string()
      .openapi({ description: 'A 1x1 GIF to put at the end of the HTML body.', example: TOKEN_URL }),
    click_urls: z.record(z.string(), z.string()).openapi({
      description: 'Each link given, and the tracked URL to put in its place.',
      example: { 'https://example.com/pricing': 'https://track.example.com/t/c/AXdO…' },
    }),
    honeypot_url: z.string().openapi({
      description:
        'An invisible link (e.g. `<a href="…" style="display:none" aria-hidden="true" tabindex="-1"></a>` first in the body): ' +
        'only scanners follow it, and the clicks around its click are counted as machine clicks.',
    }),
    unsubscribe_url: z
      .string()
      .openapi({ description: 'The unsubscribe page; also the RFC 8058 one-click URL.' }),
    headers: z
      .object({
        'List-Unsubscribe': z.string().openapi({ example: '<https://track.example.com/u/AXdO…>' }),
        'List-Unsubscribe-Post': z.literal('List-Unsubscribe=One-Click'),
        'X-LeadStatus-Message': z.string(),
        'Message-ID': z.string(),
      })
      .openapi({ description: 'Headers to add to the message as they are.' }),
  })
  .openapi('MessageAssets');

export const TokenParamsSchema = z.object({
  token: z.string().openapi({
    param: { name: 'token', in: 'path' },
    description: 'The opaque token of a tracking or unsubscribe URL.',
    example: 'AXdO2p1J8tW2bQ0mN4rA7yXc3vFh5kLs9uZe6gHi1oPq0wEr8tYu2iOp4aSd6fGh7jK',
  }),
});

/** The form of the unsubscribe page's button, and the RFC 8058 one-click body. */
export const UnsubscribeFormSchema = z
  .object({
    'List-Unsubscribe': z
      .string()
      .optional()
      .openapi({ description: '`One-Click` (RFC 8058): sent by mail apps’ unsubscribe buttons.' }),
    confirm: z.string().optional().openapi({ description: '`yes`: sent by the page’s button.' }),
  })
  .openapi('UnsubscribeForm', { example: { 'List-Unsubscribe': 'One-Click' } });
