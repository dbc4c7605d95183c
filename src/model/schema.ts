/**
 * The Plan model: what `kehoach` emits for one document.
 *
 * Field names follow the output contract read by the evaluation tools
 * (document.number, sections[].kind, tasks[].parent …); every record carries
 * a stable `id` and its source span. The JSON Schema printed by
 * `kehoach schema` is generated from these definitions.
 */
import { z } from 'zod';

/** 1-based line and column (UTF-16 code units of the line as stored in the file); the end is exclusive. */
export const Span = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive(),
  endColumn: z.number().int().positive(),
});

/** A record: its own fields first, then where it stands in the source. */
function located<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape).extend(Span.shape);
}

export const Severity = z.enum(['error', 'warning', 'info']);

export const Diagnostic = located({
  code: z.string().regex(/^KH\d{3}$/),
  name: z.string(),
  severity: Severity,
  message: z.string(),
});

export const DateParts = z.object({
  year: z.number().int().nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
});

export const NumberStyle = z.enum(['state', 'party']);

/** A số ký hiệu split into its parts: `496/KH-TTYT`, `13/2023/TT-BYT`, `141-KH/HU`. */
export const DocumentNumber = z.object({
  seq: z.string().nullable(),
  year: z.number().int().nullable(),
  type: z.string().nullable(),
  issuerCode: z.string().nullable(),
  style: NumberStyle,
});

export const SectionKind = z.enum([
  'purpose', 'objectives', 'situation', 'tasks', 'solutions',
  'schedule', 'budget', 'implementation', 'reporting', 'other',
]);

export const DocumentHeader = z.object({
  kind: z.string().nullable().describe('tên loại as printed: KẾ HOẠCH, CHƯƠNG TRÌNH HÀNH ĐỘNG…'),
  kindCode: z.string().nullable().describe('the type code of the kind: KH, QĐ, CTr…'),
  isPlan: z.boolean(),
  number: z.string().nullable().describe('số ký hiệu without spaces: 496/KH-TTYT, /KH-UBND, 141-KH/HU'),
  numberParts: DocumentNumber.nullable(),
  place: z.string().nullable(),
  date: DateParts.nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable().describe('the issuing body'),
  parentBody: z.string().nullable().describe('the superior body printed above the issuer'),
  nationalMotto: z.boolean().describe('whether the Quốc hiệu / Party heading was found'),
  family: NumberStyle.nullable().describe('state or Party document'),
  fields: z.record(z.string(), Span).describe('where each header field was read'),
});

export const Signature = located({
  authority: z.string().nullable().describe('TM. ỦY BAN NHÂN DÂN'),
  capacity: z.string().nullable().describe('KT. CHỦ TỊCH'),
  title: z.string().nullable().describe('PHÓ CHỦ TỊCH'),
  name: z.string().nullable(),
});

export const Recipient = located({
  id: z.string(),
  name: z.string(),
  note: z.string().nullable(),
});

export const Reference = located({
  id: z.string(),
  number: z.string(),
  parts: DocumentNumber,
  kind: z.string().nullable().describe('Quyết định, Nghị quyết… as the text names it or as the type code implies'),
  date: DateParts.nullable(),
  issuer: z.string().nullable(),
});

export const Section = located({
  id: z.string(),
  label: z.string(),
  title: z.string(),
  kind: SectionKind,
});

export const LabelStyle = z.enum(['arabic', 'decimal', 'letter', 'dash', 'plus', 'star', 'paragraph']);

export const Task = located({
  id: z.string(),
  parent: z.string().nullable(),
  section: z.string(),
  label: z.string().nullable(),
  labelStyle: LabelStyle,
  title: z.string().nullable(),
  text: z.string(),
});

export const Comparator = z.enum(['eq', 'gt', 'ge', 'lt', 'le']);

