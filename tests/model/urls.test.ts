/** Absolute page addresses from SITE_URL (src/model/urls.ts): an origin or a folder, with or without its last slash. */
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/model/urls.ts';

describe('absoluteUrl', () => {
  it.each([
    ['https://zc.example.gov.cn', 'https://zc.example.gov.cn/measures/m-1/'],
    ['https://zc.example.gov.cn/', 'https://zc.example.gov.cn/measures/m-1/'],
    ['https://example.gov.cn/policy/', 'https://example.gov.cn/policy/measures/m-1/'],
    ['https://example.gov.cn/policy', 'https://example.gov.cn/policy/measures/m-1/'],
  ])('puts the site path under %s', (site, expected) => {
    expect(absoluteUrl('/measures/m-1/', site)).toBe(expected);
    expect(absoluteUrl('/measures/m-1/', new URL(site))).toBe(expected);
  });

  it('gives nothing when the site address is not known', () => {
    expect(absoluteUrl('/measures/m-1/', undefined)).toBeUndefined();
  });
});
