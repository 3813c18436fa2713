import { describe, expect, it } from 'vitest';
import { isSnsHost, isSnsUrl } from './sns-certificates.js';

/** Issue 12, item 5: only AWS's own SNS hosts may serve the signing certificate. */
describe('SNS certificate hosts', () => {
  it.each([
    'sns.us-east-1.amazonaws.com',
    'sns.eu-central-2.amazonaws.com',
    'sns.ap-southeast-4.amazonaws.com',
    'sns.il-central-1.amazonaws.com',
    'sns.us-gov-west-1.amazonaws.com',
    'sns.cn-north-1.amazonaws.com.cn',
    'sns.cn-northwest-1.amazonaws.com.cn',
  ])('accepts %s', (host) => {
    expect(isSnsHost(host)).toBe(true);
    expect(isSnsUrl(`https://${host}/SimpleNotificationService-abc.pem`)).toBe(true);
  });

  it.each([
    ['a service that is not a region', 'sns.s3.amazonaws.com'],
    ['a region without its number', 'sns.us-east.amazonaws.com'],
    ['a number alone', 'sns.1.amazonaws.com'],
    ['a one-word region', 'sns.useast1.amazonaws.com'],
    ['a bucket-like name', 'sns.my-bucket.amazonaws.com'],
    ['a China region on .com', 'sns.cn-north-1.amazonaws.com'],
    ['another region on .com.cn', 'sns.us-east-1.amazonaws.com.cn'],
    ['a sub-domain of a region host', 'x.sns.us-east-1.amazonaws.com'],
    ['a look-alike domain', 'sns.us-east-1.amazonaws.com.evil.example'],
    ['upper case in the region', 'sns.US-east-1.amazonaws.com'],
    ['a trailing dot', 'sns.us-east-1.amazonaws.com.'],
  ])('refuses %s (%s)', (_, host) => {
    expect(isSnsHost(host)).toBe(false);
  });

  it.each([
    'http://sns.us-east-1.amazonaws.com/cert.pem',
    'https://sns.us-east-1.amazonaws.com:8443/cert.pem',
    'https://user:pw@sns.us-east-1.amazonaws.com/cert.pem',
    'https://sns.s3.amazonaws.com/cert.pem',
    'not a url',
  ])('refuses the URL %s', (url) => {
    expect(isSnsUrl(url)).toBe(false);
  });
});
