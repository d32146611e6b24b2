import type { Lang } from '../diagnostics/diagnostic.js';

export interface Progress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

/** Only for people: a bar when stderr is a terminal and the build is big enough; nothing on CI. */
export async function createProgress(enabled: boolean, stream: NodeJS.WriteStream, lang: Lang): Promise<Progress> {
  if (!enabled) return { update: () => {}, stop: () => {} };
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const label = lang === 'es' ? 'avisos' : 'notices';
  const bar = new SingleBar({ stream, format: `notice build [{bar}] {value}/{total} ${label} · {eta}s`, hideCursor: true, clearOnComplete: true, etaBuffer: 50 }, Presets.shades_classic);
  let started = false;
  return {
    update: (done, total) => {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
