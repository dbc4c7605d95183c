/**
 * kehoach as a library: compile plan documents, validate and emit the result.
 *
 *   import { compile, emit, PlanSchema } from 'kehoach';
 *   const { plan, diagnostics } = compile(bytes, { file: 'ke-hoach.txt', lang: 'vi' });
 *   process.stdout.write(await emit([plan], 'yaml'));
 *
 * This module loads zod (the schemas) and the emitters. The command line does
 * not import it: it loads what each command needs, so that it starts fast.
 */

// Compiling
export { compile, decodeInput } from './compile.js';
export type { CompileOptions, CompileResult, Syntax } from './compile.js';
export type { DecodeResult, Encoding } from './reader/decode.js';

// The model: types, and the zod schemas they come from
export type {
  Appendix,
  Assignee,
  Budget,
  BudgetItem,
  DateParts,
  Diagnostic,
  DocumentHeader,
  DocumentNumber,
  Duty,
  LabelStyle,
  Plan,
  Recipient,
  Reference,
  Reporting,
  Section,
  SectionKind,
  Severity,
  Signature,
  Span,
  Table,
  Target,
  Task,
} from './model/schema.js';
export {
  Appendix as AppendixSchema,
  Assignee as AssigneeSchema,
  Budget as BudgetSchema,
  BudgetItem as BudgetItemSchema,
  Comparator as ComparatorSchema,
  DateParts as DatePartsSchema,
  Diagnostic as DiagnosticSchema,
  DocumentHeader as DocumentHeaderSchema,
  DocumentNumber as DocumentNumberSchema,
  Duty as DutySchema,
  LabelStyle as LabelStyleSchema,
  NumberStyle as NumberStyleSchema,
  Plan as PlanSchema,
  Recipient as RecipientSchema,
  Reference as ReferenceSchema,
  Reporting as ReportingSchema,
  Section as SectionSchema,
  SectionKind as SectionKindSchema,
  Severity as SeveritySchema,
  Signature as SignatureSchema,
  Span as SpanSchema,
  Table as TableSchema,
  Target as TargetSchema,
  Task as TaskSchema,
} from './model/schema.js';

// Diagnostics
export { catalogue } from './diagnostics/catalogue.js';
export type { DiagnosticCode, DiagnosticDefinition } from './diagnostics/catalogue.js';
export { LANGUAGES, languageFromEnv } from './diagnostics/language.js';
export type { Language } from './diagnostics/language.js';
export { renderDiagnostic, renderDiagnostics } from './diagnostics/render.js';
export type { RenderOptions } from './diagnostics/render.js';
export { splitLines } from './reader/source.js';

// Output
export { emit, emitCsv, emitJson, emitJsonArray, emitNdjson, emitYaml, CSV_TABLES, OUTPUT_FORMATS } from './emit/index.js';
export type { CsvDelimiter, CsvTable, EmitOptions, OutputFormat } from './emit/index.js';
export type { CsvOptions } from './emit/csv.js';

// The command line, for embedding and tests
export { main } from './cli/main.js';
export type { Io, InputSource, OutputStream } from './cli/main.js';
