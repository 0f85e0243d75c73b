import { safeHttpUrl } from './links';

describe('safeHttpUrl', () => {
  it.each([
    ['https://runbooks.example.com/a?b=1', 'https://runbooks.example.com/a?b=1'],
    ['http://wiki.internal/x', 'http://wiki.internal/x'],
    ['  https://x.example/  ', 'https://x.example/'],
  ])('follows %s', (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
    '/relative/path',
    'runbooks.example.com',
    '',
    'http//broken',
  ])('never follows %s', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });

  it('treats null and undefined as no link', () => {
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });
});
