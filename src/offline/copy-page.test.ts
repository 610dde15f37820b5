import { describe, expect, it } from 'vitest';
import { pageForCopy } from './copy-page.ts';

const copy = (html: string) => pageForCopy(Buffer.from(html)).toString('utf8');

describe('pageForCopy', () => {
  it('marks the html element, keeping its attributes and the rest byte for byte', () => {
    expect(copy('<!doctype html><html lang="zh-CN"><head><title>政策</title></head></html>')).toBe('<!doctype html><html data-offline-copy lang="zh-CN"><head><title>政策</title></head></html>');
  });

  it('marks a bare <html> and one followed by a line break', () => {
    expect(copy('<html><body>通知</body></html>')).toBe('<html data-offline-copy><body>通知</body></html>');
    expect(copy('<html\nlang="zh-CN">')).toBe('<html data-offline-copy\nlang="zh-CN">');
  });

  it('skips a longer tag name that starts with html, and marks only the first element', () => {
    expect(copy('<htmlx><html lang="zh"><html>')).toBe('<htmlx><html data-offline-copy lang="zh"><html>');
  });

  it('leaves a page without an html element as it is', () => {
    expect(copy('<p>无</p><html')).toBe('<p>无</p><html');
  });
});
