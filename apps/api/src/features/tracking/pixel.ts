/** The 43-byte transparent 1x1 GIF every open pixel answers, whatever its token. */
export const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Headers of every tracking answer: never cached (each fetch is an open), never indexed. */
export const NO_STORE = {
  'Cache-Control': 'no-store, no-cache, must-revalidate, max-age=0',
  Pragma: 'no-cache',
  'X-Robots-Tag': 'noindex, nofollow',
} as const;

/** The longest path segment taken for a token at all; anything longer is a 404 before any look-up. */
export const MAX_TOKEN_LENGTH = 512;
