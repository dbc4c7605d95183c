/**
 * CSV output: one table of the plan model per sheet. A batch of documents
 * gives one sheet: one header row, then the records of every plan in turn.
 *
 * Dialect: RFC 4180, written by csv-stringify. Comma separator; a field is
 * quoted with `"` when it holds a comma, a quote, CR or LF, and quotes inside
 * are doubled; records end with CRLF, as RFC 4180 prescribes (Excel,
 * LibreOffice and pandas all read it, and a CR/LF inside a quoted field stays
 * distinguishable from the record end). `bom: true` puts U+FEFF first so that
 * Excel opens the file as UTF-8 and shows Vietnamese correctly.
 *
 * For Excel under a Vietnamese locale, where the decimal mark is a comma and
 * the list separator a semicolon, `delimiter: ';'` separates the fields and
 * `decimalComma: true` writes the numbers' decimal mark as a comma (97,5):
 * opened there, each field is a column and each number a number. A field that
 * holds the delimiter is quoted, whichever it is.
 *
 * Formula neutralisation (the OWASP "CSV injection" rule): a text cell whose
 * first character is `=`, `+`, `-`, `@`, TAB or CR gets a leading apostrophe,
 * so a spreadsheet shows it as text instead of evaluating it. Plan text hits
 * this all the time: task lines start with "- " or "+ ". Values typed as
 * numbers are never neutralised, so -3 stays a number.
 *
 * Columns: `number` (the plan's số ký hiệu) and `file` first, then the
 * record's own fields in schema order — nested objects as dotted columns
 * (`parts.seq`, `date.year`), string arrays joined with "; ", null as an
 * empty cell, booleans as true/false — and the record's `line` last. The rest
 * of the source span (column, endLine, endColumn) is dropped to keep sheets
 * readable; `id` is kept. Table by table:
 *  - targets: plan context `place`, `date` (2024-03-25, 2024-03 or 2024) and
 *    `title` after `file`.
 *  - references: the reference's own `number` is named `reference.number`,
 *    since `number` is the plan's.
 *  - assignees: one row per duty (`duty.*` columns); a body with no duty
 *    still gets one row, with empty duty cells.
 *  - budget: a first row for the total (id `total`, label `TOTAL`, with the
 *    amount in words), then one row per item; no rows without a budget.
 *  - diagnostics: code, name, severity, message, line, column.
 */
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { Assignee, Duty, Recipient, Reference, Section, Target, Task } from '../model/schema.js';
import type { DateParts, Plan } from '../model/schema.js';
import { CSV_DELIMITERS, CSV_TABLES, type CsvDelimiter, type CsvTable } from './formats.js';

export { CSV_DELIMITERS, CSV_TABLES };
export type { CsvDelimiter, CsvTable };

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (U+FEFF), for Excel. */
  bom?: boolean;
  /** Write the header row (default); a batch streams one header, then each document's rows. */
  header?: boolean;
  /** The field separator (default: a comma). */
  delimiter?: CsvDelimiter;
  /** Write numbers with a decimal comma (97,5) instead of a point. */
  decimalComma?: boolean;
}

export function emitCsv(plans: Plan[], table: CsvTable, options: CsvOptions = {}): string {
  const sheet = buildSheet(plans, table);
  const cell = options.decimalComma ? (value: unknown) => withDecimalComma(toCell(value)) : toCell;
  const rows = sheet.rows.map((row) => row.map(cell));
  const records = options.header === false ? rows : [sheet.header, ...rows];
  if (records.length === 0) return '';
  const text = stringify(records, { record_delimiter: '\r\n', delimiter: options.delimiter ?? ',' });
  return options.bom ? '\uFEFF' + text : text;
}

/** A table before it is turned into cells: the header and the raw values of each row. */
interface Sheet {
  header: string[];
  rows: unknown[][];
}

function buildSheet(plans: Plan[], table: CsvTable): Sheet {
  switch (table) {
    case 'targets': return targetsSheet(plans);
    case 'tasks': return recordSheet(plans, Task, (plan) => plan.tasks);
    case 'assignees': return assigneesSheet(plans);
    case 'sections': return recordSheet(plans, Section, (plan) => plan.sections);
    case 'recipients': return recordSheet(plans, Recipient, (plan) => plan.recipients);
    case 'references': return recordSheet(plans, Reference, (plan) => plan.references, { number: 'reference.number' });
    case 'budget': return budgetSheet(plans);
    case 'diagnostics': return diagnosticsSheet(plans);
  }
}

// ---------------------------------------------------------------------------
// The sheets

/** The columns every sheet starts with: which document the row comes from. */
const PLAN_HEADER = ['number', 'file'];

function planValues(plan: Plan): unknown[] {
  return [plan.document.number, plan.file];
}

/** A sheet with one row per record: plan columns, then the record's fields. */
function recordSheet<R extends object>(
  plans: Plan[],
  schema: z.ZodObject,
  recordsOf: (plan: Plan) => R[],
  renames: Record<string, string> = {},
): Sheet {
  const columns = recordColumns(schema);
  const header = [...PLAN_HEADER, ...columns.map((column) => renames[column.name] ?? column.name)];
  const rows: unknown[][] = [];
  for (const plan of plans) {
    for (const record of recordsOf(plan)) {
      rows.push([...planValues(plan), ...columns.map((column) => valueAt(record, column.path))]);
    }
  }
  return { header, rows };
}

