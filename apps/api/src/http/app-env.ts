import type { Caller } from '../platform/auth/caller.js';
import type { Services } from '../platform/services/services.js';

export type { Caller } from '../platform/auth/caller.js'; // relayout: shim
export type { Services } from '../platform/services/services.js'; // relayout: shim

/** Hono's environment of this app: what every request carries (set by app.ts and the auth middleware). */
export interface AppEnv {
  Variables: {
    requestId: string;
    services: Services;
    caller: Caller;
  };
}
