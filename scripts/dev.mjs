// Development: rebuilds dist/hearth.js on every change and restarts the reference server when
// its code changes. The demo at http://localhost:8787 then always shows the current widgets.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['--no-install', 'vite', 'build', '--mode', 'bundle', '--watch'], {
    stdio: 'inherit',
  }),
  spawn('npx', ['--no-install', 'tsx', 'watch', 'server/src/main.ts'], { stdio: 'inherit' }),
];

function stop() {
  for (const child of children) child.kill('SIGINT');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && code !== 130 && stop());
