import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path, { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import YAML from 'yaml';
import { Plan } from '../src/model/schema.js';
import { compile } from '../src/compile.js';
import { inSchemaOrder } from './support/schema-order.js';
import type { Span } from '../src/model/schema.js';
import { emit, OUTPUT_FORMATS } from '../src/emit/index.js';
import { emitJson, emitJsonArray } from '../src/emit/json.js';
import { emitNdjson } from '../src/emit/ndjson.js';
import { emitYaml } from '../src/emit/yaml.js';
import { CSV_TABLES, emitCsv } from '../src/emit/csv.js';
import type { CsvTable } from '../src/emit/csv.js';

// ---------------------------------------------------------------------------
// Sample data

function at(line: number, column = 1, endColumn = 60): Span {
  return { line, column, endLine: line, endColumn };
}

/** A small but realistic plan, validated against the schema so it stays honest. */
function samplePlan(): Plan {
  return Plan.parse({
    file: 'ke-hoach-15-ubnd.txt',
    syntax: 'text',
    document: {
      kind: 'KẾ HOẠCH',
      kindCode: 'KH',
      isPlan: true,
      number: '15/KH-UBND',
      numberParts: { seq: '15', year: null, type: 'KH', issuerCode: 'UBND', style: 'state' },
      place: 'Ba Đình',
      date: { year: 2024, month: 3, day: 25 },
      title: 'Triển khai công tác chuyển đổi số năm 2024',
      issuer: 'ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH',
      parentBody: null,
      nationalMotto: true,
      family: 'state',
      fields: { number: at(4, 1, 20), date: at(4, 30, 70), title: at(8, 1, 50) },
    },
    signature: { ...at(120), authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' },
    cosignatures: [],
    recipients: [
      { ...at(125), id: 'recipient-1', name: 'UBND Thành phố', note: 'để b/c' },
      { ...at(126), id: 'recipient-2', name: 'Các phòng, ban, ngành quận', note: null },
    ],
    archive: ['VT', 'VP'],
    archiveSpan: at(127),
    references: [
      {
        ...at(12),
        id: 'reference-1',
        number: '06/QĐ-TTg',
        parts: { seq: '06', year: null, type: 'QĐ', issuerCode: 'TTg', style: 'state' },
        kind: 'Quyết định',
        date: { year: 2022, month: 1, day: 6 },
        issuer: 'Thủ tướng Chính phủ',
      },
    ],
    sections: [
      { ...at(15), id: 'section-1', label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', kind: 'purpose' },
      { ...at(30), id: 'section-2', label: 'II', title: 'NHIỆM VỤ, GIẢI PHÁP', kind: 'tasks' },
    ],
    tasks: [
      { ...at(31), id: 'task-1', parent: null, section: 'section-2', label: '1', labelStyle: 'arabic', title: 'Công tác tuyên truyền', text: '1. Công tác tuyên truyền' },
      { ...at(32), id: 'task-2', parent: 'task-1', section: 'section-2', label: '-', labelStyle: 'dash', title: null, text: '- Tăng cường tuyên truyền về chuyển đổi số' },
      { ...at(33), id: 'task-3', parent: 'task-1', section: 'section-2', label: '+', labelStyle: 'plus', title: null, text: '+ Đăng tải tin bài trên Cổng thông tin điện tử' },
      { ...at(34), id: 'task-4', parent: null, section: 'section-2', label: '2', labelStyle: 'arabic', title: null, text: '=SUM(A1)' },
      {
        ...at(35),
        id: 'task-5',
        parent: null,
        section: 'section-2',
        label: '3',
        labelStyle: 'arabic',
        title: 'Phối hợp',
        text: 'Phối hợp "Tổ công nghệ số cộng đồng", các phường\nbáo cáo kết quả',
      },
    ],
    targets: [
      {
        ...at(18),
        id: 'target-1',
        indicator: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
        cmp: 'ge',
        value: 19.5,
        valueMax: null,
        unit: '%',
        year: 2024,
        aspiration: false,
        change: null,
        source: 'đạt tối thiểu 19,5% hồ sơ trực tuyến toàn trình',
        tableColumn: null,
        section: 'section-1',
        task: null,
      },
      {
        ...at(19),
        id: 'target-2',
        indicator: 'Thủ tục hành chính giấy',
        cmp: 'eq',
        value: -3,
        valueMax: null,
        unit: '%',
        year: null,
        aspiration: true,
        change: 'decrease',
        source: 'phấn đấu giảm 3% thủ tục hành chính giấy',
        tableColumn: null,
        section: 'section-1',
        task: null,
      },
    ],
    assignees: [
      {
        ...at(80),
        id: 'assignee-1',
        name: 'Phòng Văn hóa và Thông tin',
        key: 'phong van hoa va thong tin',
        parent: null,
        requested: false,
        duties: [
          { ...at(81), id: 'duty-1', text: 'Chủ trì, tham mưu triển khai Kế hoạch', role: 'lead', partners: ['Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch'] },
          { ...at(82), id: 'duty-2', text: 'Tổng hợp, báo cáo kết quả', role: 'support', partners: [] },
        ],
      },
      {
        ...at(90),
        id: 'assignee-2',
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam quận',
        key: 'uy ban mat tran to quoc viet nam quan',
        parent: null,
        requested: true,
        duties: [],
      },
    ],
    budget: {
      total: { ...at(100), amount: 1_500_000_000, words: 'Một tỷ năm trăm triệu đồng' },
      items: [
        { ...at(101), id: 'budget-1', label: 'Mua sắm thiết bị', amount: 1_000_000_000, group: 'Ngân sách quận', parent: null },
        { ...at(102), id: 'budget-2', label: 'Tập huấn, bồi dưỡng', amount: 500_000_000, group: 'Ngân sách quận', parent: null },
      ],
      text: 'Kinh phí thực hiện từ nguồn ngân sách quận năm 2024.',
    },
    reporting: [
      { ...at(110), id: 'reporting-1', period: 'quý', deadline: { day: 15, month: null }, to: 'UBND quận', text: 'Báo cáo trước ngày 15 tháng cuối quý' },
    ],
    tables: [
      {
        ...at(40),
        id: 'table-1',
        section: 'section-2',
        header: ['Mã', 'Trả lời', 'Số lượng'],
        rows: [
          ['08', 'yes', '1.500'],
          ['- Xây dựng', 'Số: 15/KH-UBND', 'on'],
          ['2024-03-25', '12:30', 'null'],
        ],
        rowLines: [42, 43, 44],
      },
    ],
    appendices: [{ ...at(130), id: 'appendix-1', title: 'Phụ lục I: Danh mục nhiệm vụ' }],
    diagnostics: [
      { ...at(120, 1, 30), code: 'KH204', name: 'signature-name-missing', severity: 'warning', message: 'Thiếu "họ tên" người ký, dòng 120' },
    ],
  });
}

/** A plan with no records at all. */
function emptyPlan(): Plan {
  const plan = samplePlan();
  return Plan.parse({
    ...plan,
    file: 'trong.txt',
    document: { ...plan.document, number: null, date: { year: 2024, month: 1, day: null } },
    signature: null,
    cosignatures: [],
    recipients: [],
    archive: [],
    archiveSpan: null,
    references: [],
    sections: [],
    tasks: [],
    targets: [],
    assignees: [],
    budget: null,
    reporting: [],
    tables: [],
    appendices: [],
    diagnostics: [],
  });
}

/** The input documents of every fixture folder. */
function fixtureInputs(): string[] {
  const root = path.resolve(import.meta.dirname, '..', 'fixtures');
  return readdirSync(root).flatMap((d) => ['input.txt', 'input.md'].map((f) => path.join(root, d, f))).filter(existsSync);
}


// ---------------------------------------------------------------------------
// A tiny RFC 4180 reader: records end with CRLF; a lone LF or CR is data.

function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** The sheet as its header and one object per row, keyed by column name. */
function readSheet(plans: Plan[], table: CsvTable) {
  const [header, ...rows] = readCsv(emitCsv(plans, table, {}));
  return {
    header: header!,
    rows: rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]]))),
  };
}

