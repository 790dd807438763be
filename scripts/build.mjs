// Builds everything a release ships: the three Vite library builds, type declarations
// and custom-elements.json. Each step runs in order and stops the build on failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['vite', 'build', '--mode', 'modules', '--logLevel', 'warn'],
  ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn'],
  ['vite', 'build', '--mode', 'iife', '--logLevel', 'warn'],
  ['vite', 'build', '--mode', 'admin', '--logLevel', 'warn'],
  ['tsc', '-p', 'tsconfig.build.json'],
  [
    'cem',
    'analyze',
    '--litelement',
    '--globs',
    'src/**/*.ts',
    '--exclude',
    'src/**/*.styles.ts',
    '--quiet',
  ],
];

for (const step of steps) {
  const result = spawnSync('npx', ['--no-install', ...step], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Build step failed: ${step.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}
console.log('Built dist/ and custom-elements.json.');
