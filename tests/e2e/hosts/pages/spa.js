// A tiny client-side router, as site builders ship them: each view replaces the whole <main>,
// so widgets are removed from the page and created again on every navigation.
const api = document.body.dataset.api;
const views = {
  groups: () => {
    const finder = document.createElement('hearth-group-finder');
    finder.setAttribute('api-base', api);
    return ['Groups', finder];
  },
  stories: () => {
    const wall = document.createElement('hearth-story-wall');
    wall.setAttribute('api-base', api);
    return ['Stories', wall];
  },
  about: () => {
    const text = document.createElement('p');
    text.textContent = 'We are a small practice by the river.';
    return ['About us', text];
  },
};

function render() {
  const name = location.hash.replace('#/', '') || 'groups';
  const [title, content] = (views[name] ?? views.groups)();
  const heading = document.createElement('h1');
  heading.textContent = 'Willow Street Counseling';
  const subheading = document.createElement('h2');
  subheading.textContent = title;
  document.getElementById('view').replaceChildren(heading, subheading, content);
  document.title = `${title} · Single-page site`;
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href*="#/"]');
  if (!link) return;
  event.preventDefault();
  history.pushState(null, '', link.href);
  render();
});
window.addEventListener('popstate', render);
render();