// ---------------------------------------------------------------------------

describe('sample plan', () => {
  it('is a valid Plan', () => {
    expect(() => Plan.parse(samplePlan())).not.toThrow();
    expect(() => Plan.parse(emptyPlan())).not.toThrow();
  });
});

describe('JSON', () => {
  it('writes keys in the order the compiler builds its records, which is the schema order', () => {
    const documents = fixtureInputs();
    expect(documents.length).toBeGreaterThan(10);
    for (const file of documents) {
      const { plan } = compile(readFileSync(file), { file });
      const out = emitJson(plan);
      expect(out, file).toBe(JSON.stringify(inSchemaOrder(plan), null, 2) + '\n');
      expect(Object.keys(JSON.parse(out))).toEqual(Object.keys(Plan.shape));
    }
  });

  it('keeps keys the schema does not know', () => {
    const plan = { ...samplePlan(), extra: 1 } as Plan;
    expect(Object.keys(JSON.parse(emitJson(plan))).at(-1)).toBe('extra');
  });

  it('parses back to an equal plan, indented by two spaces, with a trailing newline', () => {
    const plan = samplePlan();
    const out = emitJson(plan);
    expect(JSON.parse(out)).toEqual(plan);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "file": "ke-hoach-15-ubnd.txt",');
  });

  it('writes a batch as an array', () => {
    const out = emitJsonArray([samplePlan(), emptyPlan()]);
    expect(JSON.parse(out)).toEqual([samplePlan(), emptyPlan()]);
    expect(emitJsonArray([])).toBe('[]\n');
  });
});

