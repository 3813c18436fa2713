/** Fetches the PEM of an SNS signing certificate; injected in tests (no outbound request). */
export type CertificateFetcher = (url: string) => Promise<string>;

/**
 * AWS's own rule for SNS endpoints: `sns.<region>.amazonaws.com`, `.com.cn` for the China regions,
 * where a region is letters in hyphenated words ending in a number (`us-east-1`, `cn-north-1`,
 * `us-gov-west-1`). `sns.s3.amazonaws.com` and the like are not SNS. (Each group starts with its own
 * hyphen, so the pattern cannot backtrack.)
 */
const SNS_HOST = /^sns\.([a-z]{2}(?:-[a-z]+)+-\d{1,2})\.amazonaws\.com(\.cn)?$/;

export function isSnsHost(hostname: string): boolean {
  const match = SNS_HOST.exec(hostname);
  if (!match) return false;
  const [, region = '', china] = match;
  return region.startsWith('cn-') === (china !== undefined);
}

/**
 * True for the only certificate (and SubscribeURL) locations SNS uses: https on
 * `sns.<region>.amazonaws.com`, no port, no credentials. Anything else is never fetched, so a forged
 * message cannot make the service fetch a URL of its choosing or trust a certificate it made.
 */
export function isSnsUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    isSnsHost(url.hostname) &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** The certificate fetcher of the service: https only, SNS hosts only, cached per URL, 10 s timeout. */
export function httpsCertificateFetcher(): CertificateFetcher {
  const cache = new Map<string, Promise<string>>();
  return (url) => {
    if (!isSnsUrl(url)) return Promise.reject(new Error('not an SNS certificate URL'));
    const cached = cache.get(url);
    if (cached) return cached;
    const fetched = fetch(url, { redirect: 'error', signal: AbortSignal.timeout(10_000) }).then(
      async (response) => {
        if (!response.ok) throw new Error(`certificate fetch answered ${response.status}`);
        const pem = await response.text();
        if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new Error('not a PEM certificate');
        return pem;
      },
    );
    // A failure is not cached: the next message tries again.
    fetched.catch(() => cache.delete(url));
    if (cache.size > 100) cache.clear();
    cache.set(url, fetched);
    return fetched;
  };
}
