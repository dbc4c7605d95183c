/**
 * `node --import ./trace-modules.mjs …`: records every module the process
 * loads, by ES import (resolution hooks) or by require() (kehoach loads the
 * markdown stack that way), one per line in the file KEHOACH_TRACE_MODULES
 * names. The start-up test reads it to see which packages a command loaded.
 */
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

register('./trace-hooks.mjs', import.meta.url);

const load = Module._load;
Module._load = function traced(request, ...rest) {
  appendFileSync(process.env.KEHOACH_TRACE_MODULES, `${request}\n`);
  return load.call(this, request, ...rest);
};
