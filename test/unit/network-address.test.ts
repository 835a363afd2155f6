/**
 * The address classes webhooks are checked against (SPEC §16, server-side request forgery): every class in
 * IPv4 and IPv6, IPv4 carried inside IPv6, and text that is no address.
 */
import { describe, expect, it } from 'vitest';
import { classifyAddress, parseIPv6 } from '../../src/core/network-address.js';
import { urlProblem } from '../../src/modules/webhooks/index.js';

const cases: [string, string][] = [
  // IPv4
  ['8.8.8.8', 'public'],
  ['93.184.215.14', 'public'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['10.0.0.1', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['172.32.0.1', 'public'],
  ['192.168.1.1', 'private'],
  ['169.254.0.1', 'link-local'],
  ['169.254.169.254', 'metadata'],
  ['100.100.100.200', 'metadata'],
  ['100.64.0.1', 'cgnat'],
  ['100.127.255.255', 'cgnat'],
  ['100.128.0.1', 'public'],
  ['0.0.0.0', 'unspecified'],
  ['224.0.0.1', 'multicast'],
  ['255.255.255.255', 'reserved'],
  ['192.0.2.10', 'reserved'],
  ['198.18.0.1', 'reserved'],
  // IPv6
  ['2606:4700:4700::1111', 'public'],
  ['::1', 'loopback'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['[::1]', 'loopback'],
  ['::', 'unspecified'],
  ['fc00::1', 'private'],
  ['fd12:3456::1', 'private'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['fd00:ec2::254', 'metadata'],
  ['ff02::1', 'multicast'],
  ['2001:db8::1', 'reserved'],
  // IPv4 inside IPv6
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['::FFFF:10.1.2.3', 'private'],
  ['::ffff:169.254.169.254', 'metadata'],
  ['::ffff:100.64.0.1', 'cgnat'],
  ['::ffff:8.8.8.8', 'public'],
  ['::127.0.0.1', 'loopback'],
  ['64:ff9b::192.168.0.1', 'private'],
  ['64:ff9b::8.8.8.8', 'public'],
  ['2002:a9fe:a9fe::1', 'metadata'],
  // not addresses
  ['example.com', 'invalid'],
  ['1.2.3', 'invalid'],
  ['01.2.3.4', 'invalid'],
  ['256.0.0.1', 'invalid'],
  ['1::2::3', 'invalid'],
  ['1:2:3:4:5:6:7:8:9', 'invalid'],
];

describe('address classes', () => {
  it.each(cases)('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it('parses the forms of one IPv6 address alike', () => {
    const forms = ['2001:db8:0:0:0:0:2:1', '2001:db8::2:1', '2001:DB8::2:1', '2001:db8:0::0:2:1'];
    expect(new Set(forms.map((form) => parseIPv6(form))).size).toBe(1);
  });
});

describe('webhook URLs by their text', () => {
  it('lifts nothing but the address rules when private URLs are allowed', () => {
    expect(urlProblem('http://127.0.0.1:8080/hook', true)).toBeUndefined();
    expect(urlProblem('https://user:pw@example.com/', true)).toMatchObject({ refused: false });
    expect(urlProblem('file:///etc/passwd', true)).toMatchObject({ refused: false });
  });

  it.each([
    'http://example.com/hook',
    'https://127.0.0.1/',
    'https://[::1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://[::ffff:a9fe:a9fe]/',
    'https://169.254.169.254/latest/meta-data',
    'https://10.0.0.1/',
    'https://100.64.0.1/',
    'https://[fe80::1]/',
    'https://[fd00:ec2::254]/',
    'https://0.0.0.0/',
    'https://localhost/',
    'https://api.localhost/',
    'https://metadata.google.internal/',
    'https://printer.local/',
    'https://intranet/',
  ])('refuses %s in strict mode', (url) => {
    expect(urlProblem(url, false)).toMatchObject({ refused: true });
  });

  it('accepts an https URL of a public address or name in strict mode', () => {
    expect(urlProblem('https://93.184.215.14/hook', false)).toBeUndefined();
    expect(urlProblem('https://[2606:4700:4700::1111]/hook', false)).toBeUndefined();
    expect(urlProblem('https://hooks.example.com/orders', false)).toBeUndefined();
  });
});
