// What lists publishes to other features (docs/decisions/layers.md): the list query, its keyset paging
// and its rows. Exports streams this same query to a file; a paused enrollment answers with its row.
export type { Position } from './cursor.js';
export { mergePositions, planPartitions, ROW_COLUMNS, type SortSpec, seekQuery, sortSpec } from './keyset.js';
export { labelInfos, labelJson } from './label-infos.js';
export { findListCampaign, type ListQuery, listRowsByIds, WHOLE_ROW_RANGES } from './list.repository.js';
export { type ListParams, toListQuery } from './list-query.js';
export {
  CampaignListQuerySchema,
  LabelRefSchema,
  type ListCampaign,
  type ListEnrollment,
  ListQuerySchema,
  type ListRow,
  ListRowSchema,
} from './schemas.js';
