import { createRequire } from 'node:module';

// The package is CommonJS JSON; createRequire loads it the same way under tsc NodeNext, tsx and vitest.
const require = createRequire(import.meta.url);
const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set(
  (require('free-email-domains') as string[]).map((domain) => domain.toLowerCase()),
);

/** Whether the domain is a free-mail provider's (gmail.com, outlook.com, …): no company behind it. */
export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain.trim().toLowerCase().replace(/\.$/, ''));
}

const ADDRESS = /^[^\s@<>()",;:]+@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63})$/;

/** The lower-cased domain of an address; null for a malformed address or a free-mail domain. */
export function companyDomainOf(email: string): string | null {
  const match = ADDRESS.exec(email.trim().toLowerCase());
  const domain = match?.[1];
  if (!domain || domain.length > 253) return null;
  return isFreeMailDomain(domain) ? null : domain;
}
