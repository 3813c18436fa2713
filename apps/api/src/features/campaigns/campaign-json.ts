import type { z } from '@hono/zod-openapi';
import { toIso } from '../../platform/time.js';
import type { CampaignWithSteps } from './campaigns.repository.js';
import type { CampaignSchema } from './schemas.js';

/** The API representation (handlers parse it with CampaignSchema before answering). */
export function campaignToJson(campaign: CampaignWithSteps): z.input<typeof CampaignSchema> {
  return {
    id: campaign.id,
    name: campaign.name,
    steps: campaign.steps.map((step) => ({
      position: step.position,
      subject: step.subject,
      delay_hours: step.delayHours,
    })),
    stop_on_company_reply: campaign.mail.stopOnCompanyReply,
    out_of_office: campaign.mail.outOfOffice,
    out_of_office_default_days: campaign.mail.outOfOfficeDefaultDays,
    created_at: toIso(campaign.createdAt),
    updated_at: toIso(campaign.updatedAt),
  };
}

/** The mail settings a create or PATCH body gives (absent keys stay undefined). */
export function mailSettingsFrom(body: {
  stop_on_company_reply?: boolean | undefined;
  out_of_office?: 'pause' | 'ignore' | undefined;
  out_of_office_default_days?: number | undefined;
}) {
  return {
    stopOnCompanyReply: body.stop_on_company_reply,
    outOfOffice: body.out_of_office,
    outOfOfficeDefaultDays: body.out_of_office_default_days,
  };
}

export function stepInputsFrom(steps: ReadonlyArray<{ subject: string; delay_hours: number }>) {
  return steps.map((step) => ({ subject: step.subject, delayHours: step.delay_hours }));
}
