/**
 * Module resolution hooks for test/support/trace-modules.mjs: every module an
 * ES `import` resolves is appended to the file KEHOACH_TRACE_MODULES names.
 */
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(process.env.KEHOACH_TRACE_MODULES, `${resolved.url}\n`);
  return resolved;
}
