// Generated from packages/sdk/openapi.json by `pnpm --filter @leadstatus/sdk contract:write`. Do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Up. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The database is reachable
         * @description For load balancers: 200 when the database answers, 503 when it does not.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/t/c/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tracked link
         * @description Redirects (302) to exactly the URL given for this link in `POST /v1/messages` (never to a URL from the request) and records a `clicked` event a few seconds later, once the clicks around it are known: clicks by scanners (known user agents, within seconds of the send, every link at once, near a honeypot click) and `HEAD` requests are recorded with `machine: true`. The honeypot link answers a blank page. Public (no API key).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The opaque token of a tracking or unsubscribe URL. */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The honeypot link: a blank page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description To the link’s URL. */
                302: {
                    headers: {
                        Location: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/t/o/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open pixel
         * @description A 1x1 transparent GIF that records an `opened` event with the user agent. Public (no API key): the token names the message. Any token, valid or not, gets the same GIF and a bad one records nothing, so the answer reveals nothing. Opens by security scanners and privacy proxies (known user agents, within seconds of the send) and `HEAD` requests are recorded with `machine: true`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The opaque token of a tracking or unsubscribe URL. */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The GIF (`Cache-Control: no-store`). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/gif": string;
                    };
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/u/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unsubscribe page
         * @description A small page asking to confirm: a GET changes nothing (security scanners fetch every link). Its button POSTs to the same URL. Public (no API key).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The opaque token of a tracking or unsubscribe URL. */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The confirmation page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Unsubscribe (page button and RFC 8058 one-click)
         * @description Records `unsubscribed` for the lead: reason `one_click` for the RFC 8058 body `List-Unsubscribe=One-Click` (what mail apps send from the `List-Unsubscribe-Post` header), `link` for the page’s button (`confirm=yes`). The lead is unsubscribed from every campaign and its address joins the do-not-contact list. Once per message: posting again changes nothing. Public (no API key).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The opaque token of a tracking or unsubscribe URL. */
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": components["schemas"]["UnsubscribeForm"];
                    "multipart/form-data": components["schemas"]["UnsubscribeForm"];
                };
            };
            responses: {
                /** @description Unsubscribed: a confirmation page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics across the workspace
         * @description The campaign summary summed over every campaign of the workspace, or over the `campaign_id` ones.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only these campaigns (1 to 50): repeat the parameter or separate with commas. Ids of no campaign in your workspace add nothing. */
                    campaign_id?: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The summary. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsSummary"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List campaigns
         * @description Newest first, with their steps. Pass `next_cursor` as `cursor` for the next page.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of campaigns. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CampaignList"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a campaign
         * @description A named sequence of 1 to 50 email steps, each with a subject and a delay in hours.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CampaignInput"];
                };
            };
            responses: {
                /** @description The new campaign. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key is in use by a request still running. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign with its steps */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The campaign. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a campaign or replace its steps
         * @description Send `name`, `steps` or both; `steps` replaces every step of the sequence.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CampaignPatch"];
                };
            };
            responses: {
                /** @description The updated campaign. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/campaigns/{id}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A campaign's analytics
         * @description Enrollment count, status distribution, rates and opens of one campaign, read from counters maintained as events are applied.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The summary. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsSummary"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/analytics/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A campaign's daily or weekly trends
         * @description Per local day (or ISO week) of `from`..`to`, how many leads had at least one event of each kind: sent, human open, human click, human reply, bounce, opt-out, machine open. Read from daily rollups kept for UTC and the workspace's reporting zone (`settings.timezone`, see `PATCH /v1/workspace`); another `tz` is a 400. At most 400 days.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First local day (included). Default: 29 days before `to`. */
                    from?: string;
                    /** @description Last local day (included). Default: today in `tz`. */
                    to?: string;
                    /** @description One point per day, or per ISO week (Monday to Sunday, clipped to the range): a week point is the sum of its daily counts. */
                    interval?: "day" | "week";
                    /** @description IANA zone whose local days the points follow: `UTC` or the workspace's reporting zone (its `settings.timezone`, the default). */
                    tz?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One point per day or week, zeros included. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trends"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leads whose next step is due now
         * @description For a sending engine: the campaign’s enrollments whose next step is due (most overdue first), with the step to send. Step 1 is due its `delay_hours` after enrollment; each next step its `delay_hours` after the previous step was reported sent (`POST /v1/messages`). Never lists replied, bounced, unsubscribed, completed or paused leads, nor leads past their last step. Report each send with `POST /v1/messages`: it moves the lead off this list.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The due enrollments. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DueList"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Campaign -> Leads view: one campaign’s leads, with their status
         * @description The Leads tab for one campaign: the same filters (but `campaign_id`), sorts and cursors. A campaign of another workspace is a 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only these statuses: repeat the parameter (`status=a&status=b`) or separate with commas. */
                    status?: components["schemas"]["Status"][];
                    /** @description Only leads with these outcome labels (keys from `GET /v1/labels`); `none` for leads with no label. Repeat the parameter or separate with commas. */
                    label?: string[];
                    /** @description Case-insensitive "contains" over the e-mail, first name, last name and company. */
                    q?: string;
                    /** @description Only enrollments updated at or after this RFC 3339 time. */
                    updated_since?: string;
                    /** @description Sort key; `-` for descending. Ties are broken by enrollment id. */
                    sort?: "-status_changed_at" | "status_changed_at" | "email" | "-email" | "-last_event_at" | "last_event_at";
                    /** @description Page size, 1..500. */
                    limit?: number;
                    /** @description Opaque: the `next_cursor` of the previous page, with the same `sort`. */
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of rows. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LeadListPage"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Enroll leads in a campaign
         * @description Adds leads by id, by e-mail, or by filter (every lead of another campaign in some statuses). New enrollments start Not Contacted; a lead on the do-not-contact list (or of a listed domain) is enrolled Bounced / Blocked and is never due. Leads already in the campaign are left as they are.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "emails": [
                     *         "ann@example.com",
                     *         "bo@example.org"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EnrollRequest"];
                };
            };
            responses: {
                /** @description What happened to each lead. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnrollResponse"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key is in use by a request still running. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/leads/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export one campaign’s leads as CSV or NDJSON
         * @description Every row of `GET /v1/campaigns/{id}/leads` with the same filters and sort, streamed to the end. A campaign of another workspace is a 404, and a bad parameter a 400, before any byte of the body.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only these statuses: repeat the parameter (`status=a&status=b`) or separate with commas. */
                    status?: components["schemas"]["Status"][];
                    /** @description Only leads with these outcome labels (keys from `GET /v1/labels`); `none` for leads with no label. Repeat the parameter or separate with commas. */
                    label?: string[];
                    /** @description Case-insensitive "contains" over the e-mail, first name, last name and company. */
                    q?: string;
                    /** @description Only enrollments updated at or after this RFC 3339 time. */
                    updated_since?: string;
                    /** @description Sort key; `-` for descending. Ties are broken by enrollment id. */
                    sort?: "-status_changed_at" | "status_changed_at" | "email" | "-email" | "-last_event_at" | "last_event_at";
                    /** @description `csv` (RFC 4180, UTF-8, a header row) or `ndjson` (one list row as JSON per line, the shape of `LeadListRow`). */
                    format?: "csv" | "ndjson";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rows, streamed; `Content-Disposition` names the file `leads-<campaign id>-<date>.csv`. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": string;
                        "text/csv": string;
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/leads/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause many leads of a campaign
         * @description By lead ids or by status filter; reports how many changed and how many were not allowed. All in one transaction.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "filter": {
                     *         "status": [
                     *           "sent",
                     *           "engaged"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BulkPauseRequest"];
                };
            };
            responses: {
                /** @description What changed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkPauseResult"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key is in use by a request still running. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/leads/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume many paused leads of a campaign
         * @description By lead ids or by status filter; reports how many changed and how many were not allowed. All in one transaction.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "filter": {
                     *         "status": [
                     *           "sent",
                     *           "engaged"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BulkPauseRequest"];
                };
            };
            responses: {
                /** @description What changed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkPauseResult"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key is in use by a request still running. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/leads/{lead_id}/label": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set, change or clear the outcome label of a lead in a campaign
         * @description A label says what came of the lead, beside its status (a Replied lead can be Meeting booked). Every change is recorded in the lead’s label history; setting the label it has already changes nothing.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lead_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SetLabel"];
                };
            };
            responses: {
                /** @description The enrollment, as a list row. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LeadListRow"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/leads/{lead_id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a lead in a campaign
         * @description Allowed when the lead is Not Contacted, Sent or Engaged (else 409). While paused no step is due; events still count, and a reply, bounce or unsubscribe ends the pause at once.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path: {
                    id: string;
                    lead_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The enrollment, as a list row. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LeadListRow"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/leads/{lead_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused lead
         * @description Allowed when the lead is Paused (else 409). The lead shows what happened meanwhile, e.g. Engaged if it opened.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path: {
                    id: string;
                    lead_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The enrollment, as a list row. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LeadListRow"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/sequence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign’s sequence settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The settings (defaults included). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SequenceSettings"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Set a campaign’s sequence settings
         * @description `final_wait_hours`: how long after its last step a lead that has not replied becomes Completed (the sweeper records `sequence_completed`). Applies to last steps sent from now on.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "final_wait_hours": 96
                     *     }
                     */
                    "application/json": components["schemas"]["SequenceSettingsInput"];
                };
            };
            responses: {
                /** @description The settings. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SequenceSettings"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dnc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the do-not-contact entries
         * @description Newest first; page with `next_cursor`.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    kind?: "email" | "domain";
                    /** @description Entries containing this text. */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entries. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DncList"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an e-mail or a domain to the do-not-contact list
         * @description An e-mail unsubscribes its lead from every campaign (reason `dnc_list`); a domain (`@example.com`) blocks every lead at that domain (reason `dnc_rule`). Leads enrolled later are blocked at once. Adding an entry that is already listed answers 200 with it and changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "value": "@competitor.example"
                     *     }
                     */
                    "application/json": components["schemas"]["DncInput"];
                };
            };
            responses: {
                /** @description Already listed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DncCreated"];
                    };
                };
                /** @description Listed and applied. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DncCreated"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key is in use by a request still running. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dnc/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a do-not-contact entry
         * @description Leads enrolled from now on are no longer blocked by it. Enrollments it already unsubscribed or blocked stay as they are: opting out is final.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/embed-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint an embed token for the widgets
         * @description A short-lived, read-only token for browsers (the widgets), minted by your backend with its secret key. It reads leads, campaigns, analytics and the stream of your workspace, narrowed to `campaign_ids` and `statuses` when given; writes, webhooks, DNC and settings answer 403. Other origins than `allowed_origins` get no CORS answer. Expired or altered tokens answer 401.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "allowed_origins": [
                     *         "https://app.example.com"
                     *       ],
                     *       "campaign_ids": [
                     *         "cmp_01JDQ7X3M6V1W8A2B4C6D8E0F3"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EmbedTokenInput"];
                };
            };
            responses: {
                /** @description The token. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmbedToken"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key is in use by a request still running. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record one event
         * @description Records what happened to a lead in a campaign and applies it to the lead’s status there. An event with an `id` seen before answers 200 with `duplicate: true` and changes nothing. Unsubscribes and complaints also unsubscribe the lead from every other campaign and add its e-mail to the do-not-contact list.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "campaign_id": "cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2",
                     *       "id": "esp-msg-123:open",
                     *       "lead_id": "lead_01JDQ7X3M6V1W8A2B4C6D8E0F3",
                     *       "occurred_at": "2026-11-27T10:00:00Z",
                     *       "type": "opened"
                     *     }
                     */
                    "application/json": components["schemas"]["EventInput"];
                };
            };
            responses: {
                /** @description A duplicate of an event recorded before: nothing changed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventAccepted"];
                    };
                };
                /** @description Recorded and applied. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventAccepted"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key is in use by a request still running. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record up to 1000 events
         * @description Applies every valid event in one transaction, in the order given (events older than what an enrollment has seen are placed by `occurred_at`). Each item has its own result: `applied`, `duplicate` (its id was seen before), `invalid` (with field `errors`) or `not_found` (the lead is not in that campaign).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventBatch"];
                };
            };
            responses: {
                /** @description One result per event, in request order. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BatchEventsResponse"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key is in use by a request still running. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the mail read
         * @description Newest first. `matched=false` is the triage list: mail no enrollment was found for, to match by hand (`POST /v1/inbound/messages/{id}/match`). Pass `next_cursor` as `cursor` for the next page.
         */
        get: {
            parameters: {
                query?: {
                    kind?: "reply" | "auto_reply" | "out_of_office" | "bounce" | "complaint" | "unsubscribe_request";
                    /** @description `false`: the triage list of mail no enrollment was found for. */
                    matched?: "true" | "false";
                    campaign_id?: string;
                    limit?: number;
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of mail. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InboundMessageList"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Read a mail a lead (or a mail server) sent back
         * @description Post the raw message (`message/rfc822`, up to 10 MiB) as your mailbox received it: a reply, an automatic reply, an out-of-office, a bounce (DSN) or a complaint (ARF). It is classified, matched to the enrollment it answers (In-Reply-To, References, the original inside a report, then the address), and its effect recorded: a reply makes the lead Replied, an out-of-office pauses it until the day after its return date, a bounce applies the bounce rules, a complaint or an unsubscribe request opts the lead out. The same mail again (by Message-ID, or its bytes) answers 200 with `duplicate: true` and changes nothing. Unmatched mail is kept for triage.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Only this campaign’s enrollments match the mail. */
                    campaign_id?: string;
                };
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "message/rfc822": string;
                };
            };
            responses: {
                /** @description This mail was received before: nothing changed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceivedMail"];
                    };
                };
                /** @description Read, and recorded when matched. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceivedMail"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key is in use by a request still running. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mail read: its headers that matter, its classification and its snippet */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The mail. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InboundMessage"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound/messages/{id}/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Match an unmatched mail to a lead in a campaign, by hand
         * @description For mail the triage list shows (`matched=false`): records its effect on the lead’s enrollment in the campaign, as if it had been matched when it came in. A mail matched already answers 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InboundManualMatch"];
                };
            };
            responses: {
                /** @description Matched and recorded. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceivedMail"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the outcome labels
         * @description The built-in labels (interested, meeting booked, meeting completed, won, not now, wrong person, not interested, lost), then your own, by name. A label says what came of a lead, beside its status.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every label of the workspace. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LabelList"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a label of your own
         * @description Its `key` is made from the name (lower case, `_` between words, accents dropped): `Demo scheduled` is `demo_scheduled`. A key that a built-in label or one of yours has is a 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LabelInput"];
                };
            };
            responses: {
                /** @description Added. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Label"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/labels/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one of your labels
         * @description The leads that carried it lose it, each with an entry in its label history. Built-in labels cannot be deleted (409).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Rename one of your labels, or change its sentiment
         * @description Its key stays. Built-in labels cannot be changed (409).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LabelPatch"];
                };
            };
            responses: {
                /** @description The label. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Label"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Leads tab: leads in every campaign, with their status
         * @description One row per lead per campaign, filtered by status, campaign, text and update time, newest status change first by default. Pages follow `next_cursor`: a row that does not change is never skipped or repeated, and a row whose status changes while you page moves ahead of the cursor.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only these statuses: repeat the parameter (`status=a&status=b`) or separate with commas. */
                    status?: components["schemas"]["Status"][];
                    /** @description Only these campaigns (at most 50): repeat the parameter or separate with commas. */
                    campaign_id?: string[] | null;
                    /** @description Only leads with these outcome labels (keys from `GET /v1/labels`); `none` for leads with no label. Repeat the parameter or separate with commas. */
                    label?: string[];
                    /** @description Case-insensitive "contains" over the e-mail, first name, last name and company. */
                    q?: string;
                    /** @description Only enrollments updated at or after this RFC 3339 time. */
                    updated_since?: string;
                    /** @description Sort key; `-` for descending. Ties are broken by enrollment id. */
                    sort?: "-status_changed_at" | "status_changed_at" | "email" | "-email" | "-last_event_at" | "last_event_at";
                    /** @description Page size, 1..500. */
                    limit?: number;
                    /** @description Opaque: the `next_cursor` of the previous page, with the same `sort`. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of rows. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LeadListPage"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a lead
         * @description Creates one lead. E-mail addresses are unique within a workspace, compared case-insensitively: a second lead with the same address is a 409. To create or update many, use `POST /v1/leads/batch`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LeadInput"];
                };
            };
            responses: {
                /** @description The new lead. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lead"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leads/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update many leads
         * @description Upserts up to 1000 leads by e-mail (case-insensitive), all in one transaction. Each item is validated on its own: an invalid item is reported and the others still apply. For an existing lead, the fields an item sends overwrite, absent fields are kept, and `custom_fields` merge key by key (null removes a key). When several items share an e-mail they apply in order; the later ones are reported as `updated`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LeadBatchRequest"];
                };
            };
            responses: {
                /** @description One result per item, in the order sent, and a summary. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LeadBatchResponse"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key is in use by a request still running. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leads/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the Leads tab as CSV or NDJSON
         * @description Every row of `GET /v1/leads` with the same filters and sort, in the same order, streamed to the end (no `limit` or `cursor`). A bad parameter is a 400 before any byte of the body. Should the export fail midway, the connection is aborted, so a download that ends is a complete one.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only these statuses: repeat the parameter (`status=a&status=b`) or separate with commas. */
                    status?: components["schemas"]["Status"][];
                    /** @description Only these campaigns (at most 50): repeat the parameter or separate with commas. */
                    campaign_id?: string[] | null;
                    /** @description Only leads with these outcome labels (keys from `GET /v1/labels`); `none` for leads with no label. Repeat the parameter or separate with commas. */
                    label?: string[];
                    /** @description Case-insensitive "contains" over the e-mail, first name, last name and company. */
                    q?: string;
                    /** @description Only enrollments updated at or after this RFC 3339 time. */
                    updated_since?: string;
                    /** @description Sort key; `-` for descending. Ties are broken by enrollment id. */
                    sort?: "-status_changed_at" | "status_changed_at" | "email" | "-email" | "-last_event_at" | "last_event_at";
                    /** @description `csv` (RFC 4180, UTF-8, a header row) or `ndjson` (one list row as JSON per line, the shape of `LeadListRow`). */
                    format?: "csv" | "ndjson";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rows, streamed; `Content-Disposition` names the file `leads-all-<date>.csv`. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": string;
                        "text/csv": string;
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A lead with its enrollments and timeline
         * @description The lead, each campaign it is enrolled in (status, counters), and its timeline: events and status changes of every enrollment, oldest first (the most recent 500).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The lead. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LeadDetails"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Erase a lead (GDPR)
         * @description Deletes the lead with its enrollments, events, status changes, tracked messages, the webhook deliveries that carry it and the stored answers of idempotent requests that name it, and updates campaign analytics, in one transaction. Do-not-contact entries are kept: an address that opted out stays blocked.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Erased. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a lead
         * @description Changes only the fields sent: null clears a name or company, and `custom_fields` merge key by key (null removes a key). A new e-mail must not belong to another lead of the workspace (409).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LeadPatch"];
                };
            };
            responses: {
                /** @description The updated lead. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lead"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a message you are sending, and get its tracking URLs
         * @description Call it just before sending step `step` to a lead: records the `sent` event (which also schedules the next step) and answers the open pixel, the tracked URL of each link, a honeypot link, the unsubscribe URL and the `List-Unsubscribe` / `List-Unsubscribe-Post` headers (RFC 8058). A 409 means sending has stopped for that lead (replied, bounced, unsubscribed, completed or paused): do not send. Report the same `id` again (a retry) to get the same answer.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "campaign_id": "cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2",
                     *       "id": "esp-msg-123",
                     *       "lead_id": "lead_01JDQ7X3M6V1W8A2B4C6D8E0F3",
                     *       "links": [
                     *         "https://example.com/pricing"
                     *       ],
                     *       "step": 1
                     *     }
                     */
                    "application/json": components["schemas"]["MessageInput"];
                };
            };
            responses: {
                /** @description This message `id` was reported before: the same assets, nothing recorded again. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MessageAssets"];
                    };
                };
                /** @description Recorded: send the message with these URLs and headers. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MessageAssets"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/metrics/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What each analytics metric and rate counts
         * @description Every metric and rate of the analytics summary, with its numerator and denominator in words.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The definitions. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MetricDefinitions"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ESPs set up for inbound webhooks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Each configured ESP. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProviderList"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set an ESP’s webhook secret
         * @description Stores what verifies the ESP’s webhooks for this workspace: `ses` takes `topic_arns`, `sendgrid` `public_key`, `mailgun` `signing_key`, `postmark` `secret` (and optionally `username`). Replaces any earlier settings. The answer (and `GET /v1/providers`) shows secrets only as a fingerprint, and gives the `webhook_url` to give the ESP.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    provider: "ses" | "sendgrid" | "mailgun" | "postmark";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProviderConfigInput"];
                };
            };
            responses: {
                /** @description Saved. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Provider"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Stop accepting an ESP’s webhooks */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    provider: "ses" | "sendgrid" | "mailgun" | "postmark";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed: its webhooks now answer 401. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every status, with its label and meaning
         * @description The eight statuses in display order, for building filters and legends.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The statuses. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["StatusInfo"][];
                        };
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream status changes (Server-Sent Events)
         * @description Every change of an enrollment status in your workspace (or one campaign), within a second, from any server process. Hold it open with `fetch` or any SSE client that can send the `Authorization` header; reconnecting with `Last-Event-ID` misses nothing. At most 100 open streams per workspace and server process.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only the changes of this campaign. */
                    campaign_id?: string;
                    /** @description The same as the `Last-Event-ID` header, for clients that cannot set headers. The header wins when both are sent. */
                    last_event_id?: string;
                };
                header?: {
                    /** @description The `id` of the last event received: the changes after it are sent first (browsers send it when they reconnect). */
                    "last-event-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /**
                 * @description A [Server-Sent Events](https://html.spec.whatwg.org/multipage/server-sent-events.html) stream.
                 *     It opens with `retry: 2000` and a `ready` event whose `id` is a cursor, then sends one event per status change:
                 *
                 *     ```
                 *     event: status.changed
                 *     id: chg_01JDQ7X3M6V1W8A2B4C6D8E0F2
                 *     data: {"enrollment_id":"enr_…","lead_id":"lead_…","campaign_id":"cmp_…","from":"sent","to":"replied","reason":null,"at":"2026-11-27T10:00:00.000Z"}
                 *     ```
                 *
                 *     `at` is when the change happened in the lead's history. A comment line (`: ping`) every 15 seconds keeps
                 *     proxies from closing an idle stream. On reconnect, browsers send `Last-Event-ID` and the changes after it
                 *     are sent first; changes from the 2 seconds before it may come again (dedupe by `id`).
                 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the webhooks
         * @description Newest first; secrets are never listed.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of webhooks. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookList"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Subscribe an endpoint to webhooks
         * @description Every status change from now on is POSTed to `url`, signed the Standard Webhooks way (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>`) with the `secret` returned here, shown only once. Failed deliveries are retried with exponential backoff for about two days; an endpoint answering 410 Gone is disabled. The URL must be `https` and must not resolve to a private or loopback address. At most 20 webhooks per workspace.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "event_types": [
                     *         "lead.status_changed"
                     *       ],
                     *       "url": "https://partner.example/webhooks/lead-status"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookInput"];
                };
            };
            responses: {
                /** @description Subscribed; `secret` is not shown again. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookCreated"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook
         * @description Its URL, event types and whether it is enabled (never its secret).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The webhook. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Stops its deliveries and deletes its delivery log.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a webhook’s URL or event types, or disable or enable it
         * @description A new `url` is checked like at creation. `enabled: true` re-enables a webhook disabled by hand or by a 410 Gone answer; it receives the status changes from then on.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "enabled": false
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookPatch"];
                };
            };
            responses: {
                /** @description The updated webhook. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a webhook’s deliveries and their attempts
         * @description The delivery log, newest first: each message with its body and every attempt (status code, duration, error, time). Page with `next_cursor`; filter with `status`.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "pending" | "delivered" | "failed";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of deliveries. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryList"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one delivery and its attempts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    delivery_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The delivery. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{delivery_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again now
         * @description Queues the same message (same body and `webhook-id`, a fresh timestamp and signature) for an attempt now, with a fresh round of retries; watch the log for the result. Works for delivered and failed deliveries alike. 409 while the webhook is disabled or the delivery is being sent.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path: {
                    id: string;
                    delivery_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued; the attempt follows within moments. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Queues a `webhook.test` message to the endpoint, signed like every delivery, to check that it receives and verifies them. It appears in the delivery log and is retried like any other.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
                    "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued; the attempt follows within moments. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field (path, query, header or body). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The Idempotency-Key was used with another request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace of the calling key
         * @description Handy to check a key: answers 200 with its workspace, 401 when the key is not valid.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The workspace. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Workspace"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename the workspace or change its settings
         * @description Send `name`, `settings` or both; only the settings sent change. A new `settings.timezone` (the reporting zone of trends) rebuilds its daily trend rollups from the stored events before answering.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WorkspacePatch"];
                };
            };
            responses: {
                /** @description The updated workspace. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Workspace"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credential may not do this (e.g. an embed token on a write route). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/webhooks/{provider}/{workspace_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive an ESP’s event webhook
         * @description Where SES (through SNS), SendGrid, Mailgun and Postmark post their events. Each request is checked the way the provider documents (SNS signature and topic, SendGrid ECDSA signature, Mailgun HMAC, Postmark basic auth or secret header) against the settings of `PUT /v1/providers/{provider}`: a missing or bad signature is a 401 and records nothing. So is a signature outside its freshness window (Mailgun and SendGrid: 5 minutes either side of the server clock; SNS: published up to an hour ago, or 5 minutes ahead) and a Mailgun signature token seen before (a replay). Events whose time is outside the accepted range are counted as `ignored`. Events are matched to the message named by `leadstatus_message` (or else the latest message to the recipient) and recorded once per provider event id: a replay is a duplicate. Public (no API key).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description `ses`, `sendgrid`, `mailgun` or `postmark`. */
                    provider: string;
                    workspace_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                    "text/plain": string;
                };
            };
            responses: {
                /** @description Verified and recorded. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InboundResult"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{provider}/{workspace_id}/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive the mail an ESP received for you
         * @description Where an ESP posts the mail it received (replies, bounces, out-of-offices), each read like `POST /v1/inbound/messages` with `source` set to the ESP. Checked against the settings of `PUT /v1/providers/{provider}` as the event webhook is, with the same opaque 401 for every failure:
         *
         *     - `ses`: an SES receipt rule with an **SNS action** (not S3) publishing to a topic listed in `topic_arns`, subscribed to this URL. The SNS signature, topic and freshness (1 hour) are checked; the mail is the notification’s `content` (base64 when the action’s encoding is Base64). A SubscriptionConfirmation is handled as on the event webhook.
         *     - `sendgrid`: Inbound Parse with "POST the raw, full MIME message" on (the mail is the `email` field) and a **security policy with signature verification** attached to the Parse setting: SendGrid signs the post with ECDSA as it signs the Event Webhook, verified with the configured `public_key` over the timestamp header and the exact multipart body, fresh within 5 minutes. Unsigned posts are refused: Parse has no shared secret, and its signature is the only proof of origin this service can check.
         *     - `mailgun`: a route whose action is `forward("https://…/webhooks/mailgun/<workspace id>/mime")` (Mailgun posts the raw MIME, `body-mime`, only to a URL ending in `mime`). The HMAC of `timestamp` + `token` with the signing key, its freshness (5 minutes) and the token’s first use (no replay) are checked.
         *     - `postmark`: the server’s inbound webhook with "Include raw email content in JSON payload" on (the mail is `RawEmail`), and basic auth in the URL (`https://postmark:<secret>@…`) or the `X-Webhook-Secret` header.
         *
         *     A payload without the mail (an S3 action, Parse not in raw mode, a Mailgun URL not ending in `mime`, no `RawEmail`) is a 400 that says which setting to change; a mail over 10 MiB is a 413. A new mail answers 202, a redelivery (same Message-ID) 200 with `duplicate: true`. Public (no API key).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description `ses`, `sendgrid`, `mailgun` or `postmark`. */
                    provider: string;
                    workspace_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                    "application/x-www-form-urlencoded": Record<string, never>;
                    "multipart/form-data": Record<string, never>;
                    "text/plain": string;
                };
            };
            responses: {
                /** @description This mail was received before (nothing changed), or an SNS message with no mail. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceivedMail"] | components["schemas"]["InboundMailSnsNotice"];
                    };
                };
                /** @description Read, and recorded when matched. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceivedMail"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{provider}/{workspace_id}/mime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive the mail an ESP received for you
         * @description Where an ESP posts the mail it received (replies, bounces, out-of-offices), each read like `POST /v1/inbound/messages` with `source` set to the ESP. Checked against the settings of `PUT /v1/providers/{provider}` as the event webhook is, with the same opaque 401 for every failure:
         *
         *     - `ses`: an SES receipt rule with an **SNS action** (not S3) publishing to a topic listed in `topic_arns`, subscribed to this URL. The SNS signature, topic and freshness (1 hour) are checked; the mail is the notification’s `content` (base64 when the action’s encoding is Base64). A SubscriptionConfirmation is handled as on the event webhook.
         *     - `sendgrid`: Inbound Parse with "POST the raw, full MIME message" on (the mail is the `email` field) and a **security policy with signature verification** attached to the Parse setting: SendGrid signs the post with ECDSA as it signs the Event Webhook, verified with the configured `public_key` over the timestamp header and the exact multipart body, fresh within 5 minutes. Unsigned posts are refused: Parse has no shared secret, and its signature is the only proof of origin this service can check.
         *     - `mailgun`: a route whose action is `forward("https://…/webhooks/mailgun/<workspace id>/mime")` (Mailgun posts the raw MIME, `body-mime`, only to a URL ending in `mime`). The HMAC of `timestamp` + `token` with the signing key, its freshness (5 minutes) and the token’s first use (no replay) are checked.
         *     - `postmark`: the server’s inbound webhook with "Include raw email content in JSON payload" on (the mail is `RawEmail`), and basic auth in the URL (`https://postmark:<secret>@…`) or the `X-Webhook-Secret` header.
         *
         *     A payload without the mail (an S3 action, Parse not in raw mode, a Mailgun URL not ending in `mime`, no `RawEmail`) is a 400 that says which setting to change; a mail over 10 MiB is a 413. A new mail answers 202, a redelivery (same Message-ID) 200 with `duplicate: true`. Public (no API key).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description `ses`, `sendgrid`, `mailgun` or `postmark`. */
                    provider: string;
                    workspace_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                    "application/x-www-form-urlencoded": Record<string, never>;
                    "multipart/form-data": Record<string, never>;
                    "text/plain": string;
                };
            };
            responses: {
                /** @description This mail was received before (nothing changed), or an SNS message with no mail. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceivedMail"] | components["schemas"]["InboundMailSnsNotice"];
                    };
                };
                /** @description Read, and recorded when matched. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceivedMail"];
                    };
                };
                /** @description The request is not valid: `errors` lists each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, unknown, expired or revoked credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your workspace. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit (1 MiB by default). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not `application/json` (or the form the route takes). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unexpected error; the `instance` names the request for support. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "/lead.status_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A lead’s status changed in a campaign
         * @description Sent to each enabled subscription. Verify `webhook-signature` with the subscription secret before trusting the body; `webhook-id` is the same on every retry of a message (deduplicate on it).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The message id (`dlv_…`): the same on every attempt. */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt. */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx marks the delivery delivered; 410 disables the subscription; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        AnalyticsSummary: {
            /**
             * @description Enrollments Bounced / Blocked by the do-not-contact list (reason `dnc_rule` or `opted_out`): counted apart, in no rate.
             * @example 4
             */
            blocked: number;
            /**
             * @description Enrollments paused now because another lead at their company replied in the campaign.
             * @example 2
             */
            company_stops: number;
            /**
             * @description Enrollments with at least one event that reached or was tried on the lead: a send, an open or click (human or machine), a reply (human or automatic), a bounce, a rejection, or an opt-out by link, one-click, reply or complaint. Not a do-not-contact block, a pause, the end of the sequence, an unsubscribe with reason `dnc_list` or `manual`, or an opt-out fanned out from another campaign. The denominator of every rate.
             * @example 96
             */
            contacted: number;
            /**
             * @description Enrollments per status (sums to `enrolled`).
             * @example {
             *       "bounced": 6,
             *       "completed": 15,
             *       "engaged": 22,
             *       "not_contacted": 20,
             *       "paused": 2,
             *       "replied": 12,
             *       "sent": 40,
             *       "unsubscribed": 3
             *     }
             */
            distribution: {
                bounced: number;
                completed: number;
                engaged: number;
                not_contacted: number;
                paused: number;
                replied: number;
                sent: number;
                unsubscribed: number;
            };
            /**
             * @description Enrollments, whatever their status.
             * @example 120
             */
            enrolled: number;
            opens: {
                /**
                 * @description Enrollments with at least one human open.
                 * @example 40
                 */
                human: number;
                /**
                 * @description Enrollments with at least one machine-made open (scanners, privacy proxies).
                 * @example 30
                 */
                machine: number;
            };
            /**
             * @description Enrollments paused now by an out-of-office reply, until the day after its return date.
             * @example 3
             */
            out_of_office_holds: number;
            /** @description Each a share of `contacted` (its numerator counts only contacted enrollments, so it is within [0, 1]); null when `contacted` is 0. See `GET /v1/metrics/definitions` for each numerator. */
            rates: {
                /**
                 * @description A fraction from 0 to 1; null when its denominator is 0.
                 * @example 0.125
                 */
                bounce_rate: number | null;
                /**
                 * @description A fraction from 0 to 1; null when its denominator is 0.
                 * @example 0.125
                 */
                click_rate: number | null;
                /**
                 * @description A fraction from 0 to 1; null when its denominator is 0.
                 * @example 0.125
                 */
                completion_rate: number | null;
                /**
                 * @description A fraction from 0 to 1; null when its denominator is 0.
                 * @example 0.125
                 */
                engagement_rate: number | null;
                /**
                 * @description A fraction from 0 to 1; null when its denominator is 0.
                 * @example 0.125
                 */
                open_rate: number | null;
                /**
                 * @description A fraction from 0 to 1; null when its denominator is 0.
                 * @example 0.125
                 */
                reply_rate: number | null;
                /**
                 * @description A fraction from 0 to 1; null when its denominator is 0.
                 * @example 0.125
                 */
                unsubscribe_rate: number | null;
            };
            /**
             * @description Enrollments with at least one automatic reply (out-of-office, autoresponder): counted apart, in no rate.
             * @example 9
             */
            replies_automatic: number;
        };
        BatchEventResult: {
            enrollment?: components["schemas"]["EnrollmentStatus"];
            errors?: {
                message: string;
                path: string;
            }[];
            /** @example evt_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            event_id?: string;
            index: number;
            /** @enum {string} */
            result: "applied" | "duplicate" | "invalid" | "not_found";
        };
        BatchEventsResponse: {
            data: components["schemas"]["BatchEventResult"][];
            summary: {
                applied: number;
                duplicate: number;
                invalid: number;
                not_found: number;
            };
        };
        BulkPauseRequest: {
            /** @description Every lead of this campaign in one of these statuses. */
            filter?: {
                status: ("not_contacted" | "sent" | "engaged" | "replied" | "bounced" | "unsubscribed" | "completed" | "paused")[];
            };
            lead_ids?: string[];
        };
        BulkPauseResult: {
            changed: number;
            /** @description The enrollments that changed. */
            enrollment_ids: string[];
            /** @description Leads whose status does not allow it (left as they are). */
            not_allowed: number;
            /** @description Lead ids not enrolled in this campaign. */
            not_found: number;
        };
        Campaign: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            created_at: string;
            /** @example cmp_01JDQ7X3M6V1W8A2B4C6D8E0F3 */
            id: string;
            /** @example Q4 outreach */
            name: string;
            /** @enum {string} */
            out_of_office: "pause" | "ignore";
            out_of_office_default_days: number;
            steps: components["schemas"]["CampaignStep"][];
            stop_on_company_reply: boolean;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @example {
         *       "name": "Q4 outreach",
         *       "steps": [
         *         {
         *           "delay_hours": 0,
         *           "subject": "Quick question"
         *         },
         *         {
         *           "delay_hours": 72,
         *           "subject": "Following up"
         *         }
         *       ]
         *     }
         */
        CampaignInput: {
            /** @example Q4 outreach */
            name: string;
            /**
             * @description `pause` (default): an out-of-office reply pauses the lead until the day after its return date; `ignore`: it is recorded as an automatic reply and changes nothing.
             * @enum {string}
             */
            out_of_office?: "pause" | "ignore";
            /**
             * @description Days an out-of-office hold lasts when the reply gives no return date. Default 7.
             * @example 7
             */
            out_of_office_default_days?: number;
            /** @description The emails of the sequence, in order (1 to 50). */
            steps: components["schemas"]["CampaignStepInput"][];
            /** @description When a lead replies, pause the other leads of this campaign at the same company domain (reason `company_replied`); free-mail domains never count as a company. Default false. */
            stop_on_company_reply?: boolean;
        };
        CampaignList: {
            data: components["schemas"]["Campaign"][];
            /** @description Null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description `steps`, when sent, replaces every step.
         * @example {
         *       "name": "Q4 outreach (EU)"
         *     }
         */
        CampaignPatch: {
            /** @example Q4 outreach */
            name?: string;
            /**
             * @description `pause` (default): an out-of-office reply pauses the lead until the day after its return date; `ignore`: it is recorded as an automatic reply and changes nothing.
             * @enum {string}
             */
            out_of_office?: "pause" | "ignore";
            /**
             * @description Days an out-of-office hold lasts when the reply gives no return date. Default 7.
             * @example 7
             */
            out_of_office_default_days?: number;
            /** @description The emails of the sequence, in order (1 to 50). */
            steps?: components["schemas"]["CampaignStepInput"][];
            /** @description When a lead replies, pause the other leads of this campaign at the same company domain (reason `company_replied`); free-mail domains never count as a company. Default false. */
            stop_on_company_reply?: boolean;
        };
        /** @description Every lead of another campaign in these statuses, e.g. to re-engage its Completed leads. */
        CampaignStatusFilter: {
            /** @example cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            campaign_id: string;
            status: ("not_contacted" | "sent" | "engaged" | "replied" | "bounced" | "unsubscribed" | "completed" | "paused")[];
        };
        CampaignStep: {
            /** @example 0 */
            delay_hours: number;
            /**
             * @description From 1.
             * @example 1
             */
            position: number;
            /** @example Quick question */
            subject: string;
        };
        CampaignStepInput: {
            /**
             * @description Hours after the previous step (after enrollment, for step 1).
             * @example 48
             */
            delay_hours: number;
            /** @example Quick question, {{first_name}} */
            subject: string;
        };
        /**
         * @description Your own fields: string, number or boolean values.
         * @example {
         *       "plan": "pro",
         *       "seats": 12,
         *       "trial": false
         *     }
         */
        CustomFields: {
            [key: string]: string | number | boolean;
        };
        /**
         * @description At most 50 fields, names 1 to 64 characters. Updates merge key by key; a null value removes that key.
         * @example {
         *       "plan": "pro",
         *       "seats": 12,
         *       "trial": null
         *     }
         */
        CustomFieldsInput: {
            [key: string]: string | number | boolean | null;
        };
        DncCreated: components["schemas"]["DncEntry"] & {
            /** @description Enrollments this entry just unsubscribed (an e-mail) or blocked (a domain). */
            affected_enrollments: number;
        };
        DncEntry: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            created_at: string;
            /** @example dnc_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            id: string;
            /** @enum {string} */
            kind: "email" | "domain";
            /**
             * @description `manual` (added here), `unsubscribed` or `complaint` (added when the lead opted out).
             * @example manual
             */
            source: string;
            /**
             * @description An e-mail, or @ and a domain.
             * @example @competitor.example
             */
            value: string;
        };
        DncInput: {
            /** @example @competitor.example */
            value: string;
        };
        DncList: {
            data: components["schemas"]["DncEntry"][];
            next_cursor: string | null;
        };
        DueEnrollment: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            due_at: string;
            /** @example enr_01JDQ7X3M6V1W8A2B4C6D8E0F4 */
            enrollment_id: string;
            lead: {
                company: string | null;
                /** @example ann@example.com */
                email: string;
                first_name: string | null;
                /** @example lead_01JDQ7X3M6V1W8A2B4C6D8E0F3 */
                id: string;
                last_name: string | null;
            };
            /** @enum {string} */
            status: "not_contacted" | "sent" | "engaged";
            step: {
                /** @example 2 */
                position: number;
                /** @example Following up */
                subject: string;
            };
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "due_at": "2026-11-27T10:00:00.000Z",
         *           "enrollment_id": "enr_01JDQ7X3M6V1W8A2B4C6D8E0F4",
         *           "lead": {
         *             "company": "Acme",
         *             "email": "ann@example.com",
         *             "first_name": "Ann",
         *             "id": "lead_01JDQ7X3M6V1W8A2B4C6D8E0F3",
         *             "last_name": null
         *           },
         *           "status": "sent",
         *           "step": {
         *             "position": 2,
         *             "subject": "Following up"
         *           }
         *         }
         *       ]
         *     }
         */
        DueList: {
            data: components["schemas"]["DueEnrollment"][];
        };
        EmbedToken: {
            allowed_origins: string[] | null;
            campaign_ids: string[] | null;
            /** @example 2026-11-27T10:15:00.000Z */
            expires_at: string;
            statuses: ("not_contacted" | "sent" | "engaged" | "replied" | "bounced" | "unsubscribed" | "completed" | "paused")[] | null;
            /** @description Send as `Authorization: Bearer <token>`. Read-only. */
            token: string;
        };
        EmbedTokenInput: {
            /**
             * @description Pages on these origins may use the token (CORS). Omit to allow only pages served by this service.
             * @example [
             *       "https://app.example.com"
             *     ]
             */
            allowed_origins?: string[];
            /**
             * @description Only these campaigns are visible with the token. Omit for every campaign.
             * @example [
             *       "cmp_01JDQ7X3M6V1W8A2B4C6D8E0F3"
             *     ]
             */
            campaign_ids?: string[];
            /**
             * @description Lifetime: 60 s to 24 h, 15 minutes by default.
             * @default 900
             * @example 900
             */
            expires_in_seconds: number;
            /**
             * @description Only leads in these statuses are listed, exported and streamed; a request filter is intersected with them.
             * @example [
             *       "engaged",
             *       "replied"
             *     ]
             */
            statuses?: ("not_contacted" | "sent" | "engaged" | "replied" | "bounced" | "unsubscribed" | "completed" | "paused")[];
        };
        EnrollRequest: {
            /** @description Leads by e-mail; a lead is created for an e-mail that has none. */
            emails?: string[];
            filter?: components["schemas"]["CampaignStatusFilter"];
            lead_ids?: string[];
        };
        EnrollResponse: {
            data: components["schemas"]["EnrollResult"][];
            summary: {
                already_enrolled: number;
                blocked: number;
                enrolled: number;
                leads_created: number;
                not_found: number;
            };
        };
        EnrollResult: {
            email: string | null;
            /** @example enr_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            enrollment_id: string | null;
            lead_created: boolean;
            /** @example lead_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            lead_id: string | null;
            /**
             * @description `blocked`: enrolled as Bounced / Blocked because the e-mail or its domain is on the do-not-contact list; nothing will be sent.
             * @enum {string}
             */
            result: "enrolled" | "blocked" | "already_enrolled" | "not_found";
            status: components["schemas"]["Status"] & (string | null);
            /** @enum {string|null} */
            status_reason: "hard_bounce" | "rejected" | "repeated_soft_bounce" | "dnc_rule" | "opted_out" | "link" | "one_click" | "reply" | "dnc_list" | "complaint" | "manual" | "company_replied" | "out_of_office" | null;
        };
        EnrollmentStatus: {
            /** @example enr_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            id: string;
            status: components["schemas"]["Status"];
            /** @enum {string|null} */
            status_reason: "hard_bounce" | "rejected" | "repeated_soft_bounce" | "dnc_rule" | "opted_out" | "link" | "one_click" | "reply" | "dnc_list" | "complaint" | "manual" | "company_replied" | "out_of_office" | null;
        };
        EventAccepted: {
            /** @description True when this event id was seen before: nothing changed. */
            duplicate: boolean;
            enrollment: components["schemas"]["EnrollmentStatus"];
            /** @example evt_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            event_id: string;
        };
        EventBatch: {
            /** @description Up to 1000 events. Each is validated on its own: a bad one does not reject the others. */
            events: components["schemas"]["EventInput"][];
        };
        EventInput: {
            /** @description For `replied`: an out-of-office or autoresponder. */
            auto_reply?: boolean;
            /**
             * @description For `bounced`; default `hard`.
             * @enum {string}
             */
            bounce_type?: "hard" | "soft";
            /** @example cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            campaign_id: string;
            /**
             * @description The lead’s e-mail, instead of `lead_id`.
             * @example ann@example.com
             */
            email?: string;
            /**
             * @description Your id for the event: the same id again is acknowledged as a duplicate and changes nothing.
             * @example esp-msg-123:open
             */
            id?: string;
            /**
             * @description The lead; or name it by `email`.
             * @example lead_01JDQ7X3M6V1W8A2B4C6D8E0F2
             */
            lead_id?: string;
            /** @description For `opened`/`clicked`: made by a security scanner or privacy proxy. */
            machine?: boolean;
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When it happened; defaults to now. Accepted from 2000-01-01T00:00:00Z to 15 minutes after the server's clock; anything else is a 400.
             * @example 2026-11-27T10:00:00Z
             */
            occurred_at?: string;
            /**
             * @description For `unsubscribed` (link, one_click, reply, dnc_list, complaint, manual; default link) and `blocked` (dnc_rule, opted_out; default dnc_rule).
             * @enum {string}
             */
            reason?: "hard_bounce" | "rejected" | "repeated_soft_bounce" | "dnc_rule" | "opted_out" | "link" | "one_click" | "reply" | "dnc_list" | "complaint" | "manual" | "company_replied" | "out_of_office";
            /** @description The sequence step (1-based). */
            step?: number;
            /**
             * @example opened
             * @enum {string}
             */
            type: "sent" | "opened" | "clicked" | "replied" | "bounced" | "rejected" | "blocked" | "unsubscribed" | "complained" | "sequence_completed";
            user_agent?: string;
        };
        FieldProblem: {
            /** @example Too small: expected number to be >=0 */
            message: string;
            /** @example steps.0.delay_hours */
            path: string;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        /** @description Null unless `kind` is `bounce`. */
        InboundBounce: {
            /** @example 550 5.1.1 user unknown */
            diagnostic: string | null;
            /** @example ann@example.com */
            recipient: string | null;
            /**
             * @description The enhanced status code (RFC 3463).
             * @example 5.1.1
             */
            status: string | null;
            /** @enum {string} */
            type: "hard" | "soft" | "rejected";
        } | null;
        /** @description The matched enrollment, now. */
        InboundEnrollment: {
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            paused_until: string | null;
            /** @enum {string} */
            status: "not_contacted" | "sent" | "engaged" | "replied" | "bounced" | "unsubscribed" | "completed" | "paused";
            /** @enum {string|null} */
            status_reason: "hard_bounce" | "rejected" | "repeated_soft_bounce" | "dnc_rule" | "opted_out" | "link" | "one_click" | "reply" | "dnc_list" | "complaint" | "manual" | "company_replied" | "out_of_office" | null;
        } | null;
        InboundMailSnsNotice: {
            /** @enum {string} */
            sns: "SubscriptionConfirmation" | "UnsubscribeConfirmation";
            /**
             * @description A SubscriptionConfirmation is confirmed when SES_AUTO_CONFIRM allows, else kept pending (see `GET /v1/providers`).
             * @enum {string|null}
             */
            subscription: "pending_confirmation" | "confirmed" | null;
        };
        InboundManualMatch: {
            /** @example cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            campaign_id: string;
            /** @example lead_01JDQ7X3M6V1W8A2B4C6D8E0F3 */
            lead_id: string;
        };
        /** @description Null for unmatched mail (kept for triage). */
        InboundMatch: {
            /**
             * @description How it was found: the reply’s In-Reply-To or References, the original message inside a bounce or complaint, the failed recipient, the sender’s address, or by hand.
             * @enum {string}
             */
            by: "in_reply_to" | "references" | "original_message" | "recipient" | "sender" | "manual";
            campaign_id: string;
            enrollment_id: string;
            lead_id: string;
        } | null;
        InboundMessage: {
            bounce: components["schemas"]["InboundBounce"];
            enrollment: components["schemas"]["InboundEnrollment"];
            /** @description The event recorded for the mail; null when unmatched or when it changes nothing (a delayed DSN). */
            event_id: string | null;
            /** @description The rules that decided the kind, e.g. `auto-submitted:auto-replied`. */
            evidence: string[];
            from: {
                email: string;
                name: string | null;
            };
            /** @example inb_01JDQ7X3M6V1W8A2B4C6D8E0F7 */
            id: string;
            in_reply_to: string[];
            /** @enum {string} */
            kind: "reply" | "auto_reply" | "out_of_office" | "bounce" | "complaint" | "unsubscribe_request";
            match: components["schemas"]["InboundMatch"];
            /**
             * @description The return date an out-of-office gives (`YYYY-MM-DD`, as written, read in the workspace’s reporting zone).
             * @example 2026-12-15
             */
            out_of_office_until: string | null;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            received_at: string;
            references: string[];
            /** @example <CAF=abc@mail.gmail.com> */
            rfc822_message_id: string | null;
            /**
             * Format: date-time
             * @description The mail’s Date header.
             * @example 2026-11-27T10:00:00.000Z
             */
            sent_at: string | null;
            /**
             * @description The new text of the mail: quoted history and signature removed.
             * @example Sounds good, can we talk on Thursday?
             */
            snippet: string;
            /**
             * @description `api`, or the ESP it came through.
             * @example api
             */
            source: string;
            subject: string;
            to: string[];
        };
        InboundMessageList: {
            data: components["schemas"]["InboundMessage"][];
            /** @description Null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "applied": 1,
         *       "duplicate": 1,
         *       "ignored": 0,
         *       "received": 2,
         *       "unmatched": 0
         *     }
         */
        InboundResult: {
            applied: number;
            /** @description Seen before (same provider event id): nothing changed. */
            duplicate: number;
            /** @description Events nothing depends on (deliveries, deferrals, …), and events whose time is outside the accepted range (from 2000-01-01T00:00:00Z to 15 minutes after the server’s clock). */
            ignored: number;
            /** @description Provider events in the request. */
            received: number;
            /**
             * @description `ses`: a SubscriptionConfirmation.
             * @enum {string}
             */
            subscription?: "pending_confirmation" | "confirmed";
            /** @description Naming no message or lead of this workspace: ignored. */
            unmatched: number;
        };
        Label: {
            /** @description Built-in labels can be neither changed nor deleted. */
            builtin: boolean;
            /** @example demo_scheduled */
            key: string;
            /** @example Demo scheduled */
            name: string;
            /**
             * @description `positive` labels count in `positive_rate`.
             * @enum {string}
             */
            sentiment: "positive" | "neutral" | "negative";
        };
        /**
         * @example {
         *       "name": "Demo scheduled",
         *       "sentiment": "positive"
         *     }
         */
        LabelInput: {
            /** @example Demo scheduled */
            name: string;
            /** @enum {string} */
            sentiment: "positive" | "neutral" | "negative";
        };
        LabelList: {
            data: components["schemas"]["Label"][];
        };
        /**
         * @example {
         *       "sentiment": "neutral"
         *     }
         */
        LabelPatch: {
            /** @example Demo scheduled */
            name?: string;
            /** @enum {string} */
            sentiment?: "positive" | "neutral" | "negative";
        };
        /** @description The outcome label: what came of the lead. */
        LabelRef: {
            /** @example meeting_booked */
            key: string;
            /** @example Meeting booked */
            name: string;
            /** @enum {string} */
            sentiment: "positive" | "neutral" | "negative";
        } | null;
        Lead: {
            /** @example Example Ltd */
            company: string | null;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            created_at: string;
            custom_fields: components["schemas"]["CustomFields"];
            /**
             * @description As it was given.
             * @example ann@example.com
             */
            email: string;
            /** @example Ann */
            first_name: string | null;
            /** @example lead_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            id: string;
            /** @example Lee */
            last_name: string | null;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            updated_at: string;
        };
        LeadBatchRequest: {
            leads: components["schemas"]["LeadInput"][];
        };
        LeadBatchResponse: {
            data: components["schemas"]["LeadBatchResult"][];
            summary: {
                created: number;
                invalid: number;
                unchanged: number;
                updated: number;
            };
        };
        LeadBatchResult: {
            /** @description For `invalid` items: each problem, with a path inside the item. */
            errors?: {
                message: string;
                path: string;
            }[];
            /** @description Position of the item in `leads`. */
            index: number;
            /** @example lead_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            lead_id?: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged" | "invalid";
        };
        LeadDetails: components["schemas"]["Lead"] & {
            enrollments: components["schemas"]["LeadEnrollment"][];
            /** @description Events and status changes of every enrollment, oldest first: the most recent 500. */
            timeline: components["schemas"]["LeadTimelineItem"][];
        };
        LeadEnrollment: {
            campaign: {
                /** @example cmp_01JDQ7X3M6V1W8A2B4C6D8E0F3 */
                id: string;
                /** @example Q4 outreach */
                name: string;
            };
            /** @description Human opens, clicks and replies; emails sent. */
            counters: {
                clicked: number;
                opened: number;
                replied: number;
                sent: number;
            };
            /** @description Steps sent so far. */
            current_step: number;
            /** @example enr_01JDQ7X3M6V1W8A2B4C6D8E0F4 */
            enrollment_id: string;
            label: components["schemas"]["LabelRef"];
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            label_changed_at: string | null;
            /**
             * Format: date-time
             * @description Null until the first event.
             * @example 2026-11-27T10:00:00.000Z
             */
            last_event_at: string | null;
            paused: boolean;
            /**
             * Format: date-time
             * @description When an out-of-office hold ends and the sequence resumes by itself; null otherwise.
             * @example 2026-11-27T10:00:00.000Z
             */
            paused_until: string | null;
            status: components["schemas"]["Status"];
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            status_changed_at: string;
            /** @enum {string|null} */
            status_reason: "hard_bounce" | "rejected" | "repeated_soft_bounce" | "dnc_rule" | "opted_out" | "link" | "one_click" | "reply" | "dnc_list" | "complaint" | "manual" | "company_replied" | "out_of_office" | null;
        };
        /**
         * @description A lead to create; in a batch, a lead to create or update (matched by e-mail).
         * @example {
         *       "company": "Example Ltd",
         *       "custom_fields": {
         *         "plan": "pro"
         *       },
         *       "email": "ann@example.com",
         *       "first_name": "Ann"
         *     }
         */
        LeadInput: {
            /** @example Example Ltd */
            company?: string | null;
            custom_fields?: components["schemas"]["CustomFieldsInput"];
            /** @example ann@example.com */
            email: string;
            /** @example Ann */
            first_name?: string | null;
            /** @example Lee */
            last_name?: string | null;
        };
        LeadListPage: {
            data: components["schemas"]["LeadListRow"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description A lead in a campaign, as the list views show it. */
        LeadListRow: {
            campaign: {
                /** @example cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
                id: string;
                name: string;
            };
            counters: {
                clicked: number;
                opened: number;
                replied: number;
                sent: number;
            };
            /** @example enr_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            enrollment_id: string;
            label: components["schemas"]["LabelRef"];
            /**
             * Format: date-time
             * @description When the label was last set or cleared.
             */
            label_changed_at: string | null;
            /**
             * Format: date-time
             * @description The latest event; null when none yet.
             */
            last_event_at: string | null;
            lead: {
                company: string | null;
                /** @example ann@example.com */
                email: string;
                first_name: string | null;
                /** @example lead_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
                id: string;
                last_name: string | null;
            };
            /**
             * Format: date-time
             * @description When an out-of-office hold ends and the sequence resumes by itself; null otherwise.
             */
            paused_until: string | null;
            status: components["schemas"]["Status"];
            /** Format: date-time */
            status_changed_at: string;
            /** @description Why a bounced, unsubscribed or paused lead is so, e.g. `hard_bounce`; for `paused`: `manual`, `out_of_office` or `company_replied`. */
            status_reason: string | null;
        };
        /**
         * @description Fields to change; absent fields are kept, null clears a name or company.
         * @example {
         *       "company": "Example Group",
         *       "custom_fields": {
         *         "plan": "enterprise",
         *         "trial": null
         *       }
         *     }
         */
        LeadPatch: {
            company?: string | null;
            custom_fields?: components["schemas"]["CustomFieldsInput"];
            /** @example ann@example.com */
            email?: string;
            first_name?: string | null;
            last_name?: string | null;
        };
        LeadStatusChangedEvent: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            created_at: string;
            data: {
                /**
                 * Format: date-time
                 * @description When it happened in the lead’s history.
                 * @example 2026-11-27T10:00:00.000Z
                 */
                at: string;
                /** @example cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
                campaign_id: string;
                /** @example enr_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
                enrollment_id: string;
                from: components["schemas"]["Status"];
                /** @example lead_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
                lead_id: string;
                /**
                 * Format: date-time
                 * @description For a change to `paused` by an out-of-office reply: when the hold ends; else null.
                 * @example 2026-11-27T10:00:00.000Z
                 */
                paused_until: string | null;
                /** @enum {string|null} */
                reason: "hard_bounce" | "rejected" | "repeated_soft_bounce" | "dnc_rule" | "opted_out" | "link" | "one_click" | "reply" | "dnc_list" | "complaint" | "manual" | "company_replied" | "out_of_office" | null;
                to: components["schemas"]["Status"];
            };
            /**
             * @description The message id, also sent as `webhook-id`.
             * @example dlv_01JDQ7X3M6V1W8A2B4C6D8E0F2
             */
            id: string;
            /** @enum {string} */
            type: "lead.status_changed";
        };
        LeadTimelineEvent: {
            auto_reply: boolean;
            /** @enum {string|null} */
            bounce_type: "hard" | "soft" | null;
            campaign_id: string;
            enrollment_id: string;
            /** @example evt_01JDQ7X3M6V1W8A2B4C6D8E0F5 */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "event";
            /** @description An open or click by a scanner or privacy proxy. */
            machine: boolean;
            /** @description For an event read from an inbound mail: the mail, in short. */
            mail: {
                /** @example inb_01JDQ7X3M6V1W8A2B4C6D8E0F7 */
                inbound_message_id: string;
                /** @enum {string} */
                kind: "reply" | "auto_reply" | "out_of_office" | "bounce" | "complaint" | "unsubscribe_request";
                /**
                 * @description The new text of the mail: quoted history and signature removed.
                 * @example Sounds good, can we talk on Thursday?
                 */
                snippet: string;
            } | null;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            occurred_at: string;
            /**
             * Format: date-time
             * @description For a `paused` event of an out-of-office hold: when the hold ends.
             * @example 2026-11-27T10:00:00.000Z
             */
            paused_until: string | null;
            /** @enum {string|null} */
            reason: "hard_bounce" | "rejected" | "repeated_soft_bounce" | "dnc_rule" | "opted_out" | "link" | "one_click" | "reply" | "dnc_list" | "complaint" | "manual" | "company_replied" | "out_of_office" | null;
            step: number | null;
            /** @enum {string} */
            type: "sent" | "opened" | "clicked" | "replied" | "bounced" | "rejected" | "blocked" | "unsubscribed" | "complained" | "sequence_completed" | "paused" | "resumed";
        };
        LeadTimelineItem: components["schemas"]["LeadTimelineEvent"] | components["schemas"]["LeadTimelineStatusChange"];
        LeadTimelineStatusChange: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            at: string;
            campaign_id: string;
            enrollment_id: string;
            from: components["schemas"]["Status"];
            /** @example chg_01JDQ7X3M6V1W8A2B4C6D8E0F6 */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "status_change";
            /** @enum {string|null} */
            reason: "hard_bounce" | "rejected" | "repeated_soft_bounce" | "dnc_rule" | "opted_out" | "link" | "one_click" | "reply" | "dnc_list" | "complaint" | "manual" | "company_replied" | "out_of_office" | null;
            to: components["schemas"]["Status"];
        };
        MessageAssets: {
            /**
             * @description Each link given, and the tracked URL to put in its place.
             * @example {
             *       "https://example.com/pricing": "https://track.example.com/t/c/AXdO…"
             *     }
             */
            click_urls: {
                [key: string]: string;
            };
            /** @description True when this message `id` was reported before. */
            duplicate: boolean;
            enrollment: components["schemas"]["EnrollmentStatus"];
            /**
             * @description The `sent` event recorded for this message.
             * @example evt_01JDQ7X3M6V1W8A2B4C6D8E0F2
             */
            event_id: string;
            /** @description Headers to add to the message as they are. */
            headers: {
                /** @example <https://track.example.com/u/AXdO…> */
                "List-Unsubscribe": string;
                /** @enum {string} */
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click";
                "Message-ID": string;
                "X-LeadStatus-Message": string;
            };
            /** @description An invisible link (e.g. `<a href="…" style="display:none" aria-hidden="true" tabindex="-1"></a>` first in the body): only scanners follow it, and the clicks around its click are counted as machine clicks. */
            honeypot_url: string;
            /** @description Opaque reference to this message: pass it to your ESP as the custom argument / metadata / tag `leadstatus_message` (or the header `X-LeadStatus-Message`) so its webhooks name the message. */
            message_id: string;
            /**
             * @description A 1x1 GIF to put at the end of the HTML body.
             * @example https://track.example.com/t/o/AXdO2p1J8tW2bQ0mN4rA7yXc3vFh5kLs9uZe6gHi1oPq0wEr8tYu2iOp4aSd6fGh7jK
             */
            open_pixel_url: string;
            /**
             * @description The `Message-ID` of the mail: the one you gave, or one made for you that you must send as the `Message-ID` header (also in `headers`), so replies and bounces find the message.
             * @example <AXdO2p1J8tW2bQ0mN4rA7yXc3vFh5kLs9uZe6gHi1oPq0wEr8tYu2iOp4aSd6fGh7jK@track.example.com>
             */
            rfc822_message_id: string;
            /** @description The unsubscribe page; also the RFC 8058 one-click URL. */
            unsubscribe_url: string;
        };
        MessageInput: {
            /** @example cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            campaign_id: string;
            /**
             * @description The lead’s e-mail, instead of `lead_id`.
             * @example ann@example.com
             */
            email?: string;
            /**
             * @description Your id for the message: sending it again answers the same tracking URLs with `duplicate: true`.
             * @example esp-msg-123
             */
            id?: string;
            /**
             * @description The lead; or name it by `email`.
             * @example lead_01JDQ7X3M6V1W8A2B4C6D8E0F2
             */
            lead_id?: string;
            /** @description The links of the message to track (at most 50). */
            links?: string[];
            /**
             * Format: date-time
             * @description When it is sent; defaults to now. Accepted from 2000-01-01T00:00:00Z to 15 minutes after the server's clock; anything else is a 400.
             * @example 2026-11-27T10:00:00Z
             */
            occurred_at?: string;
            /**
             * @description The `Message-ID` header of the mail as you send it. Replies (In-Reply-To, References) and bounces are matched to the message by it. When absent, the answer gives one to put in the mail.
             * @example <ls-0001@mail.example.com>
             */
            rfc822_message_id?: string;
            /**
             * @description The step being sent (1-based).
             * @example 1
             */
            step: number;
            /**
             * @description An address that handles unsubscribe e-mails: added to `List-Unsubscribe` as a mailto.
             * @example unsubscribe@mail.example.com
             */
            unsubscribe_mailto?: string;
        };
        MetricDefinition: {
            /** @example contacted enrollments */
            denominator: string | null;
            description: string;
            /** @enum {string} */
            kind: "count" | "rate";
            /** @example reply_rate */
            name: string;
            /** @example enrollments with at least one human reply */
            numerator: string;
        };
        MetricDefinitions: {
            data: components["schemas"]["MetricDefinition"][];
        };
        /** @description An RFC 9457 problem document. */
        Problem: {
            detail: string;
            errors?: components["schemas"]["FieldProblem"][];
            /** @description The request id, for support. */
            instance?: string;
            status: number;
            title: string;
            /** @example /problems/validation-error */
            type: string;
        };
        Provider: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            created_at: string;
            /** @description `ses`: an SNS subscription waiting for you to open its SubscribeURL. */
            pending_confirmation: {
                /**
                 * Format: date-time
                 * @example 2026-11-27T10:00:00.000Z
                 */
                received_at: string;
                subscribe_url: string;
                topic_arn: string;
            } | null;
            /** @enum {string} */
            provider: "ses" | "sendgrid" | "mailgun" | "postmark";
            /**
             * @description The settings, secrets shown only as a fingerprint.
             * @example {
             *       "key_fingerprint": "sha256:1f3a9c0d2b4e"
             *     }
             */
            settings: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            updated_at: string;
            /**
             * @description Point the ESP’s webhook here.
             * @example https://track.example.com/webhooks/sendgrid/ws_01JDQ7X3M6V1W8A2B4C6D8E0F2
             */
            webhook_url: string;
        };
        /**
         * @example {
         *       "signing_key": "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"
         *     }
         */
        ProviderConfigInput: {
            /** @description `sendgrid`: the Event Webhook verification key (Signed Event Webhook), as SendGrid shows it. */
            public_key?: string;
            /** @description `postmark`: the basic-auth password of the webhook URL (`https://postmark:<secret>@…`), or the value of its `X-Webhook-Secret` header. */
            secret?: string;
            /** @description `mailgun`: the HTTP webhook signing key. */
            signing_key?: string;
            /**
             * @description `ses`: the SNS topics that deliver your SES events (any other topic is refused).
             * @example [
             *       "arn:aws:sns:us-east-1:123456789012:ses-events"
             *     ]
             */
            topic_arns?: string[];
            /** @description `postmark`: the basic-auth user; default `postmark`. */
            username?: string;
        };
        ProviderList: {
            data: components["schemas"]["Provider"][];
        };
        ReceivedMail: {
            bounce: components["schemas"]["InboundBounce"];
            /** @description True when this mail was received before: nothing changed. */
            duplicate: boolean;
            enrollment: components["schemas"]["InboundEnrollment"];
            /** @description The event recorded for the mail; null when unmatched or when it changes nothing (a delayed DSN). */
            event_id: string | null;
            /** @example inb_01JDQ7X3M6V1W8A2B4C6D8E0F7 */
            id: string;
            /** @enum {string} */
            kind: "reply" | "auto_reply" | "out_of_office" | "bounce" | "complaint" | "unsubscribe_request";
            match: components["schemas"]["InboundMatch"];
            /**
             * @description The return date an out-of-office gives (`YYYY-MM-DD`, as written, read in the workspace’s reporting zone).
             * @example 2026-12-15
             */
            out_of_office_until: string | null;
        };
        SequenceSettings: {
            /** @example cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            campaign_id: string;
            /**
             * @description Hours after the last step is sent before the lead counts as Completed (no reply).
             * @example 72
             */
            final_wait_hours: number;
        };
        SequenceSettingsInput: {
            /** @example 96 */
            final_wait_hours: number;
        };
        SetLabel: {
            /**
             * @description A label key (`GET /v1/labels`), or null to clear it.
             * @example meeting_booked
             */
            label: string | null;
        };
        /**
         * @description not_contacted (Not Contacted), sent (Sent), engaged (Engaged), replied (Replied), bounced (Bounced / Blocked), unsubscribed (Unsubscribed), completed (Completed), paused (Paused).
         * @enum {string}
         */
        Status: "not_contacted" | "sent" | "engaged" | "replied" | "bounced" | "unsubscribed" | "completed" | "paused";
        StatusInfo: {
            /** @description A lead in this status can be paused by hand. */
            can_pause: boolean;
            description: string;
            /** @example Bounced / Blocked */
            label: string;
            /** @description The `status_reason` values this status can carry. */
            reasons: string[];
            /** @description No next step is ever due in this status. */
            stops_sending: boolean;
            value: components["schemas"]["Status"];
        };
        TrendPoint: {
            /**
             * @description Leads with at least one `bounced` (hard or soft), `rejected` or `blocked` event. Counted per day.
             * @example 12
             */
            bounced: number;
            /**
             * @description Leads with at least one human click. Counted per day.
             * @example 12
             */
            clicked: number;
            /**
             * Format: date
             * @description The local day, or the first day of the week within the range.
             * @example 2026-11-02
             */
            date: string;
            /**
             * @description Leads with at least one machine-made open (scanners, privacy proxies). Counted per day.
             * @example 12
             */
            machine_opened: number;
            /**
             * @description Leads with at least one human open. Counted per day.
             * @example 12
             */
            opened: number;
            /**
             * @description Leads with at least one human reply (auto-replies excluded). Counted per day.
             * @example 12
             */
            replied: number;
            /**
             * @description Leads with at least one `sent` event. Counted per day.
             * @example 12
             */
            sent: number;
            /**
             * @description Leads with at least one `unsubscribed` or `complained` event. Counted per day.
             * @example 12
             */
            unsubscribed: number;
        };
        /**
         * @description Unique leads per local day (or the sum of those per week), zeros included.
         * @example {
         *       "from": "2026-11-02",
         *       "interval": "day",
         *       "points": [
         *         {
         *           "bounced": 3,
         *           "clicked": 9,
         *           "date": "2026-11-02",
         *           "machine_opened": 31,
         *           "opened": 52,
         *           "replied": 6,
         *           "sent": 140,
         *           "unsubscribed": 1
         *         },
         *         {
         *           "bounced": 3,
         *           "clicked": 9,
         *           "date": "2026-11-03",
         *           "machine_opened": 31,
         *           "opened": 52,
         *           "replied": 2,
         *           "sent": 0,
         *           "unsubscribed": 1
         *         }
         *       ],
         *       "to": "2026-11-03",
         *       "tz": "Europe/Paris"
         *     }
         */
        Trends: {
            /**
             * Format: date
             * @example 2026-11-02
             */
            from: string;
            /** @enum {string} */
            interval: "day" | "week";
            points: components["schemas"]["TrendPoint"][];
            /**
             * Format: date
             * @example 2026-11-03
             */
            to: string;
            /** @example Europe/Paris */
            tz: string;
        };
        /**
         * @example {
         *       "List-Unsubscribe": "One-Click"
         *     }
         */
        UnsubscribeForm: {
            /** @description `One-Click` (RFC 8058): sent by mail apps’ unsubscribe buttons. */
            "List-Unsubscribe"?: string;
            /** @description `yes`: sent by the page’s button. */
            confirm?: string;
        };
        Webhook: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            created_at: string;
            /**
             * @description `manual` (disabled with PATCH) or `gone` (the endpoint answered 410 Gone); null when enabled.
             * @enum {string|null}
             */
            disabled_reason: "manual" | "gone" | null;
            enabled: boolean;
            event_types: components["schemas"]["WebhookEventType"][];
            /** @example whk_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            updated_at: string;
            /** @example https://partner.example/webhooks/lead-status */
            url: string;
        };
        WebhookAttempt: {
            /** @example 1 */
            attempt: number;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            attempted_at: string;
            duration_ms: number;
            /** @example timed out after 10000 ms */
            error: string | null;
            /** @description The first 1024 characters of the response. */
            response_body: string | null;
            /**
             * @description The HTTP status answered; null when there was no response (see `error`).
             * @example 500
             */
            status_code: number | null;
        };
        WebhookCreated: components["schemas"]["Webhook"] & {
            /**
             * @description The signing secret, shown only here: store it to verify `webhook-signature`.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookDelivery: {
            attempt_count: number;
            /** @description Every attempt, oldest first. */
            attempts: components["schemas"]["WebhookAttempt"][];
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            delivered_at: string | null;
            /** @example dlv_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            next_attempt_at: string | null;
            payload: components["schemas"]["WebhookEvent"];
            /**
             * @description `pending` (waiting for its next attempt), `delivered` (a 2xx answer), `failed` (gave up, or the endpoint answered 410): replay it to send it again.
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            /** @example lead.status_changed */
            type: string;
            /** @example whk_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            webhook_id: string;
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            next_cursor: string | null;
        };
        /** @description The JSON body of a delivery. */
        WebhookEvent: components["schemas"]["LeadStatusChangedEvent"] | components["schemas"]["WebhookTestEvent"];
        /**
         * @description What a subscription receives. Only `lead.status_changed` for now; raw event types may follow.
         * @enum {string}
         */
        WebhookEventType: "lead.status_changed";
        WebhookInput: {
            /** @description Defaults to `["lead.status_changed"]`. */
            event_types?: components["schemas"]["WebhookEventType"][];
            /**
             * @description An `https` URL whose host is not (and does not resolve to) a private, loopback, link-local or otherwise non-public address. Checked again before every delivery. Redirects are not followed.
             * @example https://partner.example/webhooks/lead-status
             */
            url: string;
        };
        WebhookList: {
            data: components["schemas"]["Webhook"][];
            next_cursor: string | null;
        };
        WebhookPatch: {
            /** @description false stops deliveries; true starts them again with the changes from now on (changes made while disabled are not sent). Deliveries already queued are sent once it is enabled. */
            enabled?: boolean;
            event_types?: components["schemas"]["WebhookEventType"][];
            /**
             * @description An `https` URL whose host is not (and does not resolve to) a private, loopback, link-local or otherwise non-public address. Checked again before every delivery. Redirects are not followed.
             * @example https://partner.example/webhooks/lead-status
             */
            url?: string;
        };
        WebhookTestEvent: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            created_at: string;
            data: {
                message: string;
                /** @example whk_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
                webhook_id: string;
            };
            /** @example dlv_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            id: string;
            /** @enum {string} */
            type: "webhook.test";
        };
        Workspace: {
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            created_at: string;
            /** @example ws_01JDQ7X3M6V1W8A2B4C6D8E0F2 */
            id: string;
            /** @example Acme */
            name: string;
            settings: {
                /**
                 * @description Machine opens and clicks (security scanners, privacy proxies) do not make a lead Engaged. Applies to events applied from then on.
                 * @example true
                 */
                filter_machine_events: boolean;
                /**
                 * @description The reporting zone (IANA): trends are kept for its local days and for UTC. Changing it rebuilds its trends from the stored events.
                 * @example Europe/Paris
                 */
                timezone: string;
            };
        };
        /**
         * @example {
         *       "settings": {
         *         "timezone": "Europe/Paris"
         *       }
         *     }
         */
        WorkspacePatch: {
            /** @example Acme EU */
            name?: string;
            /** @description Only the settings sent change. `filter_machine_events` is fixed when the workspace is created: changing it would leave stored statuses derived under the old rule. */
            settings?: {
                /**
                 * @description The reporting zone (IANA): trends are kept for its local days and for UTC. Changing it rebuilds its trends from the stored events.
                 * @example Europe/Paris
                 */
                timezone?: string;
            };
        };
    };
    responses: never;
    parameters: {
        /** @description Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
