// A practice site built with React 19 (plain JavaScript, no JSX: esbuild only bundles it): it
// mounts the widgets, changes their attributes from its own state, unmounts and remounts them,
// and listens to their events. The test drives it through its own buttons, as a visitor would.
import { StrictMode, createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';

const api = document.body.dataset.api ?? '/';

function App() {
  const [shown, setShown] = useState(true);
  const [lang, setLang] = useState('en');
  const [topics, setTopics] = useState('');
  const [chosen, setChosen] = useState('');
  const button = (label, onClick) => h('button', { type: 'button', onClick }, label);
  return h(
    'div',
    null,
    h(
      'nav',
      { 'aria-label': 'Site settings' },
      button(shown ? 'Hide the widgets' : 'Show the widgets', () => setShown(!shown)),
      button(lang === 'en' ? 'Español' : 'English', () => setLang(lang === 'en' ? 'es' : 'en')),
      button(topics ? 'All topics' : 'Only grief groups', () => setTopics(topics ? '' : 'grief')),
    ),
    h('p', { role: 'status' }, chosen ? `You looked at ${chosen}` : ''),
    shown &&
      h(
        'main',
        null,
        h('h1', null, 'Cedar Grove Therapy'),
        h('h2', null, 'Groups'),
        h('hearth-group-finder', {
          'api-base': api,
          lang,
          topics,
          // React 19 passes `on…` props of custom elements to addEventListener.
          'onhearth-group-select': (event) => setChosen(event.groupId),
        }),
        h('h2', null, 'Ask for a spot'),
        h('hearth-session-signup', { 'api-base': api, lang }),
        h('h2', null, 'Stories'),
        h('hearth-story-wall', { 'api-base': api, lang }),
      ),
  );
}

createRoot(document.getElementById('root')).render(h(StrictMode, null, h(App)));
