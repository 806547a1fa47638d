/** Issue 14: the build step that completes each page's CSP with the hashes of its inline scripts and styles. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completePolicy } from '../../../scripts/csp-hashes.mjs';

const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('completePolicy', () => {
  it('adds the hash of an inline style or script the policy lacks, once', () => {
    const html = page("default-src 'self'; script-src 'self'; style-src 'self' 'sha256-x='", '<style>a{b:c}</style><noscript><style>a{b:c}</style></noscript><script>go()</script>');
    const r = completePolicy(html, 'p');
    expect(r.added).toBe(2);
    expect(r.html).toContain(`style-src 'self' 'sha256-x=' ${hash('a{b:c}')}`);
    expect(r.html).toContain(`script-src 'self' ${hash('go()')}`);
    expect(completePolicy(r.html, 'p').added).toBe(0);
  });
  it('leaves external scripts and data blocks (JSON-LD) alone', () => {
    const html = page("script-src 'self'; style-src 'self'", '<script type="module" src="/a.js"></script><script type="application/ld+json">{"a":1}</script>');
    expect(completePolicy(html, 'p')).toEqual({ html, added: 0 });
  });
  it('fails on a page without a policy, or with a style attribute or an inline handler', () => {
    expect(() => completePolicy('<html><head></head></html>', 'p')).toThrow(/no Content-Security-Policy/);
    expect(() => completePolicy(page("script-src 'self'; style-src 'self'", '<p style="color:red">x</p>'), 'p')).toThrow(/style=/);
    expect(() => completePolicy(page("script-src 'self'; style-src 'self'", '<a onclick="x()">x</a>'), 'p')).toThrow(/onclick=/);
  });
});
