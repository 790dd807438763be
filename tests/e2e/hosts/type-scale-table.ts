// Prints the widgets' text sizes under each site theme as a Markdown table: the smallest and the
// median size of the texts a person sees, per widget, per theme, on a desktop and a phone, then
// with the visitor's default font size at 24 px and at 200 % zoom; then the inherited text styles
// that differ from the page without a theme. Needs `npm run build` first.
//   node --import tsx tests/e2e/hosts/type-scale-table.ts
import { startStage } from './stage.js';
import { HOST_THEMES, SCREENS } from './themes.js';
import { measureTypeScale, spread, styleLeaks, type PageTypeScale } from './type-scale.js';
import { showEverything, visit, type VisitOptions } from './visit.js';

const DESKTOP = SCREENS[0].viewport;
const runs: { theme: string; screen: string; options: VisitOptions }[] = [
  ...HOST_THEMES.flatMap((theme) =>
    SCREENS.map((screen) => ({
      theme: theme.name,
      screen: screen.name,
      options: { viewport: screen.viewport },
    })),
  ),
  ...['plain', 'bulma', 'dawn'].map((theme) => ({
    theme,
    screen: 'desktop, default font 24 px',
    options: { viewport: DESKTOP, defaultFontSize: 24 },
  })),
  ...['plain', 'dawn'].map((theme) => ({
    theme,
    screen: 'desktop at 200 % zoom',
    options: { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
  })),
];

const stage = await startStage();
try {
  const results: { theme: string; screen: string; scale: PageTypeScale }[] = [];
  for (const run of runs) {
    const { page } = await visit(stage.browser, stage.host.themePage(run.theme), run.options);
    await showEverything(page);
    results.push({ ...run, scale: await measureTypeScale(page) });
    await page.context().close();
  }

  const cell = (sizes: number[], base: number) => {
    const { min, median } = spread(sizes);
    const small = sizes.filter((size) => size < 12).length;
    return `${base} · ${min} / ${median} · ${small} of ${sizes.length}`;
  };
  const tags = results[0]!.scale.widgets.map((widget) => widget.tag);
  console.log(
    'Per widget: base px · smallest / median text px · texts under 12 px of all. Sizes in CSS px;',
  );
  console.log('at 200 % zoom each CSS px is 2 device px.\n');
  console.log(`| theme | screen | site's text px | ${tags.join(' | ')} |`);
  console.log(`| --- | --- | --- | ${tags.map(() => '---').join(' | ')} |`);
  for (const { theme, screen, scale } of results) {
    const cells = scale.widgets.map((widget) => cell(widget.sizes, widget.base));
    console.log(`| ${theme} | ${screen} | ${scale.hostText} | ${cells.join(' | ')} |`);
  }

  console.log('\nInherited styles that differ from the page without a theme, same screen:\n');
  for (const { theme, screen, scale } of results) {
    const reference = results.find((r) => r.theme === 'plain' && r.screen === screen)!.scale;
    for (const widget of scale.widgets) {
      const leaks = styleLeaks(
        widget,
        reference.widgets.find((w) => w.tag === widget.tag)!,
      );
      const names = leaks.map((leak) => leak.split(':')[0]);
      if (names.length) console.log(`- ${theme}, ${screen}, ${widget.tag}: ${names.join(', ')}`);
    }
  }
} finally {
  await stage.stop();
}
