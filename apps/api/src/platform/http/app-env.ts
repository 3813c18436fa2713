import type { Caller } from '../auth/caller.js';
import type { Services } from '../services/services.js';

/** Hono's environment of this app: what every request carries (set by app.ts and the auth middleware). */
export interface AppEnv {
  Variables: {
    requestId: string;
    services: Services;
    caller: Caller;
  };
}