export const Target = located({
  id: z.string(),
  indicator: z.string(),
  cmp: Comparator,
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  aspiration: z.boolean().describe('"Phấn đấu …": an aspiration rather than a firm commitment'),
  change: z.enum(['increase', 'decrease']).nullable().describe('"giảm 20%", "tăng 5%": a change against a baseline'),
  source: z.string().describe('the clause or table cell the target was read from (of a clause over 1,000 characters, the words around the value)'),
  tableColumn: z.string().nullable(),
  section: z.string().nullable(),
  task: z.string().nullable(),
});

export const Duty = located({
  id: z.string(),
  text: z.string(),
  role: z.enum(['lead', 'support', 'other']),
  partners: z.array(z.string()),
});

export const Assignee = located({
  id: z.string(),
  name: z.string(),
  key: z.string().describe('canonical key: abbreviations and tone placement folded'),
  parent: z.string().nullable(),
  requested: z.boolean().describe('the issuer cannot command this body: "Đề nghị…"'),
  duties: z.array(Duty),
});

export const BudgetItem = located({
  id: z.string(),
  label: z.string(),
  amount: z.number(),
  group: z.string().nullable(),
  parent: z.string().nullable(),
});

export const Budget = z.object({
  total: located({ amount: z.number(), words: z.string().nullable() }).nullable(),
  items: z.array(BudgetItem),
  text: z.string().nullable(),
});

export const Reporting = located({
  id: z.string(),
  period: z.string().nullable(),
  deadline: z.object({ day: z.number().int().nullable(), month: z.number().int().nullable() }).nullable(),
  to: z.string().nullable(),
  text: z.string(),
});

export const Table = located({
  id: z.string(),
  section: z.string().nullable(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  rowLines: z.array(z.number().int().positive()),
});

export const Appendix = located({
  id: z.string(),
  title: z.string(),
});

export const Plan = z.object({
  file: z.string().nullable(),
  syntax: z.enum(['text', 'markdown', 'mediawiki']),
  document: DocumentHeader,
  signature: Signature.nullable(),
  cosignatures: z.array(Signature).describe('the other signature blocks: a joint plan\'s other bodies (liên ngành, liên tịch), or those who drew the plan up and checked it beside its signer (NGƯỜI LẬP KẾ HOẠCH, TRƯỞNG KHOA); `signature` is the lead body\'s, or the head\'s'),
  recipients: z.array(Recipient),
  archive: z.array(z.string()).describe('what the "Lưu:" entry lists: VT, TH'),
  archiveSpan: Span.nullable(),
  references: z.array(Reference),
  sections: z.array(Section),
  tasks: z.array(Task),
  targets: z.array(Target),
  assignees: z.array(Assignee),
  budget: Budget.nullable(),
  reporting: z.array(Reporting),
  tables: z.array(Table),
  appendices: z.array(Appendix),
  diagnostics: z.array(Diagnostic),
});

export type Span = z.infer<typeof Span>;
export type Severity = z.infer<typeof Severity>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type DateParts = z.infer<typeof DateParts>;
export type DocumentNumber = z.infer<typeof DocumentNumber>;
export type SectionKind = z.infer<typeof SectionKind>;
export type DocumentHeader = z.infer<typeof DocumentHeader>;
export type Signature = z.infer<typeof Signature>;
export type Recipient = z.infer<typeof Recipient>;
export type Reference = z.infer<typeof Reference>;
export type Section = z.infer<typeof Section>;
export type LabelStyle = z.infer<typeof LabelStyle>;
export type Task = z.infer<typeof Task>;
export type Target = z.infer<typeof Target>;
export type Assignee = z.infer<typeof Assignee>;
export type Duty = z.infer<typeof Duty>;
export type Budget = z.infer<typeof Budget>;
export type BudgetItem = z.infer<typeof BudgetItem>;
export type Reporting = z.infer<typeof Reporting>;
export type Table = z.infer<typeof Table>;
export type Appendix = z.infer<typeof Appendix>;
export type Plan = z.infer<typeof Plan>;
