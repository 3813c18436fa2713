import { DEFAULT_MACHINE_RULES, type MachineRules } from '@leadstatus/core';
import type { MiddlewareHandler } from 'hono';
import type { Services } from '../../platform/services/services.js';

/** What the service can tune about tracking, inbound webhooks and the sweeper; tests shorten or stub them. */
export interface TrackingSettings {
  /** `PUBLIC_BASE_URL`: the origin tracking, unsubscribe and webhook URLs are built on. */
  publicBaseUrl?: string;
  machineRules?: MachineRules;
  /** How long a click waits for the clicks around it (honeypot, burst) before its verdict. */
  clickSettleMs?: number;
  /** Settle clicks on a timer after each click (default); off, only the sweeper does (tests decide when). */
  settleAfterClick?: boolean;
  /** Fetches SNS signing certificates (injected in tests: no outbound request). */
  fetchCertificate?: CertificateFetcher;
  /** `SES_AUTO_CONFIRM`: confirm SNS subscriptions by fetching their SubscribeURL. */
  sesAutoConfirm?: boolean;
  /** Fetches a SubscribeURL (injected in tests). */
  confirmSubscription?: (url: string) => Promise<void>;
  /** The sweeper's pause between passes; 0 (the default for createApp): it never starts by itself. */
  sweepIntervalMs?: number;
}

/**
 * Fetches an inbound provider's signing certificate (PEM) by URL. The HTTPS one is inbound's
 * (providers/sns-certificates.ts): app.ts hands it in, so tracking imports nothing of inbound.
 */
export type CertificateFetcher = (url: string) => Promise<string>;

export interface TrackingRuntime {
  publicBaseUrl: string;
  machineRules: MachineRules;
  clickSettleMs: number;
  fetchCertificate: CertificateFetcher;
  sesAutoConfirm: boolean;
  confirmSubscription: (url: string) => Promise<void>;
  sweepIntervalMs: number;
  /** Settles a workspace's clicks soon after they can be judged (the sweeper is the backstop). */
  scheduleClickSettle(services: Services, workspaceId: string): void;
  /** Cancels the pending settle timers. */
  close(): void;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** Set on every request by createApp. */
    tracking: TrackingRuntime;
  }
}

const DEFAULT_BASE_URL = 'http://127.0.0.1:8787';

/** Fetches with a timeout and no redirects; only ever called for AWS SNS URLs already checked. */
async function fetchSubscribeUrl(url: string): Promise<void> {
  const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`SubscribeURL answered ${response.status}`);
}

export function createTrackingRuntime(
  settings: TrackingSettings,
  settleWorkspace: (services: Services, runtime: TrackingRuntime, workspaceId: string) => Promise<number>,
  defaultFetchCertificate: CertificateFetcher,
): TrackingRuntime {
  const timers = new Map<string, NodeJS.Timeout>();
  let closed = false;
  const runtime: TrackingRuntime = {
    publicBaseUrl: (settings.publicBaseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ''),
    machineRules: settings.machineRules ?? DEFAULT_MACHINE_RULES,
    clickSettleMs:
      settings.clickSettleMs ?? (settings.machineRules ?? DEFAULT_MACHINE_RULES).sameMomentMs + 500,
    fetchCertificate: settings.fetchCertificate ?? defaultFetchCertificate,
    sesAutoConfirm: settings.sesAutoConfirm ?? false,
    confirmSubscription: settings.confirmSubscription ?? fetchSubscribeUrl,
    sweepIntervalMs: settings.sweepIntervalMs ?? 0,
    scheduleClickSettle(services, workspaceId) {
      if (closed || settings.settleAfterClick === false || timers.has(workspaceId)) return;
      const run = () => {
        // Cleared first: a click arriving during this run schedules the next one.
        timers.delete(workspaceId);
        settleWorkspace(services, runtime, workspaceId)
          .then((waiting) => {
            if (waiting > 0) runtime.scheduleClickSettle(services, workspaceId);
          })
          .catch((error: unknown) => {
            services.logger.error({ err: error, workspaceId }, 'settling clicks failed');
          });
      };
      const timer = setTimeout(run, runtime.clickSettleMs + 50);
      timer.unref();
      timers.set(workspaceId, timer);
    },
    close() {
      closed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
  return runtime;
}

/** Hands the runtime to the tracking, inbound and sequence routes (no module-level state). */
export function provideTracking(runtime: TrackingRuntime): MiddlewareHandler {
  return async (c, next) => {
    c.set('tracking', runtime);
    await next();
  };
}

/**
 * The open pixel is an image on other origins (webmail, mail apps' web views): it must say
 * `Cross-Origin-Resource-Policy: cross-origin`, or browsers that enforce CORP drop it. Registered
 * before secureHeaders, so this runs after it and replaces its `same-origin` default for /t/* only.
 */
export function crossOriginTrackingResources(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
  };
}
