/**
 * `kehoach schema`: the JSON Schema (draft 2020-12) of what `parse` prints
 * for one document, generated from the zod model with z.toJSONSchema. zod is
 * loaded here and only here among the commands that do not emit.
 */
import { ExitCode } from './exit.js';
import type { Io } from './io.js';

export async function runSchema(io: Io): Promise<ExitCode> {
  const { z } = await import('zod');
  const { Plan } = await import('../model/schema.js');
  io.stdout.write(JSON.stringify(z.toJSONSchema(Plan), null, 2) + '\n');
  return ExitCode.ok;
}
