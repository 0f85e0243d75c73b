import { followableHref } from './dataLinks';

describe('followableHref', () => {
  it.each([
    '/d/mlhealth-model?var-node=a&var-model=fraud',
    'https://grafana.example.com/d/x',
    '?var-node=a',
    'd/relative',
  ])('follows %s', (href) => {
    expect(followableHref(href)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    '//evil.example.com/x',
  ])('never follows %s', (href) => {
    expect(followableHref(href)).toBeNull();
  });
});