describe('NDJSON', () => {
  it('writes one plan per line', () => {
    const plans = [samplePlan(), emptyPlan(), samplePlan()];
    const out = emitNdjson(plans);
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.split('\n').slice(0, -1);
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => JSON.parse(line))).toEqual(plans);
    expect(Object.keys(JSON.parse(lines[0]!))).toEqual(Object.keys(Plan.shape));
    expect(emitNdjson([])).toBe('');
  });
});

describe('YAML', () => {
  it('round-trips one plan, tricky strings included', async () => {
    const plan = samplePlan();
    const out = await emitYaml([plan]);
    expect(YAML.parse(out)).toEqual(JSON.parse(emitJson(plan)));
    expect(Object.keys(YAML.parse(out))).toEqual(Object.keys(Plan.shape));
    expect(out).not.toContain('---');
  });

  it('quotes strings a YAML 1.1 reader would take for booleans, dates or numbers', async () => {
    const plan = samplePlan();
    const out = await emitYaml([plan]);
    for (const text of ['08', 'yes', 'on', '1.500', '- Xây dựng', 'Số: 15/KH-UBND', '2024-03-25', '12:30', 'null']) {
      expect(out).toContain(`- "${text}"`);
    }
    expect(YAML.parse(out, { version: '1.1' })).toEqual(JSON.parse(emitJson(plan)));
  });

  it('keeps numbers, booleans and null typed', async () => {
    const out = await emitYaml([samplePlan()]);
    expect(out).toContain('value: 19.5');
    expect(out).toContain('value: -3');
    expect(out).toContain('isPlan: true');
    expect(out).toContain('parentBody: null');
  });

  it('separates several plans with ---', async () => {
    const plans = [samplePlan(), emptyPlan()];
    const out = await emitYaml(plans);
    const documents = YAML.parseAllDocuments(out);
    expect(documents).toHaveLength(2);
    expect(documents.map((document) => document.toJS())).toEqual(plans);
    expect(out.match(/^---$/gm)).toHaveLength(1);
  });

  it('never loads the yaml package statically', () => {
    const dir = join(import.meta.dirname, '../src/emit');
    for (const name of readdirSync(dir)) {
      const source = readFileSync(join(dir, name), 'utf8');
      expect(source, name).not.toMatch(/^import(?!\s+type)[^;]*from\s+'yaml'/m);
    }
  });
});

