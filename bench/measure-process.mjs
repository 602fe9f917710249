// Runs a command as a child process and measures its wall time and peak RSS (VmHWM from /proc, polled).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

function peakKb(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** @returns {Promise<{ ms: number, peakRssMb: number, code: number | null }>} */
export function measureProcess(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], ...options });
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, peakKb(child.pid))), 5);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({ ms, peakRssMb: peak / 1024, code });
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
