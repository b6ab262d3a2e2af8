// A React 19 app, as a site writes one: the appeal with its attributes and an
// onsupport-appeal-checkout handler (React 19 attaches on… props of a custom element as event
// listeners), whose preventDefault() keeps the reader on the page. (createElement rather than
// JSX, so that the app builds with Vite's defaults; the types of the JSX form are checked in
// test/consumer/react-types.tsx.)
import 'support-appeal';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

window.checkouts = [];

function App() {
  return createElement('support-appeal', {
    campaign: 'react-app',
    currency: 'EUR',
    goal: '10000',
    raised: '6420',
    'custom-amount': true,
    preview: true,
    'checkout-url': '/give?a={amount}',
    'onsupport-appeal-checkout': (event) => {
      window.checkouts.push(event.detail.url);
      event.preventDefault();
    },
  });
}

createRoot(document.getElementById('root')).render(createElement(App));
