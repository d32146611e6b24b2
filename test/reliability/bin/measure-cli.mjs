// Runs the CLI's main() in this process on the given arguments and prints, as one JSON line, its
// exit code, the CPU time and wall time of the run, the process's peak resident memory and the
// start of its output. Used by limits.test.ts: bounds are measured here, in a child process, not
// on the test runner's clock.
import { performance } from 'node:perf_hooks';
import { main } from '../../../dist/cli/main.js';

let stdout = '';
let stderr = '';
const io = {
  cwd: process.cwd(),
  env: { ...process.env, NO_COLOR: '1' },
  stdout: (t) => (stdout += t),
  stderr: (t) => (stderr += t),
  stdoutIsTTY: false,
  stderrIsTTY: false,
};
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
const code = await main(process.argv.slice(2), io);
const cpu = process.cpuUsage(cpu0);
const wallMs = performance.now() - wall0;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ code, cpuMs: Math.round((cpu.user + cpu.system) / 1000), wallMs: Math.round(wallMs), maxRssMB: Math.round(maxRssMB), stdoutBytes: stdout.length, stdout: stdout.slice(0, 4000), stderr: stderr.slice(0, 2000) })}\n`,
);
