// Media emulation the theme, print and accessibility tests need, which no library gives here:
// @web/test-runner-commands' emulateMedia has no forced-colors, and it logs an error in engines
// whose driver cannot emulate media (Firefox over BiDi, WebKit over WebDriver).

/**
 * `executeServerCommand('emulate-media-features', { 'forced-colors': 'active' })` (or
 * `'prefers-color-scheme': 'dark'`, or `{ media: 'print' }` for printing) resolves to true in
 * Chromium, through the DevTools protocol, and to false in the other engines, so a test checks
 * what the engine does report instead.
 */
export function emulateMediaCommand() {
  return {
    name: 'emulate-media-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || session.browser.name !== 'Chromium') return false;
      const client = await page.createCDPSession();
      // `media: 'print'` emulates the print medium; the other entries are media features.
      const { media = '', ...rest } = payload ?? {};
      const features = Object.entries(rest).map(([name, value]) => ({ name, value }));
      await client.send('Emulation.setEmulatedMedia', { media, features });
      return true;
    },
  };
}
