#!/usr/bin/env node
import { existsSync } from 'node:fs';

// A checkout installed without its build step (scripts or dev dependencies skipped): say what to do.
if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) {
  process.stderr.write(
    'notice: falta la versión compilada (dist/). Instale el paquete publicado (npm i -D notice-avisos) o, en una copia del repositorio, ejecute `npm install` y `npm run build`.\n' +
      'notice: the compiled files (dist/) are missing. Install the published package (npm i -D notice-avisos) or, in a checkout, run `npm install` and `npm run build`.\n',
  );
  process.exitCode = 2;
} else {
  const { installProcessGuards, main } = await import('../dist/cli/main.js');
  installProcessGuards();
  process.exitCode = await main(process.argv.slice(2));
}