/** Targets carry the plan's place, date and title, so each row reads on its own. */
function targetsSheet(plans: Plan[]): Sheet {
  const columns = recordColumns(Target);
  const header = [...PLAN_HEADER, 'place', 'date', 'title', ...columns.map((column) => column.name)];
  const rows: unknown[][] = [];
  for (const plan of plans) {
    const context = [plan.document.place, isoDate(plan.document.date), plan.document.title];
    for (const target of plan.targets) {
      rows.push([...planValues(plan), ...context, ...columns.map((column) => valueAt(target, column.path))]);
    }
  }
  return { header, rows };
}

/** One row per duty; the body's own fields repeat on each of its rows. */
function assigneesSheet(plans: Plan[]): Sheet {
  const bodyColumns = recordColumns(Assignee, ['duties']);
  const bodyLine = bodyColumns.pop()!; // the body's `line`, placed after the duty columns
  const dutyColumns = recordColumns(Duty);
  const header = [
    ...PLAN_HEADER,
    ...bodyColumns.map((column) => column.name),
    ...dutyColumns.map((column) => `duty.${column.name}`),
    bodyLine.name,
  ];
  const rows: unknown[][] = [];
  for (const plan of plans) {
    for (const assignee of plan.assignees) {
      const body = bodyColumns.map((column) => valueAt(assignee, column.path));
      const line = valueAt(assignee, bodyLine.path);
      if (assignee.duties.length === 0) {
        rows.push([...planValues(plan), ...body, ...dutyColumns.map(() => null), line]);
      }
      for (const duty of assignee.duties) {
        rows.push([...planValues(plan), ...body, ...dutyColumns.map((column) => valueAt(duty, column.path)), line]);
      }
    }
  }
  return { header, rows };
}

/** The total first (when the plan states one), then every item. */
function budgetSheet(plans: Plan[]): Sheet {
  const header = [...PLAN_HEADER, 'id', 'label', 'amount', 'group', 'parent', 'words', 'line'];
  const rows: unknown[][] = [];
  for (const plan of plans) {
    const budget = plan.budget;
    if (!budget) continue;
    if (budget.total) {
      const total = budget.total;
      rows.push([...planValues(plan), 'total', 'TOTAL', total.amount, null, null, total.words, total.line]);
    }
    for (const item of budget.items) {
      rows.push([...planValues(plan), item.id, item.label, item.amount, item.group, item.parent, null, item.line]);
    }
  }
  return { header, rows };
}

function diagnosticsSheet(plans: Plan[]): Sheet {
  const header = [...PLAN_HEADER, 'code', 'name', 'severity', 'message', 'line', 'column'];
  const rows: unknown[][] = [];
  for (const plan of plans) {
    for (const d of plan.diagnostics) {
      rows.push([...planValues(plan), d.code, d.name, d.severity, d.message, d.line, d.column]);
    }
  }
  return { header, rows };
}

// ---------------------------------------------------------------------------
// Columns from the schema

/** A column of a record: its name and where its value sits in the record. */
interface Column {
  name: string;
  path: string[];
}

/** Span fields left out of CSV; `line` stays, as the last column. */
const DROPPED_SPAN_FIELDS = ['column', 'endLine', 'endColumn'];

/**
 * The record's own fields in schema order, nested objects flattened to dotted
 * names, without the span fields other than `line`, which comes last.
 */
function recordColumns(schema: z.ZodObject, skip: string[] = []): Column[] {
  const columns = flattenShape(schema, []).filter((column) => {
    const top = column.path[0]!;
    return top !== 'line' && !DROPPED_SPAN_FIELDS.includes(top) && !skip.includes(top);
  });
  return [...columns, { name: 'line', path: ['line'] }];
}

function flattenShape(schema: z.ZodObject, prefix: string[]): Column[] {
  const columns: Column[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    const path = [...prefix, key];
    const inner = field instanceof z.ZodNullable ? field.unwrap() : field;
    if (inner instanceof z.ZodObject) {
      columns.push(...flattenShape(inner, path));
    } else {
      columns.push({ name: path.join('.'), path });
    }
  }
  return columns;
}

/** The value at `path`, or null when a nested object on the way is null. */
function valueAt(record: object, path: string[]): unknown {
  let value: unknown = record;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

// ---------------------------------------------------------------------------
// Cells

/** How a raw value is written: numbers stay numbers, everything else becomes neutralised text. */
function toCell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return neutralise(value);
  if (Array.isArray(value)) return neutralise(value.map(String).join('; '));
  return neutralise(JSON.stringify(value));
}

/** 97.5 → "97,5"; text and whole numbers as they are. */
function withDecimalComma(cell: string | number): string | number {
  return typeof cell === 'number' && !Number.isInteger(cell) ? String(cell).replace('.', ',') : cell;
}

const FORMULA_START = /^[=+\-@\t\r]/;

function neutralise(text: string): string {
  return FORMULA_START.test(text) ? "'" + text : text;
}

/** The plan date, ISO-like, with missing parts left out: 2024-03-25, 2024-03, 2024; empty without a year. */
function isoDate(date: DateParts | null): string | null {
  if (!date || date.year === null) return null;
  let text = String(date.year).padStart(4, '0');
  if (date.month === null) return text;
  text += '-' + String(date.month).padStart(2, '0');
  if (date.day === null) return text;
  return text + '-' + String(date.day).padStart(2, '0');
}
