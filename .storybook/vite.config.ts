import { defineConfig } from 'vite';

/*
 * Vite's TypeScript transform follows the root tsconfig.json, whose `experimentalDecorators`
 * Lit's decorators need (standard decorators would be left untransformed and the stories would
 * silently fail to render).
 */
export default defineConfig({});
