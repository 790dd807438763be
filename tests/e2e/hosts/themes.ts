// The site themes the host-styles suite drops the widgets into: the CSS frameworks practices'
// sites are built on, installed from npm (development dependencies), and hand-written stand-ins
// for what themes and page builders do that no framework does. `plain` has no stylesheet: the
// reference the others are compared with.

/** Framework stylesheets the host server sends as `/vendor/<name>.css`, from node_modules. */
export const VENDOR_STYLESHEETS: Readonly<Record<string, string>> = {
  bootstrap: 'bootstrap/dist/css/bootstrap.min.css',
  bulma: 'bulma/css/bulma.min.css',
  pico: '@picocss/pico/css/pico.min.css',
  'tailwind-preflight': 'tailwindcss/preflight.css',
};

export interface HostTheme {
  name: string;
  /** What the theme stands for. */
  about: string;
  /** The page's stylesheets, in order, as the host server serves them. */
  stylesheets: string[];
}

export const HOST_THEMES: readonly HostTheme[] = [
  { name: 'plain', about: "no stylesheet: the browser's own look", stylesheets: [] },
  { name: 'bootstrap', about: 'Bootstrap 5', stylesheets: ['/vendor/bootstrap.css'] },
  { name: 'bulma', about: 'Bulma 1 (a 16 px root in pixels)', stylesheets: ['/vendor/bulma.css'] },
  {
    name: 'pico',
    about: 'Pico 2 (a root that grows with the window)',
    stylesheets: ['/vendor/pico.css'],
  },
  {
    name: 'tailwind',
    about: "Tailwind's preflight",
    stylesheets: ['/vendor/tailwind-preflight.css'],
  },
  {
    name: 'dawn',
    about: 'a 62.5 % root with body text in rem (Shopify Dawn), and text styles on the body',
    stylesheets: ['/pages/theme-dawn.css'],
  },
  {
    name: 'reset',
    about: 'resets: content-box !important, [hidden] shown, div padding, all: unset',
    stylesheets: ['/pages/theme-reset.css'],
  },
  {
    name: 'builder',
    about: "a page builder's code block: a transformed, clipped, narrow column",
    stylesheets: ['/pages/theme-builder.css'],
  },
];

/** The screens each theme is seen on. */
export const SCREENS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 320, height: 640 } },
] as const;
