/**
 * The thank-you page's one job: record that the reader has supported the campaign, with the
 * static method, as a site's own thank-you page would. Then show what that stored.
 */
import '../src/index.ts';

customElements.get('support-appeal').markSupported('demo');
document.getElementById('stored').textContent = localStorage.getItem('support-appeal:demo') ?? '(nothing: storage is not available here)';
