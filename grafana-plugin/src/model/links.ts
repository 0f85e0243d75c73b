/** Which user-supplied URLs the panel may follow. */

/**
 * Returns `url` when it is an absolute http(s) URL, else null: runbook and playbook links come from
 * labels anyone can set, so `javascript:`, `data:`, relative and malformed URLs are shown as text only
 * and never become a link. Never throws.
 *
 * @example safeHttpUrl('https://runbooks.example.com/fraud') // 'https://runbooks.example.com/fraud'
 * @example safeHttpUrl('javascript:alert(1)') // null
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) {
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
