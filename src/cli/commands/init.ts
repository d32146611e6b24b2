import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Lang } from '../../diagnostics/diagnostic.js';
import { PACKAGE_ROOT } from '../../schema/load-schema.js';
import { writeNewFiles } from '../../io/scaffold.js';
import { toolVersion } from '../../version.js';
import type { CliIo } from '../io-context.js';
import { translator } from '../lang.js';

const template = (name: string) => readFileSync(new URL(`templates/init/${name}`, PACKAGE_ROOT), 'utf8');

/** The name npm accepts for a private package, from the folder's name. */
function packageName(dir: string): string {
  const name = basename(dir).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+|[-]+$/g, '');
  return name || 'avisos-de-privacidad';
}

/**
 * package.json of the workspace: notice-avisos as an exact-version dev dependency (the lockfile
 * and `npm ci` then install that version everywhere) and the scripts CI runs.
 */
export function workspacePackageJson(dir: string, version: string): string {
  const pkg = {
    name: packageName(dir),
    private: true,
    description: 'Avisos de privacidad revisados y compilados con notice',
    scripts: { check: 'notice check', build: 'notice build', new: 'notice new' },
    devDependencies: { 'notice-avisos': version },
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}

/**
 * `notice init [dir]`: a workspace that passes its own CI as created — config, package.json,
 * GitHub Actions and GitLab CI, .gitignore, an empty notices/ folder and a full example notice
 * kept outside notices/ (its sample data is never checked as real nor published). Never
 * overwrites; an existing package.json is left as it is and the command says what to add.
 */
export async function runInit(dir: string | undefined, io: CliIo, lang: Lang): Promise<number> {
  const t = translator(lang);
  const target = resolve(io.cwd, dir ?? '.');
  const version = toolVersion();
  const hasPackage = existsSync(resolve(target, 'package.json'));
  const files = [
    { path: 'notice.config.yaml', contents: template('notice.config.yaml') },
    ...(hasPackage ? [] : [{ path: 'package.json', contents: workspacePackageJson(target, version) }]),
    { path: 'notices/LEEME.md', contents: template('notices-LEEME.md') },
    { path: 'ejemplos/atencion-ciudadana.yaml', contents: template('notices/atencion-ciudadana.yaml') },
    { path: '.github/workflows/avisos.yml', contents: template('github-avisos.yml') },
    { path: '.gitlab-ci.yml', contents: template('gitlab-ci.yml') },
    ...(existsSync(resolve(target, '.gitignore')) ? [] : [{ path: '.gitignore', contents: template('gitignore') }]),
  ];
  const written = writeNewFiles(target, files, io.cwd);
  const list = written.map((w) => t(`«${w}»`, `"${w}"`)).join(', ');
  const lines = [t(`notice init: se crearon ${list}.`, `notice init: created ${list}.`)];
  if (hasPackage) {
    lines.push(t(`Ya hay un package.json: añada notice con «npm install --save-dev --save-exact notice-avisos@${version}».`, `There is a package.json already: add notice with "npm install --save-dev --save-exact notice-avisos@${version}".`));
  }
  // The CI workflows run `npm ci`, which needs the lock file `npm install` writes: say to commit it.
  const run = hasPackage ? 'npx notice check; npx notice build' : 'npm run check; npm run build';
  lines.push(
    t(
      `Siguientes pasos: npm install (y confirme en git el package-lock.json que crea: los flujos de CI ejecutan npm ci); npx notice new <id> (o copie ejemplos/atencion-ciudadana.yaml a notices/ y sustituya sus datos de ejemplo); ${run}. Escriba en notice.config.yaml la dirección real del sitio (baseUrl).`,
      `Next: npm install (and commit the package-lock.json it writes: the CI workflows run npm ci); npx notice new <id> (or copy ejemplos/atencion-ciudadana.yaml to notices/ and replace its sample data); ${run}. Set the real address of the site (baseUrl) in notice.config.yaml.`,
    ),
  );
  io.stderr(lines.join('\n') + '\n');
  return 0;
}
