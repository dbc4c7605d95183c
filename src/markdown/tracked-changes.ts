/**
 * A draft's tracked changes and comments, as `pandoc --track-changes=all`
 * prints a Word document that reviewers marked up: spans with their kind
 * as a class, in pandoc's markdown or as raw HTML in gfm.
 *
 *   đạt [90%]{.deletion author="…" date="…"}[95%]{.insertion author="…"} trở lên
 *   [Đề nghị bổ sung …]{.comment-start id="1" …}**Trung tâm Y tế các khu vực**[]{.comment-end id="1"}
 *   trên <span class="deletion" author="…"
 *   date="…">85%</span><span class="insertion" …>90%</span>.
 *
 * The plan is read as the changes would make it: an insertion's text kept,
 * a deletion's and a comment's dropped, the marks gone. Every line break
 * stays, so that each line keeps its number (a line's columns after a change
 * move).
 */

/** pandoc's markdown: a bracketed span (one level of brackets inside) and its class. */
const BRACKETED = /\[((?:[^[\]]|\[[^[\]]*\])*)\]\{\.(insertion|deletion|comment-start|comment-end|paragraph-insertion|paragraph-deletion)\b[^{}]*\}/g;
/** gfm's raw HTML: a span with one of the classes, to its closing tag (no span inside it). */
const HTML_SPAN = /<span(\s+)class="(insertion|deletion|comment-start|comment-end|paragraph-insertion|paragraph-deletion)"([^>]*)>((?:(?!<\/?span\b)[\s\S])*)<\/span>/g;

/** The text with its tracked changes accepted and its comments dropped; the same string where it holds none. */
export function acceptedChanges(text: string): string {
  if (!text.includes('insertion') && !text.includes('deletion') && !text.includes('comment-start')) return text;
  return text
    .replace(BRACKETED, (whole: string, inner: string, kind: string) => kept(kind, inner, whole))
    .replace(HTML_SPAN, (_whole: string, gap: string, kind: string, attributes: string, inner: string) => breaksIn(gap + attributes) + kept(kind, inner, inner));
}

/** What stays of a span: an insertion's text; of anything else, its line breaks alone. */
function kept(kind: string, inner: string, whole: string): string {
  if (kind === 'insertion') return breaksIn(whole.slice(0, whole.indexOf(inner))) + inner + breaksIn(whole.slice(whole.indexOf(inner) + inner.length));
  return breaksIn(whole);
}

function breaksIn(text: string): string {
  let breaks = '';
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks += '\n';
  return breaks;
}
