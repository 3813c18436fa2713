import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isPublicAddress } from './ip-address.js';

describe('isPublicAddress', () => {
  it.each([
    '0.0.0.0',
    '0.1.2.3',
    '10.1.2.3',
    '100.64.0.1', // CGNAT
    '100.127.255.254',
    '127.0.0.1',
    '127.255.255.255',
    '169.254.169.254', // cloud metadata
    '172.16.0.1',
    '172.31.255.255',
    '192.0.0.8',
    '192.0.2.1',
    '192.168.1.1',
    '198.18.0.1',
    '198.51.100.7',
    '203.0.113.9',
    '224.0.0.1', // multicast
    '239.255.255.250',
    '240.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '::ffff:127.0.0.1', // IPv4-mapped, dotted
    '::ffff:7f00:1', // IPv4-mapped, as URL parsing writes it
    '0:0:0:0:0:ffff:a00:1',
    '::ffff:169.254.169.254',
    '[::1]',
    'fc00::1', // unique local
    'fd12:3456::1',
    'fe80::1', // link-local
    'fe80::1%eth0',
    'ff02::1', // multicast
    '64:ff9b::a00:1', // NAT64
    '2001:db8::1', // documentation
    '2001::1', // Teredo
    '2002:a00:1::1', // 6to4
    '100::1', // discard-only
    'not-an-ip',
    '',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    '1.1.1.1',
    '8.8.8.8',
    '93.184.216.34',
    '100.63.255.255', // just below CGNAT
    '100.128.0.0', // just above
    '172.15.255.255',
    '172.32.0.0',
    '192.169.0.1',
    '223.255.255.255',
    '::ffff:8.8.8.8',
    '2606:4700:4700::1111',
    '2a00:1450:4001:80b::200e',
  ])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '[::1]'])('%s is', (a) => {
    expect(isLoopbackAddress(a)).toBe(true);
  });
  it.each(['10.0.0.1', '0.0.0.0', '::', '::2', '93.184.216.34', 'localhost'])('%s is not', (a) => {
    expect(isLoopbackAddress(a)).toBe(false);
  });
});
