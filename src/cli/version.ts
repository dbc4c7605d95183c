/**
 * The version printed by `--version`: read from package.json at run time, so
 * the built files need no copy of it. The path is relative to this module,
 * which sits two levels below the package root (src/cli, dist/cli).
 */
import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}
