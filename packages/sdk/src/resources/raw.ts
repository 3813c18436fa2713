import type { Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';

/** The typed openapi-fetch client every resource is built on. */
export type RawClient = Client<paths>;
