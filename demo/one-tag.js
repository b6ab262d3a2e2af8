/**
 * Shows the one-tag page's own script tag, as it is in the page, so the listing never drifts
 * from the tag that made the appeal. Values are HTML-escaped, as they would be written.
 */
const tag = document.querySelector('script[data-mount]');
const target = document.getElementById('tag-source');
if (tag && target) {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = Array.from(tag.attributes, ({ name, value }) => (value === '' ? `  ${name}` : `  ${name}="${escape(value)}"`));
  target.textContent = `<script\n${lines.join('\n')}\n></script>`;
}
