import { describe, expect, it } from 'vitest';
import { companyDomainOf, isFreeMailDomain } from './domains.js';

describe('isFreeMailDomain', () => {
  it.each(['gmail.com', 'GMAIL.COM', 'googlemail.com', 'outlook.com', 'yahoo.com', ' gmail.com. '])(
    'knows %j as free mail',
    (domain) => {
      expect(isFreeMailDomain(domain)).toBe(true);
    },
  );

  it.each(['acme.test', 'example.com', 'mail.google.example', ''])('does not know %j', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(false);
  });
});

describe('companyDomainOf', () => {
  it('gives the lower-cased domain of a company address', () => {
    expect(companyDomainOf('Ann.Example@Acme.TEST')).toBe('acme.test');
    expect(companyDomainOf(' bob@sales.example.co.uk ')).toBe('sales.example.co.uk');
  });

  it('gives null for free-mail addresses', () => {
    expect(companyDomainOf('someone@gmail.com')).toBeNull();
    expect(companyDomainOf('someone@Outlook.com')).toBeNull();
  });

  it.each([
    '',
    'no-at-sign',
    '@acme.test',
    'a@',
    'a@b',
    'a b@acme.test',
    'a@@acme.test',
    'a@acme..test',
    '<a@acme.test>',
  ])('gives null for the malformed %j', (email) => {
    expect(companyDomainOf(email)).toBeNull();
  });
});
