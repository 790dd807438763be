import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { minifyLitTemplates } from './scripts/minify-lit-templates.js';

/**
 * Three library builds, chosen with `--mode` (scripts/build.mjs runs them in order):
 * - `modules`: per-element ES entry points for npm users, lit left external so an app shares one copy;
 * - `bundle`: `dist/hearth.js`, one ES module with lit inside, for a practice's `<script type="module">`;
 * - `iife`: `dist/hearth.iife.js`, the same as a classic script for page builders without modules.
 */
const root = import.meta.dirname;
const fromRoot = (path: string) => resolve(root, path);

// Lit repeats its licence comment in every module; the script-tag bundles carry one notice.
const LICENSE_BANNER =
  '/*! Hearth (MIT) · includes Lit and @lit/context, @lit/task: Copyright Google LLC, BSD-3-Clause */';

const shared: UserConfig = {
  plugins: [minifyLitTemplates()],
  build: {
    outDir: fromRoot('dist'),
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
  },
};

const modes: Record<string, UserConfig> = {
  modules: {
    build: {
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: {
          index: fromRoot('src/index.ts'),
          provider: fromRoot('src/define/provider.ts'),
          'group-finder': fromRoot('src/define/group-finder.ts'),
          'session-signup': fromRoot('src/define/session-signup.ts'),
          'story-wall': fromRoot('src/define/story-wall.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  },
  bundle: {
    build: {
      emptyOutDir: false,
      // Read by scripts/check-size.mjs to add up what a page with each widget downloads.
      manifest: 'hearth-manifest.json',
      lib: { entry: fromRoot('src/hearth.ts'), formats: ['es'], fileName: () => 'hearth.js' },
      rolldownOptions: {
        // Widget chunks import the shared core from hearth.js itself, not from a third file
        // every page would have to wait for.
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: 'hearth-chunks/[name]-[hash].js',
          codeSplitting: {
            groups: [
              // The kit's form controller stays with the two forms that use it (the sign-up form and the
              // story wall's share form); its paging controller serves the finder and the wall.
              {
                name: 'core',
                test: /node_modules|src\/api\/(client|errors|contract\/public)|src\/(context|events|provider|styles)\/|src\/internal\/(?!form-controller)|src\/define\/(define|autoload|provider)\.ts|src\/i18n\/(catalogues|localize-controller|format|en)\.ts/,
              },
            ],
          },
          // Vite keeps whitespace and annotations in ES library builds (for re-bundling); this
          // file is what browsers load directly, so minify it like an application.
          minify: true,
          comments: { annotation: false, jsdoc: false, legal: false },
          postBanner: (chunk) => (chunk.isEntry ? LICENSE_BANNER : ''),
        },
      },
    },
  },
  // `dist/hearth-admin.js`: the staff console, served at /admin by the reference server. Its own
  // bundle with Lit inside, never part of hearth.js, minified like it.
  admin: {
    build: {
      emptyOutDir: false,
      lib: {
        entry: fromRoot('src/define/admin.ts'),
        formats: ['es'],
        fileName: () => 'hearth-admin.js',
      },
      rolldownOptions: {
        output: {
          chunkFileNames: 'hearth-admin-chunks/[name]-[hash].js',
          minify: true,
          comments: { annotation: false, jsdoc: false, legal: false },
          postBanner: (chunk) => (chunk.isEntry ? LICENSE_BANNER : ''),
        },
      },
    },
  },
  iife: {
    build: {
      emptyOutDir: false,
      lib: {
        entry: fromRoot('src/hearth.ts'),
        formats: ['iife'],
        name: 'Hearth',
        fileName: () => 'hearth.iife.js',
      },
      rolldownOptions: {
        output: {
          codeSplitting: false,
          minify: true,
          comments: { annotation: false, jsdoc: false, legal: false },
          postBanner: (chunk) => (chunk.isEntry ? LICENSE_BANNER : ''),
        },
      },
    },
  },
};

export default defineConfig(({ mode }) => {
  const config = modes[mode];
  if (!config)
    throw new Error(`Unknown build mode "${mode}": use ${Object.keys(modes).join(', ')}.`);
  return { ...shared, ...config, build: { ...shared.build, ...config.build } };
});
