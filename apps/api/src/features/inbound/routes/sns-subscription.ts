import type { Services } from '../../../platform/services/services.js';
import type { TrackingRuntime } from '../../tracking/public.js';
import type { SnsEnvelope } from '../providers/ses.js';
import { type ProviderRecord, saveProviderState } from '../providers.repository.js';

export type SnsSubscription = 'pending_confirmation' | 'confirmed';

/**
 * A verified SubscriptionConfirmation (for the events topic or the receiving topic alike): confirmed
 * at once when SES_AUTO_CONFIRM allows, else kept pending with its SubscribeURL for the operator.
 */
export async function handleSubscriptionConfirmation(
  services: Services,
  runtime: TrackingRuntime,
  workspaceId: string,
  record: ProviderRecord,
  envelope: SnsEnvelope,
): Promise<SnsSubscription> {
  const pending = {
    topic_arn: envelope.TopicArn,
    subscribe_url: envelope.SubscribeURL as string,
    received_at: new Date(services.clock.now()).toISOString(),
  };
  if (runtime.sesAutoConfirm) {
    await runtime.confirmSubscription(pending.subscribe_url);
    await saveProviderState(services.writer, {
      workspaceId,
      provider: 'ses',
      state: { ...record.state, pending_confirmation: null },
    });
    services.logger.info({ workspaceId, topicArn: envelope.TopicArn }, 'SNS subscription confirmed');
    return 'confirmed';
  }
  await saveProviderState(services.writer, {
    workspaceId,
    provider: 'ses',
    state: { ...record.state, pending_confirmation: pending },
  });
  services.logger.warn(
    { workspaceId, topicArn: envelope.TopicArn, subscribeUrl: pending.subscribe_url },
    'SNS subscription waiting for confirmation: open its SubscribeURL (or set SES_AUTO_CONFIRM=true)',
  );
  return 'pending_confirmation';
}