describe('CSV', () => {
  it('writes tasks with the plan columns first and line last', () => {
    const { header, rows } = readSheet([samplePlan()], 'tasks');
    expect(header).toEqual(['number', 'file', 'id', 'parent', 'section', 'label', 'labelStyle', 'title', 'text', 'line']);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ number: '15/KH-UBND', file: 'ke-hoach-15-ubnd.txt', id: 'task-1', parent: '', line: '31' });
  });

  it('neutralises cells that a spreadsheet would read as a formula', () => {
    const { rows } = readSheet([samplePlan()], 'tasks');
    expect(rows[1]!.text).toBe("'- Tăng cường tuyên truyền về chuyển đổi số");
    expect(rows[1]!.label).toBe("'-");
    expect(rows[2]!.text).toBe("'+ Đăng tải tin bài trên Cổng thông tin điện tử");
    expect(rows[3]!.text).toBe("'=SUM(A1)");
    expect(rows[0]!.text).toBe('1. Công tác tuyên truyền');
  });

  it('neutralises @, TAB and CR starts too', () => {
    const plan = samplePlan();
    plan.tasks = plan.tasks.slice(0, 3).map((task, i) => ({ ...task, text: ['@cmd', '\tTab', '\rCR'][i]! }));
    const { rows } = readSheet([plan], 'tasks');
    expect(rows.map((row) => row.text)).toEqual(["'@cmd", "'\tTab", "'\rCR"]);
  });

  it('keeps quotes, commas and newlines inside a cell', () => {
    const { rows } = readSheet([samplePlan()], 'tasks');
    expect(rows[4]!.text).toBe('Phối hợp "Tổ công nghệ số cộng đồng", các phường\nbáo cáo kết quả');
  });

  it('ends records with CRLF', () => {
    const out = emitCsv([samplePlan()], 'sections', {});
    expect(out).toBe(
      'number,file,id,label,title,kind,line\r\n' +
      '15/KH-UBND,ke-hoach-15-ubnd.txt,section-1,I,"MỤC ĐÍCH, YÊU CẦU",purpose,15\r\n' +
      '15/KH-UBND,ke-hoach-15-ubnd.txt,section-2,II,"NHIỆM VỤ, GIẢI PHÁP",tasks,30\r\n',
    );
  });

  it('gives targets the plan context and keeps numbers numeric', () => {
    const { header, rows } = readSheet([samplePlan()], 'targets');
    expect(header).toEqual([
      'number', 'file', 'place', 'date', 'title',
      'id', 'indicator', 'cmp', 'value', 'valueMax', 'unit', 'year', 'aspiration', 'change', 'source', 'tableColumn', 'section', 'task',
      'line',
    ]);
    expect(rows[0]).toMatchObject({
      place: 'Ba Đình',
      date: '2024-03-25',
      title: 'Triển khai công tác chuyển đổi số năm 2024',
      value: '19.5',
      valueMax: '',
      year: '2024',
      aspiration: 'false',
    });
    expect(rows[1]!.value).toBe('-3');
    expect(rows[1]!.aspiration).toBe('true');
  });

  it('leaves missing date parts out', () => {
    const plan = samplePlan();
    const dates = [
      [{ year: 2024, month: 1, day: null }, '2024-01'],
      [{ year: 2024, month: null, day: null }, '2024'],
      [{ year: null, month: 3, day: 25 }, ''],
      [null, ''],
    ] as const;
    for (const [date, expected] of dates) {
      plan.document.date = date;
      expect(readSheet([plan], 'targets').rows[0]!.date).toBe(expected);
    }
  });

  it('writes one assignee row per duty, and one row for a body with no duty', () => {
    const { header, rows } = readSheet([samplePlan()], 'assignees');
    expect(header).toEqual([
      'number', 'file', 'id', 'name', 'key', 'parent', 'requested',
      'duty.id', 'duty.text', 'duty.role', 'duty.partners', 'duty.line',
      'line',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ id: 'assignee-1', 'duty.id': 'duty-1', 'duty.role': 'lead', 'duty.partners': 'Phòng Nội vụ; Phòng Tài chính - Kế hoạch', 'duty.line': '81', line: '80' });
    expect(rows[1]).toMatchObject({ id: 'assignee-1', 'duty.id': 'duty-2', 'duty.role': 'support', 'duty.partners': '' });
    expect(rows[2]).toMatchObject({ id: 'assignee-2', requested: 'true', 'duty.id': '', 'duty.text': '', 'duty.line': '', line: '90' });
  });

  it('writes the budget total first, then the items', () => {
    const { header, rows } = readSheet([samplePlan(), emptyPlan()], 'budget');
    expect(header).toEqual(['number', 'file', 'id', 'label', 'amount', 'group', 'parent', 'words', 'line']);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ id: 'total', label: 'TOTAL', amount: '1500000000', words: 'Một tỷ năm trăm triệu đồng', line: '100' });
    expect(rows[1]).toMatchObject({ id: 'budget-1', amount: '1000000000', group: 'Ngân sách quận', words: '' });
  });

  it('writes recipients, references and diagnostics', () => {
    expect(readSheet([samplePlan()], 'recipients').rows[0]).toMatchObject({ name: 'UBND Thành phố', note: 'để b/c' });

    const references = readSheet([samplePlan()], 'references');
    expect(references.header).toEqual([
      'number', 'file', 'id', 'reference.number',
      'parts.seq', 'parts.year', 'parts.type', 'parts.issuerCode', 'parts.style',
      'kind', 'date.year', 'date.month', 'date.day', 'issuer', 'line',
    ]);
    expect(references.rows[0]).toMatchObject({ number: '15/KH-UBND', 'reference.number': '06/QĐ-TTg', 'parts.year': '', 'date.month': '1' });

    const diagnostics = readSheet([samplePlan()], 'diagnostics');
    expect(diagnostics.header).toEqual(['number', 'file', 'code', 'name', 'severity', 'message', 'line', 'column']);
    expect(diagnostics.rows[0]).toMatchObject({ code: 'KH204', severity: 'warning', message: 'Thiếu "họ tên" người ký, dòng 120', line: '120', column: '1' });
  });

  it('gives one sheet for a batch of plans', () => {
    const other = samplePlan();
    other.file = 'ke-hoach-16.txt';
    other.document.number = '16/KH-UBND';
    const { rows } = readSheet([samplePlan(), emptyPlan(), other], 'tasks');
    expect(rows).toHaveLength(10);
    expect(rows[5]).toMatchObject({ number: '16/KH-UBND', file: 'ke-hoach-16.txt', id: 'task-1' });
  });

  it('writes a header for every table, even without records', () => {
    for (const table of CSV_TABLES) {
      for (const plans of [[emptyPlan()], []]) {
        const out = emitCsv(plans, table, {});
        const rows = readCsv(out);
        expect(rows, table).toHaveLength(1);
        expect(rows[0]!.slice(0, 2), table).toEqual(['number', 'file']);
      }
    }
  });

  it('drops the span columns other than line in every table but diagnostics', () => {
    for (const table of CSV_TABLES) {
      const { header } = readSheet([samplePlan()], table);
      expect(header.includes('endLine') || header.includes('endColumn'), table).toBe(false);
      if (table !== 'diagnostics') {
        expect(header.includes('column'), table).toBe(false);
        expect(header.at(-1), table).toBe('line');
      }
      expect(new Set(header).size, table).toBe(header.length);
    }
  });

  it('writes a sheet for Excel under a Vietnamese locale: semicolons between fields, decimal commas in numbers', () => {
    const text = emitCsv([samplePlan()], 'targets', { delimiter: ';', decimalComma: true });
    const [header, first, second] = text.split('\r\n');
    expect(header!.startsWith('number;file;place;date;title;id;indicator;cmp;value;')).toBe(true);
    const row = (line: string) => Object.fromEntries(header!.split(';').map((name, i) => [name, line.split(';')[i]]));
    // a decimal gets its comma, a whole number and the text are as they were
    expect(row(first!)).toMatchObject({ value: '19,5', year: '2024', source: 'đạt tối thiểu 19,5% hồ sơ trực tuyến toàn trình' });
    // a negative number stays a number, not a neutralised formula
    expect(row(second!)).toMatchObject({ value: '-3', change: 'decrease' });
    // a field holding the delimiter is quoted
    const plan = samplePlan();
    plan.targets[0]!.indicator = 'Tỷ lệ; kể cả tuyến xã';
    expect(emitCsv([plan], 'targets', { delimiter: ';' })).toContain(';"Tỷ lệ; kể cả tuyến xã";');
    expect(emitCsv([plan], 'targets', { delimiter: '\t' }).split('\r\n')[0]).toBe(readSheet([plan], 'targets').header.join('\t'));
  });

  it('puts a BOM first only when asked', () => {
    expect(emitCsv([samplePlan()], 'tasks', { bom: true }).startsWith('\uFEFFnumber,')).toBe(true);
    expect(emitCsv([samplePlan()], 'tasks', { bom: false }).startsWith('number,')).toBe(true);
    expect(emitCsv([samplePlan()], 'tasks', {}).startsWith('number,')).toBe(true);
  });
});

describe('emit', () => {
  it('prints the object for one plan and an array for several', async () => {
    expect(JSON.parse(await emit([samplePlan()], 'json'))).toEqual(samplePlan());
    expect(JSON.parse(await emit([samplePlan(), emptyPlan()], 'json'))).toHaveLength(2);
  });

  it('dispatches every format', async () => {
    expect(OUTPUT_FORMATS).toEqual(['json', 'yaml', 'csv', 'ndjson']);
    expect(await emit([samplePlan()], 'ndjson')).toBe(emitNdjson([samplePlan()]));
    expect(await emit([samplePlan()], 'yaml')).toBe(await emitYaml([samplePlan()]));
    expect(await emit([samplePlan()], 'csv', { table: 'budget', bom: true })).toBe(emitCsv([samplePlan()], 'budget', { bom: true }));
  });

  it('asks for a table for CSV', async () => {
    await expect(emit([samplePlan()], 'csv')).rejects.toThrow(/needs a table/);
  });
});
