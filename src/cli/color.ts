/**
 * Whether diagnostics on stderr get ANSI colours: when stderr is a terminal
 * and NO_COLOR is unset (https://no-color.org), unless FORCE_COLOR decides.
 * As in Node itself, FORCE_COLOR wins over NO_COLOR; FORCE_COLOR=0 or
 * "false" turns colour off.
 */
import type { OutputStream } from './io.js';

export function colorEnabled(stream: OutputStream, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
