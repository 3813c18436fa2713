// What campaigns publishes to other features (docs/decisions/layers.md): a campaign's id, its
// look-ups, and the 404 every campaign-scoped route answers for a campaign of another workspace.
export { findCampaign } from './campaigns.repository.js';
export { requireCampaign } from './require-campaign.js';
export { CampaignIdParamsSchema, isCampaignIdShape } from './schemas.js';
