/**
 * Escapes text for HTML: in element content, in double- or single-quoted attribute values, and
 * in inline SVG (which the HTML parser reads with the same rules). The one escape function of
 * the HTML report: every name, title and label goes through it. NUL becomes U+FFFD, as the
 * HTML parser would make it anyway.
 */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"'\u0000]/g, (char) => ESCAPES[char] ?? char);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\u0000': '\ufffd',
};
