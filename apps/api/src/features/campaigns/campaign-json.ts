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
    created_at: toIso(campaign.createdAt),
    updated_at: toIso(campaign.updatedAt),
  };
}

export function stepInputsFrom(steps: ReadonlyArray<{ subject: string; delay_hours: number }>) {
  return steps.map((step) => ({ subject: step.subject, delayHours: step.delay_hours }));
}
