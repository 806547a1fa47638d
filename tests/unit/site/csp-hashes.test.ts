/** Issue 14: the build step that completes each page's CSP with the hashes of its inline scripts and styles. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completePolicy } from '../../../scripts/csp-hashes.mjs';

const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('completePolicy', () => {
  it('lists exactly the hashes of the page\'s inline styles and scripts: missing ones added once, others\' taken out', () => {
    const html = page("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-x='", '<style>a{b:c}</style><noscript><style>a{b:c}</style></noscript><script>go()</script>');
    const r = completePolicy(html, 'p');
    expect(r.changed).toBe(true);
    expect(r.html).toContain(`style-src 'self' ${hash('a{b:c}')}"`);
    expect(r.html).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('go()')};`);
    expect(completePolicy(r.html, 'p')).toEqual({ html: r.html, changed: false });
  });
  it('leaves external scripts and data blocks (JSON-LD) alone', () => {
    const html = page("script-src 'self'; style-src 'self'", '<script type="module" src="/a.js"></script><script type="application/ld+json">{"a":1}</script>');
    expect(completePolicy(html, 'p')).toEqual({ html, changed: false });
  });
  it('fails on a page without a policy, or with a style attribute or an inline handler', () => {
    expect(() => completePolicy('<html><head></head></html>', 'p')).toThrow(/no Content-Security-Policy/);
    expect(() => completePolicy(page("script-src 'self'; style-src 'self'", '<p style="color:red">x</p>'), 'p')).toThrow(/style=/);
    expect(() => completePolicy(page("script-src 'self'; style-src 'self'", '<a onclick="x()">x</a>'), 'p')).toThrow(/onclick=/);
  });
});
