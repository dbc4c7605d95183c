/**
 * The small grammars on their own: labels, numbers, dates, section kinds, folding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLabel } from '../src/parser/labels.js';
import { parseNumber, readHeaderNumber } from '../src/grammar/document-number.js';
import { readPlaceDate, paddedForm } from '../src/normalize/date.js';
import { sectionKind } from '../src/grammar/sections.js';
import { fold, foldKey, foldLetters, foldStart, isLower, isMostlyUpper, isUpper } from '../src/text/fold.js';
import { collapseSpaces } from '../src/text/spaces.js';
import { wordsBefore } from '../src/text/words.js';
import { format } from '../src/diagnostics/collector.js';
import { alternation, literalAlternation, looseWord } from '../src/grammar/pattern.js';
import { canonicalKey } from '../src/normalize/assignees/names.js';
import { groupedAmount } from '../src/normalize/budget/amounts.js';
import { compile } from '../src/compile.js';
import { readHtmlTable } from '../src/markdown/html-table.js';
import { unquoted } from '../src/lexer/quoted.js';
import { glideHabits } from '../src/normalize/tone-marks.js';

describe('labels', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', 'roman', 'I'],
    ['VII. CHẾ ĐỘ BÁO CÁO', 'roman', 'VII'],
    ['II- MỤC TIÊU', 'roman', 'II'],
    ['Phần II. NỘI DUNG', 'roman', 'II'],
    ['PHẦN III – TỔ CHỨC THỰC HIỆN', 'roman', 'III'],
    ['1. Mục đích', 'arabic', '1'],
    ['1.Mục tiêu tổng quát', 'arabic', '1'],
    ['2- Nhiệm vụ', 'arabic', '2'],
    ['2.1 Cấp huyện', 'decimal', '2.1'],
    ['5.1. Nâng cao hiệu quả', 'decimal', '5.1'],
    ['1.1.2. Tuyến xã', 'decimal', '1.1.2'],
    ['2.1- Đối với cán bộ, đảng viên (Party style)', 'decimal', '2.1'],
    ['a) Các dự án', 'letter', 'a'],
    ['đ) Bổ sung vi chất', 'letter', 'đ'],
    ['- Tăng cường', 'dash', null],
    ['+ Xây mới', 'plus', null],
    ['* Ghi chú', 'star', null],
    ['• Tuyên truyền', 'dash', null],
    ['\uf0b7 Tuyên truyền (the bullet Word exports in its Symbol font)', 'dash', null],
    ['● Giám sát', 'dash', null],
    ['▪ Giám sát', 'dash', null],
    ['➢ Giám sát', 'dash', null],
    ['o Xây mới (Word\'s second level)', 'plus', null],
    ['oo Kiện toàn Tổ EENC (docx2txt\'s first level)', 'dash', null],
    ['◦ Xây mới', 'plus', null],
    ['\uf0a7 Ghi chú (Word\'s third level)', 'star', null],
    ['o) Điểm o', 'letter', 'o'],
    ['Ⅱ. MỤC TIÊU (Unicode\'s numeral)', 'roman', 'II'],
    ['\u0406\u0406. MỤC TIÊU (Cyrillic capitals)', 'roman', 'II'],
    ['Phần Ⅲ. NỘI DUNG', 'roman', 'III'],
    ['Ⅻ) TỔ CHỨC', 'roman', 'XII'],
  ])('%s is %s %s', (text, style, value) => {
    const label = readLabel(text);
    expect(label?.style).toBe(style);
    expect(label?.value ?? null).toBe(value);
  });

  it.each([
    '2016-2020; chính sách hỗ trợ',
    '1300/QĐ-BYT ngày 09/3/2023',
    '7.000 ca đặt dụng cụ tử cung',
    '5-15 % số xã',
    '2.5-3 triệu đồng',
    'V/v triển khai',
    '-----',
    'Tăng cường công tác',
    'ong mật',
    'oNội dung',
    '●●● ngăn cách',
  ])('%s has no label', (text) => {
    expect(readLabel(text)).toBeNull();
  });
});

describe('document numbers', () => {
  it.each([
    ['496/KH-TTYT', { seq: '496', year: null, type: 'KH', issuerCode: 'TTYT', style: 'state' }],
    ['/KH-UBND', { seq: null, year: null, type: 'KH', issuerCode: 'UBND', style: 'state' }],
    ['13/2023/TT-BYT', { seq: '13', year: 2023, type: 'TT', issuerCode: 'BYT', style: 'state' }],
    ['43/2022/QH15', { seq: '43', year: 2022, type: null, issuerCode: 'QH15', style: 'state' }],
    ['141-KH/HU', { seq: '141', year: null, type: 'KH', issuerCode: 'HU', style: 'party' }],
    ['-KH/HU', { seq: null, year: null, type: 'KH', issuerCode: 'HU', style: 'party' }],
    ['08-QĐi/TW', { seq: '08', year: null, type: 'QĐi', issuerCode: 'TW', style: 'party' }],
    ['412/UBND-VX', { seq: '412', year: null, type: null, issuerCode: 'UBND-VX', style: 'state' }],
  ])('%s', (text, parts) => {
    expect(parseNumber(text)?.parts).toEqual(parts);
  });

  it('repairs garbled header numbers and says they are malformed', () => {
    expect(readHeaderNumber('/141 -KH/HU')).toMatchObject({ parsed: { number: '141-KH/HU' }, malformed: true });
    expect(readHeaderNumber(' 05 /KH- SYT')).toMatchObject({ parsed: { number: '05/KH-SYT' }, malformed: true });
    expect(readHeaderNumber('496/KH-TTYT')).toMatchObject({ parsed: { number: '496/KH-TTYT' }, malformed: false });
    expect(readHeaderNumber('      /KH-UBND')).toMatchObject({ parsed: { number: '/KH-UBND' }, malformed: false });
    expect(readHeaderNumber('abc')).toBeNull();
  });
});

describe('the number line of a header', () => {
  const header = (numberLine: string) => `ỦY BAN NHÂN DÂN HUYỆN A\n${numberLine}\nA, ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH\nPhòng chống dịch\n`;

  it.each([
    ['Số: 496/KH-UBND', '496/KH-UBND'],
    ['Số 141-KH/HU', '141-KH/HU'],
    ['Số:      /KH-UBND', '/KH-UBND'],
    ['SỐ: 12/KH-UBND', '12/KH-UBND'],
  ])('%s is read as %s', (line, number) => {
    expect(compile(header(line)).plan.document.number).toBe(number);
  });

  it('is not "Số" as a noun before a word in lower case ("Số người mắc…"), with no KH102 about it', () => {
    const { plan, diagnostics } = compile('Số người mắc sốt xuất huyết tăng 15% so với năm 2024.\nCác xã cần theo dõi.\n');
    expect(plan.document.number).toBeNull();
    expect(diagnostics.map((d) => d.code)).not.toContain('KH102');
    expect(diagnostics.map((d) => d.code)).toContain('KH101');
  });
});

describe('bullets of exported lists', () => {
  it('read recipients and items written with the bullets Word and PDF exports print', () => {
    const doc = ['KẾ HOẠCH', 'Phòng chống dịch năm 2025', '', 'I. NHIỆM VỤ', '1. Tuyên truyền', '\uf0b7 Tổ chức truyền thông trực tiếp.', 'o Tại các xã vùng sâu.',
      '\uf0b7 Phát tờ rơi.', '', 'Nơi nhận:', '\uf0b7 Sở Y tế;', '● UBND huyện;', '\uf0b7 Lưu: VT, YT.', '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Nguyễn Văn An'].join('\n');
    const { plan } = compile(doc);
    expect(plan.recipients.map((r) => r.name)).toEqual(['Sở Y tế', 'UBND huyện']);
    expect(plan.archive).toEqual(['VT', 'YT']);
    const task = plan.tasks.find((t) => t.label === '1')!;
    const children = plan.tasks.filter((t) => t.parent === task.id);
    expect(children.map((t) => [t.labelStyle, t.text])).toEqual([['dash', 'Tổ chức truyền thông trực tiếp.'], ['dash', 'Phát tờ rơi.']]);
    const nested = plan.tasks.filter((t) => t.parent === children[0]!.id);
    expect(nested.map((t) => [t.labelStyle, t.text])).toEqual([['plus', 'Tại các xã vùng sâu.']]);
  });
});

describe('the kind line', () => {
  const plan = (kindLine: string) => compile(`ỦY BAN NHÂN DÂN HUYỆN A\nSố: 15/KH-UBND\nA, ngày 05 tháng 3 năm 2025\n\n${kindLine}\nPhòng chống dịch năm 2025\n\nI. MỤC TIÊU\n1. Đạt trên 95%.\n`);

  it.each([
    ['KẾ HOẠCH', []],
    ['K Ế   H O Ạ C H (letter-spaced by a PDF export)', []],
    ['KẾHOẠCH', []],
    ['Kế hoạch', ['KH123']],
  ])('%s is the kind KẾ HOẠCH', (line, codes) => {
    const { plan: p, diagnostics } = plan(line.replace(/ \(.*\)$/, ''));
    expect(p.document.kind).toBe('KẾ HOẠCH');
    expect(p.document.title).toBe('Phòng chống dịch năm 2025');
    expect(diagnostics.filter((d) => d.code.startsWith('KH12')).map((d) => d.code)).toEqual(codes);
  });

  it('says what a kind in small letters should be', () => {
    const { diagnostics } = plan('Kế hoạch');
    expect(diagnostics.find((d) => d.code === 'KH123')?.message).toBe('the kind "Kế hoạch" is printed in capitals: KẾ HOẠCH (NĐ 30/2020)');
  });

  it('is not a line that says more than the kind, or one in mixed case', () => {
    expect(plan('Kế hoạch năm 2025').plan.document.kind).toBeNull();
    expect(plan('Kế Hoạch').plan.document.kind).toBeNull();
  });
});

describe('section labels that only print as Roman numerals', () => {
  it('give the section its kind and its title from after the label', () => {
    const doc = ['KẾ HOẠCH', 'Phòng chống dịch năm 2025', '', 'Ⅰ. MỤC ĐÍCH, YÊU CẦU', '1. Chủ động phòng chống dịch.', '\u0406\u0406. MỤC TIÊU',
      '1. Tỷ lệ hộ gia đình được tuyên truyền đạt trên 95%.', 'Ⅲ．TỔ CHỨC THỰC HIỆN', '1. Trung tâm Y tế huyện chủ trì triển khai.'].join('\n');
    const { plan } = compile(doc);
    expect(plan.sections.map((x) => [x.label, x.title, x.kind])).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 'purpose'],
      ['II', 'MỤC TIÊU', 'objectives'],
      ['III', 'TỔ CHỨC THỰC HIỆN', 'implementation'],
    ]);
    expect(plan.sections[1]).toMatchObject({ line: 6, column: 1 });
    expect(plan.targets.map((t) => t.value)).toEqual([95]);
  });
});

describe('nested bullet lists in markdown', () => {
  const tasks = (lines: string[]) =>
    compile(['# KẾ HOẠCH', 'Phòng chống dịch năm 2025', '', '## I. NHIỆM VỤ', '', '1. Tuyên truyền', '', ...lines].join('\n'), { file: 'a.md' })
      .plan.tasks.map((t) => [t.text, t.labelStyle, t.parent]);

  it('nest by their indentation, whatever bullet the inner list prints', () => {
    // An outermost "*" is the first rung, as converters print Word's first level, so that a list can nest under it.
    for (const [outer, inner, read] of [['-', '-', 'plus'], ['-', '+', 'plus'], ['-', '*', 'star'], ['+', '+', 'star'], ['+', '-', 'star'], ['*', '*', 'star']]) {
      const style = outer === '+' ? 'plus' : 'dash';
      expect(tasks([`${outer} Truyền thông trực tiếp:`, `    ${inner} Tại các xã vùng sâu.`, `${outer} Phát tờ rơi.`])).toEqual([
        ['', 'arabic', null],
        ['Truyền thông trực tiếp:', style, 'task-6'],
        ['Tại các xã vùng sâu.', read, 'task-8'],
        ['Phát tờ rơi.', style, 'task-6'],
      ]);
    }
  });

  it('read an item\'s bullets indented too little to nest (html2text) as the items they are, under it, with a list nested in them', () => {
    const plan = ['# KẾ HOẠCH', 'Xử lý chất thải năm 2026', '', '## I. NHIỆM VỤ', '',
      '  1. **Quản lý chất thải**',
      '    * Bố trí dụng cụ phân loại.',
      '    * Thu gom theo từng loại:',
      '      * Chất thải lây nhiễm: xử lý tại chỗ;',
      '      * Chất thải thông thường: bàn giao.',
      '    * Bảo dưỡng hệ thống xử lý nước thải.',
      '  2. **Kiểm tra**',
      '    * Kiểm tra định kỳ hằng quý.', ''].join('\n');
    const read = compile(plan, { file: 'a.md' }).plan.tasks.map((t) => [t.line, t.labelStyle, t.parent]);
    expect(read).toEqual([
      [6, 'arabic', null],
      [7, 'dash', 'task-6'],
      [8, 'dash', 'task-6'],
      [9, 'star', 'task-8'],
      [10, 'star', 'task-8'],
      [11, 'dash', 'task-6'],
      [12, 'arabic', null],
      [13, 'dash', 'task-12'],
    ]);
  });

  it('keep the ladder of the marks a plan types, "+" under "-", where nothing is indented', () => {
    expect(tasks(['- Truyền thông trực tiếp:', '+ Tại các xã vùng sâu.', '- Phát tờ rơi.'])).toEqual([
      ['', 'arabic', null],
      ['Truyền thông trực tiếp:', 'dash', 'task-6'],
      ['Tại các xã vùng sâu.', 'plus', 'task-8'],
      ['Phát tờ rơi.', 'dash', 'task-6'],
    ]);
  });
});

describe('ordered lists in markdown', () => {
  const labels = (lines: string[]) => compile(lines.join('\n'), { file: 'a.md' }).plan.tasks.map((t) => t.label);

  it('counts items all printed "1." as 1, 2, 3 in their section, the list restarted by the paragraphs between', () => {
    expect(labels(['# KẾ HOẠCH', 'Y tế năm 2025', '', '## I. NHIỆM VỤ', '', '1. **Truyền thông**', '', '1.1. Tập huấn cán bộ.', '',
      '1. **Giám sát**', '', '2.1. Giám sát ca bệnh.', '', '1. **Điều trị**', '', '## II. NHIỆM VỤ KHÁC', '', '1. **Kiểm tra**'])).toEqual(['1', '1.1', '2', '2.1', '3', '1']);
  });

  it('keeps the printed numbers of a list numbered otherwise', () => {
    expect(labels(['# KẾ HOẠCH', 'Y tế năm 2025', '', '## I. NHIỆM VỤ', '', '1. Truyền thông.', '2. Giám sát.', '', 'Đoạn văn.', '', '1. Điều trị.'])).toEqual(['1', '2', null, '1']);
  });
});

describe('side-by-side columns in a plan read as markdown', () => {
  it('give the header its parts, as in plain text', () => {
    const doc = [
      'ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HUYỆN GIANG THÀNH            Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 15/KH-UBND               Giang Thành, ngày 05 tháng 3 năm 2025',
      '',
      'KẾ HOẠCH',
      'Phòng chống dịch năm 2025',
      '',
      '**I. MỤC TIÊU**',
      '',
      '- Đạt trên 95% dân số.',
    ].join('\n');
    const { plan } = compile(doc);
    expect(plan.syntax).toBe('markdown');
    expect(plan.document).toMatchObject({ number: '15/KH-UBND', place: 'Giang Thành', date: { year: 2025, month: 3, day: 5 }, issuer: 'ỦY BAN NHÂN DÂN HUYỆN GIANG THÀNH', nationalMotto: true });
  });
});

describe('character references in markdown', () => {
  it('are decoded in the pipe table of a header, as remark decodes them elsewhere', () => {
    const doc = [
      '| UBND&nbsp;HUYỆN HẢI HẬU<br>**BAN&nbsp;CHỈ ĐẠO** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |',
      '|---|---|',
      '| Số:&#160;03/KH-BCĐ | *Hải Hậu, ngày&nbsp;20 tháng 02&#xA0;năm 2025* |',
      '',
      '**KẾ HOẠCH**',
      '',
      'Công tác dân&nbsp;số năm 2025 &amp; &bogus; kế hoạch',
    ].join('\n');
    const { plan } = compile(doc, { file: 'a.md' });
    expect(plan.document).toMatchObject({ number: '03/KH-BCĐ', place: 'Hải Hậu', date: { year: 2025, month: 2, day: 20 }, issuer: 'BAN CHỈ ĐẠO' });
    expect(plan.document.title).toBe('Công tác dân số năm 2025 & &bogus; kế hoạch');
  });
});

describe('raw HTML tables in markdown', () => {
  const read = (html: string) => readHtmlTable(html.split('\n'), 0, html.split('\n').length - 1);

  it('folds a heading of two rows into one, and lays the body rows out on the grid the spans make', () => {
    const rows = read([
      '<table><thead>',
      '<tr><th rowspan="2">TT</th><th rowspan="2">Chỉ tiêu</th><th colspan="2">Năm 2025</th></tr>',
      '<tr><th>Kế hoạch</th><th>Phấn đấu</th></tr>',
      '</thead><tbody>',
      '<tr><td rowspan="2">1</td><td>Tỷ lệ A</td><td>&gt; 90</td><td>&#8805; 95</td></tr>',
      '<tr><td>Tỷ lệ B</td><td>&lt;1</td><td></td></tr>',
      '</tbody></table>',
    ].join('\n'));
    expect(rows.map((r) => [r.index, r.heading, r.cells.map((c) => c.text)])).toEqual([
      [1, true, ['TT', 'Chỉ tiêu', 'Năm 2025 Kế hoạch', 'Năm 2025 Phấn đấu']],
      [4, false, ['1', 'Tỷ lệ A', '> 90', '≥ 95']],
      [5, false, ['', 'Tỷ lệ B', '<1', '']],
    ]);
  });

  it('keeps each paragraph of a cell on its line, at its column, without the inline tags', () => {
    const [row] = read(['<table><tbody><tr>', '<td><p>UBND HUYỆN A</p>', '<p><strong>TRUNG TÂM Y TẾ</strong></p></td>', '</tr></tbody></table>'].join('\n'));
    const cell = row!.cells[0]!;
    expect(cell.text).toBe('UBND HUYỆN A\nTRUNG TÂM Y TẾ');
    expect(cell.lines?.map((l) => [l.index, l.start, l.text])).toEqual([[1, 7, 'UBND HUYỆN A'], [2, 11, 'TRUNG TÂM Y TẾ']]);
  });

  it('places a header paragraph inside its own line, even when its text is not printed as read (a reference)', () => {
    const doc = ['<table><tbody><tr>', '<td><p>ỦY BAN NHÂN DÂN HUYỆN VĂN BÀN TỈNH LÀO CAI</p>', '<p>TTYT &amp; DS</p>', '<p>Số: 21/KH-TTYT</p></td>',
      '<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>', '<p><em>A, ngày 17 tháng 3 năm 2025</em></p></td>', '</tr></tbody></table>', '', '**KẾ HOẠCH**', '', '**Y tế năm 2025**'];
    const { plan } = compile(doc.join('\n'), { file: 'a.md' });
    expect(plan.document.issuer).toBe('TTYT & DS');
    for (const span of Object.values(plan.document.fields)) {
      expect(span.endColumn - 1).toBeLessThanOrEqual(doc[span.line - 1]!.length);
      expect(span.column).toBeGreaterThanOrEqual(1);
    }
    expect(plan.document.fields.issuer!.line).toBe(3);
  });

  it('reads a table cut short without throwing', () => {
    expect(read('<table><tr><td colspan="999">a<td>b').map((r) => r.cells.map((c) => c.text))).toEqual([['a', 'b']]);
    expect(read('<table>')).toEqual([]);
  });
});

describe('the number of the plan', () => {
  const codes = (number: string, kind = 'KẾ HOẠCH') => compile(['UBND HUYỆN A', number, 'A, ngày 05 tháng 3 năm 2025', '', kind, 'Y tế năm 2025', '', 'I. NHIỆM VỤ', '1. Giám sát.'].join('\n'))
    .plan.diagnostics.filter((d) => d.code === 'KH103' || d.code === 'KH104' || d.code === 'KH106').map((d) => `${d.code} ${d.message}`);

  it('takes a leading zero below 10 (KH103), as NĐ 30 and the Party\'s guidance write it', () => {
    expect(codes('Số: 5/KH-UBND')).toEqual(['KH103 numbers below 10 take a leading zero: 05/KH-UBND']);
    expect(codes('Số: 05/KH-UBND')).toEqual([]);
    expect(codes('Số 5-KH/HU')).toEqual(['KH103 numbers below 10 take a leading zero: 05-KH/HU']);
    expect(codes('Số 05-KH/HU')).toEqual([]);
  });

  it('has the type code of its kind (KH104)', () => {
    expect(codes('Số: 15/QĐ-UBND')).toEqual(['KH104 the type code QĐ does not match the kind KẾ HOẠCH (expected KH)']);
    expect(codes('Số: 15/CTr-UBND', 'CHƯƠNG TRÌNH HÀNH ĐỘNG')).toEqual([]);
    expect(codes('Số: 15/KH-UBND')).toEqual([]);
  });

  it('is left blank in a draft (KH106), on the number line', () => {
    // the number as read: blanks collapsed, the columns a draft's spaces made joined again
    expect(codes('Số:      /KH-UBND')).toEqual(['KH106 the document number leaves its sequence number blank ("Số: /KH-UBND"): a draft?']);
    expect(codes('Số 141-KH/HU')).toEqual([]);
    // a Party committee's draft leaves the number before its hyphen blank
    expect(codes('Số    -KH/HU')).toEqual(['KH106 the document number leaves its sequence number blank ("Số -KH/HU"): a draft?']);
    const blank = compile(['UBND HUYỆN A', 'Số: /KH-UBND', 'A, ngày 05 tháng 3 năm 2025', '', 'KẾ HOẠCH', 'Y tế', '', 'I. NHIỆM VỤ', '1. Giám sát.'].join('\n'), { lang: 'vi' });
    expect(blank.plan.diagnostics.filter((d) => d.code === 'KH106').map((d) => [d.line, d.message])).toEqual([[2, 'số văn bản còn để trống số thứ tự ("Số: /KH-UBND") (bản dự thảo?)']]);
  });
});

describe('a joint programme cited by its own type code', () => {
  it('is a reference where its kind is named before it', () => {
    const doc = ['KẾ HOẠCH', 'Y tế năm 2027', '', 'Căn cứ Chương trình phối hợp số 09/CTrPH-HLHPN-SYT ngày 20/3/2026 giữa Hội LHPN tỉnh và Sở Y tế;', '', 'I. NHIỆM VỤ', '1. Khám.'].join('\n');
    expect(compile(doc).plan.references.map((r) => [r.number, r.kind])).toEqual([['09/CTrPH-HLHPN-SYT', 'Chương trình phối hợp']]);
  });
});

describe('a licence cited in the preamble', () => {
  it('is a reference: GP is the type code of a Giấy phép (NĐ 30/2020), whatever words stand between the kind and its number', () => {
    const doc = ['KẾ HOẠCH', 'An toàn bức xạ năm 2027', '', 'Căn cứ Giấy phép tiến hành công việc bức xạ số 36/GP-SKHCN ngày 14 tháng 3 năm 2026 của Sở Khoa học và Công nghệ;', '', 'I. NHIỆM VỤ', '1. Đo liều.'].join('\n');
    expect(compile(doc).plan.references.map((r) => [r.number, r.kind, r.parts.type])).toEqual([['36/GP-SKHCN', 'Giấy phép', 'GP']]);
  });
});

describe('a cited number with a look-alike character (KH401)', () => {
  it('is reported wherever it is printed so, the number listed once with its right letter', () => {
    const doc = (first: string, again: string) => ['KẾ HOẠCH', 'Y tế năm 2027', '', `Căn cứ Nghị định số ${first} của Chính phủ;`, '', 'I. NHIỆM VỤ', `1. Chuyển người bệnh theo Nghị định số ${again}.`].join('\n');
    const read = (first: string, again: string) => {
      const { references, diagnostics } = compile(doc(first, again)).plan;
      return [references.map((r) => r.number), diagnostics.filter((d) => d.code === 'KH401').map((d) => [d.line, d.column])];
    };
    expect(read('96/2023/NĐ-CP', '96/2023/NÐ-CP')).toEqual([['96/2023/NĐ-CP'], [[7, 40]]]);
    expect(read('96/2023/NÐ-CP', '96/2023/NĐ-CP')).toEqual([['96/2023/NĐ-CP'], [[4, 21]]]);
    expect(read('96/2023/NĐ-CP', '96/2023/NĐ-CP')).toEqual([['96/2023/NĐ-CP'], []]);
    // a Cyrillic capital that prints as the Latin one, at the end of the number (Т for T) or inside it (С for C)
    expect(read('1460/QĐ-BYT', '1460/QĐ-BY\u0422')).toEqual([['1460/QĐ-BYT'], [[7, 40]]]);
    expect(read('96/2023/NĐ-\u0421P', '96/2023/NĐ-CP')).toEqual([['96/2023/NĐ-CP'], [[4, 21]]]);
  });
});

describe('a web page printed by a browser, its header and footer on every page', () => {
  it('drops the address over the page counter, the date and the page\'s long title as furniture', () => {
    const title = 'Kế hoạch bảo đảm trật tự, an toàn giao thông dịp Tết Dương lịch, Tết Nguyên đán Ất Tỵ và Lễ hội Xuân năm 2025';
    const page = (n: number) => ['http://sgtvt.hanam.gov.vn/tin-tuc/ke-hoach-318.html', '', `${n}/3`, '', '\f12/26/24, 2:12 PM', '', title, ''];
    const { plan } = compile(['12/26/24, 2:12 PM', '', title, '', 'KẾ HOẠCH', 'Bảo đảm an toàn giao thông năm 2025', 'I. NHIỆM VỤ', '1. Tuyên truyền',
      '- Đưa tin trên Báo Hà Nam.', '2. Tuần tra, kiểm soát, xử lý vi phạm', ...page(1), 'a) Xử lý vi phạm nồng độ cồn.', 'II. TỔ CHỨC THỰC HIỆN',
      '1. Báo Hà Nam', 'Mở chuyên mục về an toàn giao thông.', ...page(2), '2. Công an tỉnh', 'Tuần tra, xử lý vi phạm.', ...page(3)].join('\n'));
    expect(plan.tasks.filter((t) => t.label).map((t) => [t.label, t.title])).toEqual([['1', 'Tuyên truyền'], ['2', 'Tuần tra, kiểm soát, xử lý vi phạm'], ['a', 'Xử lý vi phạm nồng độ cồn']]);
    expect(plan.assignees.map((a) => [a.name, a.duties.length])).toEqual([['Báo Hà Nam', 1], ['Công an tỉnh', 1]]);
  });
});

describe('a table of a cell a paragraph with columns for men and women (calibre\'s PDF input)', () => {
  it('reads "Tổng", "Nam", "Nữ" as headings, and a heading\'s rest printed after them', () => {
    const cells = ['STT', 'Chỉ tiêu', 'ĐVT', 'Tổng', 'Nam', 'Nữ', 'số', '1', 'Lao động được đào tạo nghề', 'người', '320', '140', '180',
      '2', 'Lao động có việc làm sau đào tạo', '%', '≥ 85', '≥ 85', '≥ 80'];
    const { plan } = compile(['KẾ HOẠCH', 'Đào tạo nghề năm 2026', '', 'I. MỤC TIÊU', '', ...cells.flatMap((c) => [c, ''])].join('\n'));
    expect(plan.targets.map((t) => [t.line, t.cmp, t.value, t.unit])).toEqual([
      [26, 'eq', 320, 'người'], [28, 'eq', 140, 'người'], [30, 'eq', 180, 'người'], [38, 'ge', 85, '%'], [40, 'ge', 85, '%'], [42, 'ge', 80, '%'],
    ]);
  });
});

describe('a công văn whose kind a line break cuts', () => {
  it('is cited: "… và Công" over "văn số 312/PB-BTN …"', () => {
    const { plan } = compile(['KẾ HOẠCH', 'Phòng bệnh năm 2026', 'Căn cứ Quyết định số 1245/QĐ-UBND ngày 18/6/2025 của UBND tỉnh và Công',
      'văn số 312/PB-BTN ngày 20/01/2026 của Cục Phòng bệnh;', 'I. MỤC TIÊU'].join('\n'));
    expect(plan.references.map((r) => [r.line, r.number, r.kind])).toEqual([[3, '1245/QĐ-UBND', 'Quyết định'], [4, '312/PB-BTN', 'Công văn']]);
  });
});

describe('a cited document dated after the plan', () => {
  it('is a slip in one of the two dates (KH402), and only a full date is compared', () => {
    const doc = (cited: string) => ['SỞ Y TẾ', 'Số: 12/KH-SYT', 'Kon Tum, ngày 17 tháng 3 năm 2025', '', 'KẾ HOẠCH', 'Y tế năm 2025', '',
      `Căn cứ Kế hoạch số 41/KH-UBND ngày ${cited} của Ủy ban nhân dân tỉnh;`, '', 'I. NHIỆM VỤ', '1. Giám sát.'].join('\n');
    const codes = (cited: string) => compile(doc(cited)).plan.diagnostics.filter((d) => d.code === 'KH402').map((d) => d.line);
    expect(codes('25/3/2025')).toEqual([8]);
    expect(codes('10/3/2025')).toEqual([]);
    expect(codes('17/3/2025')).toEqual([]);
  });

  it('has a date that exists, or is reported (KH403) with the date kept as printed', () => {
    const doc = ['SỞ Y TẾ', 'Số: 12/KH-SYT', 'Kon Tum, ngày 17 tháng 3 năm 2025', '', 'KẾ HOẠCH', 'Y tế năm 2025', '',
      'Căn cứ Kế hoạch số 41/KH-UBND ngày 30/02/2025 của Ủy ban nhân dân tỉnh;', '', 'I. NHIỆM VỤ', '1. Giám sát.'].join('\n');
    const { plan } = compile(doc);
    expect(plan.diagnostics.filter((d) => d.code === 'KH403').map((d) => [d.line, d.message])).toEqual([[8, '41/KH-UBND is dated 30/2/2025, a date that does not exist']]);
    expect(plan.references[0]!.date).toEqual({ year: 2025, month: 2, day: 30 });
  });
});

describe('a header table whose cells\' paragraphs a converter glued', () => {
  it('cuts each cell into its lines where emphasis meets a capital, as rehype-remark prints LibreOffice\'s header table', () => {
    const doc = ['|   |   |', '| - | - |', '| ỦY BAN NHÂN DÂN**XÃ THẠNH PHÚ**Số: 18/KH-UBND | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM****Độc lập - Tự do - Hạnh phúc**_Thạnh Phú, ngày 03 tháng 02 năm 2026_ |',
      '', '**KẾ HOẠCH**', '', '**Phòng, chống nắng nóng năm 2026**', '', '**I. NHIỆM VỤ**', '', '1. Truyền thông.'].join('\n');
    const { document } = compile(doc, { file: 'x.md' }).plan;
    expect([document.issuer, document.parentBody, document.number, document.place, document.date]).toEqual(['ỦY BAN NHÂN DÂN XÃ THẠNH PHÚ', null, '18/KH-UBND', 'Thạnh Phú', { year: 2026, month: 2, day: 3 }]);
  });
});

describe('two bold runs glued where a line break was dropped', () => {
  it('reads as two words, as turndown prints an issuer typed over two lines', () => {
    const doc = ['**SỞ Y TẾ TỈNH ĐỒNG THÁP**', '', '**TRUNG TÂM Y TẾ****KHU VỰC CAO LÃNH**', '', 'Số: 58/KH-TTYT', '', '**KẾ HOẠCH**', '', '**Y tế kỳ thi năm 2026**', '',
      '**I. NHIỆM VỤ**', '', '1\\. Trực tại điểm thi.'].join('\n');
    expect(compile(doc, { file: 'x.md' }).plan.document.issuer).toBe('TRUNG TÂM Y TẾ KHU VỰC CAO LÃNH');
  });
});

describe('an issuer and a title cut by a blank line', () => {
  it('join the rest of the name and of the title, as calibre prints Word\'s line breaks', () => {
    const doc = ['SỞ Y TẾ TỈNH LÀO CAI', '', 'TRUNG TÂM KIỂM SOÁT', '', 'BỆNH TẬT', '', 'Số: 18/KH-KSBT', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '', 'Độc lập - Tự do - Hạnh phúc', '',
      'Lào Cai, ngày 16 tháng 01 năm 2026', '', 'KẾ HOẠCH', '', 'Kiểm dịch y tế biên giới và phòng, chống', '', 'dịch bệnh truyền nhiễm năm 2026', '', 'I. NHIỆM VỤ', '1. Giám sát.'].join('\n');
    const { document } = compile(doc).plan;
    expect([document.issuer, document.parentBody, document.title]).toEqual(['TRUNG TÂM KIỂM SOÁT BỆNH TẬT', 'SỞ Y TẾ TỈNH LÀO CAI', 'Kiểm dịch y tế biên giới và phòng, chống dịch bệnh truyền nhiễm năm 2026']);
  });
});

describe('points numbered in brackets', () => {
  it('reads "(1)", "(2)" under "1." as its points, without a numbering slip', () => {
    const doc = ['KẾ HOẠCH', 'Phòng, chống hạn mặn năm 2027', '', 'I. NHIỆM VỤ', '1. Công tác chỉ đạo', '(1) Rà soát danh sách hộ thiếu nước.', '(2) Phân công cán bộ trực.',
      '2. Truyền thông', '(1) Phát thanh trên loa của xã.', '(b/c) no label'].join('\n');
    const { tasks, diagnostics } = compile(doc).plan;
    expect(tasks.slice(0, 5).map((t) => [t.line, t.label, t.parent])).toEqual([[5, '1', null], [6, '1', 'task-5'], [7, '2', 'task-5'], [8, '2', null], [9, '1', 'task-8']]);
    expect(diagnostics.filter((d) => d.code.startsWith('KH20')).map((d) => d.code)).toEqual([]);
  });
});

describe('tasks laid out by scenario', () => {
  it('puts the points under the bold heading above them, each group its own, the letters starting again', () => {
    const doc = ['# KẾ HOẠCH', '', 'Phòng, chống cúm A(H5N1) năm 2027', '', '## I. NHIỆM VỤ', '', '**Tình huống 1: Chưa có ca bệnh trên người**', '',
      'a) Giám sát tại chợ gia cầm.', '', 'b) Truyền thông cho người chăn nuôi.', '', '- In 500 tờ rơi.', '', '**Tình huống 2: Có ca bệnh trên người**', '',
      'a) Cách ly người bệnh.', '', 'b) Điều trị tại Bệnh viện tỉnh.', '', '## II. KINH PHÍ', '', 'Ngân sách tỉnh.'].join('\n');
    const { tasks, diagnostics } = compile(doc, { file: 'x.md' }).plan;
    expect(tasks.map((t) => [t.line, t.label, t.parent])).toEqual([
      [7, null, null], [9, 'a', 'task-7'], [11, 'b', 'task-7'], [13, null, 'task-11'],
      [15, null, null], [17, 'a', 'task-15'], [19, 'b', 'task-15'],
    ]);
    expect(diagnostics.filter((d) => d.code === 'KH201')).toEqual([]);
  });
});

describe('a table heading cell that reads "Nơi nhận"', () => {
  it('is no recipients heading: without its colon, one heads only the list under it', () => {
    const doc = ['KẾ HOẠCH', 'Y tế học đường năm 2027', '', 'I. CHẾ ĐỘ BÁO CÁO', '', 'Loại báo cáo', '', 'Nơi nhận', '', 'Báo cáo tháng', '', 'Phòng Y tế huyện',
      '', 'Trên đây là Kế hoạch y tế học đường năm 2027./.', '', 'Nơi nhận:', '- Sở Y tế;', '- Lưu: VT.'].join('\n');
    const { plan } = compile(doc);
    expect([plan.recipients.map((r) => r.name), plan.archive]).toEqual([['Sở Y tế'], ['VT']]);
    // as the list's own heading, without its colon, it still heads the list
    expect(compile(doc.replace('Nơi nhận:', 'Nơi nhận')).plan.recipients.map((r) => r.name)).toEqual(['Sở Y tế']);
  });
});

describe('a header column one space from the Quốc hiệu beside it', () => {
  it('is a column of its own, as lynx lays out a borderless header table', () => {
    const doc = ['   SỞ Y TẾ AN GIANG                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '   TRUNG TÂM Y TẾ KHU VỰC TÂN CHÂU Độc lập - Tự do - Hạnh phúc',
      '   Số: 36/KH-TTYT                  Tân Châu, ngày 12 tháng 3 năm 2026', '', '   KẾ HOẠCH', '   Sàng lọc sơ sinh năm 2026', '', '   I. NHIỆM VỤ', '   1. Giám sát.'].join('\n');
    const { document } = compile(doc).plan;
    expect([document.issuer, document.parentBody, document.number, document.place]).toEqual(['TRUNG TÂM Y TẾ KHU VỰC TÂN CHÂU', 'SỞ Y TẾ AN GIANG', '36/KH-TTYT', 'Tân Châu']);
  });
});

describe('a PDF read by MuPDF (a wrapped line, a blank line, its rest)', () => {
  const doc = ['SỞ Y TẾ TỈNH QUẢNG TRỊ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '', 'TRUNG TÂM Y TẾ KHU VỰC LỆ', '', 'THỦY', '', 'Độc lập - Tự do - Hạnh phúc', '',
    'Số: 215/KH-TTYT', 'Lệ Thủy, ngày 10 tháng 12 năm 2026', '', 'KẾ HOẠCH', '',
    'Bảo đảm an toàn thực phẩm trong dịp Tết Nguyên đán Đinh Mùi và mùa Lễ hội', '', 'Xuân năm 2027', '',
    'Căn cứ Luật An toàn thực phẩm số 55/2010/QH12;', 'I. CHỈ TIÊU', '- Tối thiểu 90% cơ sở được kiểm tra đạt yêu cầu.',
    'TT', 'Chỉ tiêu', 'Đơn vị', '', 'tính', '', 'Kế hoạch 2027', '', '1', 'Số cơ sở được kiểm tra', 'Cơ sở', '≥ 450', '', '2', 'Số mẫu xét nghiệm nhanh', 'Mẫu', '≥ 1.200', '',
    'II. NHIỆM VỤ', '1. Kiểm tra.'].join('\n');

  it('joins a bullet whose bracket a blank line cut, so its deadline is the report\'s', () => {
    const plan = compile(['KẾ HOẠCH', 'Y tế năm 2027', '', 'I. CHẾ ĐỘ BÁO CÁO', '- Trạm Y tế các xã báo cáo tháng về Trung tâm (qua Khoa Kiểm soát bệnh tật -', '',
      'An toàn thực phẩm) trước ngày 20 hằng tháng.', '', '- Trung tâm báo cáo Sở Y tế trước ngày 10/3/2027.'].join('\n')).plan;
    expect(plan.reporting.map((r) => [r.line, r.period, r.deadline, r.to])).toEqual([[7, 'tháng', { day: 20, month: null }, 'Trung tâm'], [9, null, { day: 10, month: 3 }, 'Sở Y tế']]);
  });

  it('reads the issuer, the title and a table heading whole', () => {
    const { document, tables, targets } = compile(doc).plan;
    expect([document.issuer, document.parentBody]).toEqual(['TRUNG TÂM Y TẾ KHU VỰC LỆ THỦY', 'SỞ Y TẾ TỈNH QUẢNG TRỊ']);
    expect(document.title).toBe('Bảo đảm an toàn thực phẩm trong dịp Tết Nguyên đán Đinh Mùi và mùa Lễ hội Xuân năm 2027');
    expect(tables[0]!.header).toEqual(['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch 2027']);
    // the title's year is the plan's, for a target that names none
    expect(targets.map((t) => [t.value, t.unit, t.year])).toEqual([[90, '%', 2027], [450, 'Cơ sở', 2027], [1200, 'Mẫu', 2027]]);
  });
});

describe('a PDF read by pypdf (no blank line at all)', () => {
  it('takes a page number between a sentence\'s end and a labelled item for furniture, and counts programmes and analysts', () => {
    const { tasks, targets } = compile(['KẾ HOẠCH', 'Kiểm nghiệm năm 2027', '', 'I. NHIỆM VỤ', '1. Lấy mẫu', '- Lấy mẫu thuốc tại các cơ sở.', '2',
      '2. Kiểm nghiệm: tham gia ít nhất 02 chương trình thử nghiệm thành thạo; cử 06', 'kiểm nghiệm viên tham dự đào tạo.'].join('\n')).plan;
    expect(tasks.map((t) => [t.line, t.label])).toEqual([[5, '1'], [6, null], [8, '2']]);
    expect(targets.map((t) => [t.line, t.value, t.unit])).toEqual([[8, 2, 'chương trình'], [8, 6, 'kiểm nghiệm viên']]);
  });
});

describe('a PDF read by pdfplumber (a table\'s cells centred in their rows)', () => {
  const { targets } = compile(['KẾ HOẠCH', 'I-ốt năm 2027', '', 'I. MỤC TIÊU', '- Mức trung vị i-ốt niệu ở phụ nữ có thai đạt từ 150 µg/l trở lên.',
    'Thực hiện Kế hoạch', 'TT Chỉ tiêu ĐVT', 'năm 2026 năm 2027', 'Số mẫu muối hộ gia đình được xét', '1 Mẫu 2.736 2.880', 'nghiệm định lượng i-ốt',
    '2 Số trẻ em 8 - 10 tuổi được khám bướu cổ Trẻ 2.315 ≥ 2.400', 'Số người bệnh bướu cổ được', '3 Người 1.412 > 1.500', 'quản lý, điều trị ngoại trú',
    'II. NHIỆM VỤ', '1. Giám sát.'].join('\n')).plan;

  it('reads a row\'s indicator from the line above its values and the line below', () => {
    expect(targets.slice(1).map((t) => [t.line, t.cmp, t.value, t.unit, t.indicator])).toEqual([
      [10, 'eq', 2880, 'Mẫu', 'Số mẫu muối hộ gia đình được xét nghiệm định lượng i-ốt'],
      [12, 'ge', 2400, 'Trẻ', 'Số trẻ em 8 - 10 tuổi được khám bướu cổ'],
      [14, 'gt', 1500, 'Người', 'Số người bệnh bướu cổ được quản lý, điều trị ngoại trú'],
    ]);
  });

  it('parts the signature\'s title from the entry one space before it, and carries a title\'s text on under a proper name', () => {
    const { tasks, recipients, signature } = compile(['KẾ HOẠCH', 'I-ốt năm 2027', '', 'I. NHIỆM VỤ',
      '1.1. Giám sát tại hộ gia đình: lấy mẫu muối tại 30 xã, phường được chọn, định lượng i-ốt tại Khoa', 'Xét nghiệm.',
      '1.2. Giám sát tại cơ sở sản xuất.', 'Nơi nhận: KT. GIÁM ĐỐC', '- Sở Y tế (b/c); PHÓ GIÁM ĐỐC', '- Lưu: VT.', 'Bùi Quang Thắng'].join('\n')).plan;
    expect(tasks.map((t) => [t.line, t.label])).toEqual([[5, '1.1'], [7, '1.2']]);
    expect(recipients.map((r) => [r.name, r.note])).toEqual([['Sở Y tế', 'b/c']]);
    expect([signature?.capacity, signature?.title, signature?.name]).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Bùi Quang Thắng']);
  });

  it('parts the signer\'s name from the last entry before it, once the signature has begun', () => {
    const doc = (last: string) => compile(['KẾ HOẠCH', 'Cung ứng thuốc năm 2027', '', 'I. NHIỆM VỤ', '1. Dự trữ thuốc.', '',
      'Nơi nhận: KT. GIÁM ĐỐC', '- Bộ Y tế (b/c);  PHÓ GIÁM ĐỐC', last, '- Lưu: VT, NVD.'].join('\n')).plan;
    const { recipients, signature } = doc('- Trạm Y tế các xã, phường;   Đoàn Thị Thu Hằng');
    expect([recipients.map((r) => r.name), signature?.name]).toEqual([['Bộ Y tế', 'Trạm Y tế các xã, phường'], 'Đoàn Thị Thu Hằng']);
    // a body's name after an entry's end is no signer's
    const named = doc('- Trạm Y tế các xã; Trung tâm Y tế');
    expect([named.recipients.map((r) => r.name), named.signature?.name]).toEqual([['Bộ Y tế', 'Trạm Y tế các xã; Trung tâm Y tế'], null]);
  });

  it('parts the signer\'s name from an entry when the signature stands in the column to the right, above it', () => {
    // Ghostscript's txtwrite: the two columns by spaces, the name three spaces after an entry that is not the last
    const { recipients, signature } = compile(['KẾ HOẠCH', 'Tiêm vắc xin HPV năm 2027', '', 'I. NHIỆM VỤ', '1. Rà soát đối tượng.', '',
      '  Nơi nhận:                KT. GIÁM ĐỐC', '  - Bộ Y tế (b/c);        PHÓ GIÁM ĐỐC', '  - UBND tỉnh (b/c);', '',
      '  - UBND các xã, phường;   Lò Văn Thắng', '  - Các đơn vị trực thuộc;', '  - Lưu: VT, NVY.'].join('\n')).plan;
    expect(recipients.map((r) => r.name)).toEqual(['Bộ Y tế', 'UBND tỉnh', 'UBND các xã, phường', 'Các đơn vị trực thuộc']);
    expect([signature?.capacity, signature?.title, signature?.name]).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lò Văn Thắng']);
  });

  it('reads a concentration in µg/l as a unit', () => {
    expect([targets[0]!.cmp, targets[0]!.value, targets[0]!.unit]).toEqual(['ge', 150, 'µg/l']);
  });
});

describe('markdown written by mammoth from a .docx', () => {
  const doc = ['__KẾ HOẠCH__', '', '__Điều trị thay thế năm 2026__', '', '__I\\. MỤC TIÊU__', '',
    'TT', '', 'Chỉ tiêu', '', 'ĐVT', '', 'Năm 2026', '', '1', '', 'Tỷ lệ người bệnh duy trì điều trị', '', '%', '', '> 75', '',
    '__II\\. NHIỆM VỤ__', '', '__1\\. Đào tạo, tập huấn: __mỗi năm tổ chức 03 lớp tập huấn.', '',
    '*b\\) Tại Trạm Y tế: *tiếp nhận, cấp phát thuốc hằng ngày.'].join('\n');
  const { plan } = compile(doc, { syntax: 'markdown' });

  it('reads a label whose bold CommonMark left open, a blank before its closing mark', () => {
    expect(plan.tasks.map((t) => [t.line, t.label, t.title])).toEqual([[25, '1', 'Đào tạo, tập huấn'], [27, 'b', 'Tại Trạm Y tế']]);
  });

  it('reads a value cell "> 75" as a comparison, not a quotation', () => {
    expect(plan.targets.map((t) => [t.line, t.cmp, t.value, t.unit])).toEqual([[21, 'gt', 75, '%'], [25, 'eq', 3, 'lớp']]);
  });
});

describe('a web page turned to text by html-to-text', () => {
  const { document, archive, signature, targets } = compile(['Trang chủ [/] | Văn bản [/van-ban]', '', 'KẾ HOẠCH PHÒNG, CHỐNG TAI NẠN THƯƠNG TÍCH NĂM 2027', '',
    'SỞ Y TẾ TỈNH AN GIANG', 'TRUNG TÂM Y TẾ KHU VỰC PHÚ QUỐC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc Số: 47/KH-TTYT Phú Quốc, ngày 05 tháng 3 năm 2027', '', 'KẾ HOẠCH', 'Phòng, chống tai nạn thương tích năm 2027', '',
    'I. NHIỆM VỤ', '1. Bổ sung 13 tủ thuốc sơ cứu tại các bến tàu.', '', 'Nơi nhận:', '- Sở Y tế (b/c);', '- Lưu: VT, KHNV. KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', 'Trần Minh Khoa'].join('\n')).plan;

  it('reads the motto, the number and the date one space apart on a line, and takes no headline in capitals for a body', () => {
    expect([document.issuer, document.parentBody, document.number, document.place, document.date]).toEqual([
      'TRUNG TÂM Y TẾ KHU VỰC PHÚ QUỐC', 'SỞ Y TẾ TỈNH AN GIANG', '47/KH-TTYT', 'Phú Quốc', { year: 2027, month: 3, day: 5 },
    ]);
  });

  it('parts the signature\'s capacity from the archive entry it was glued to', () => {
    expect(archive).toEqual(['VT', 'KHNV']);
    expect([signature?.capacity, signature?.title, signature?.name]).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Minh Khoa']);
  });

  it('counts first-aid cabinets', () => {
    expect(targets.map((t) => [t.line, t.value, t.unit])).toEqual([[13, 13, 'tủ thuốc']]);
  });
});

describe('markdown from markitdown (every table headed by an empty row)', () => {
  it('takes the first row under the empty one for the table\'s heading', () => {
    const { tables, targets } = compile(['**KẾ HOẠCH**', '', '**Hô hấp năm 2027**', '', '**I\\. MỤC TIÊU**', '', '|     |     |     |     |', '| --- | --- | --- | --- |',
      '| **TT** | **Chỉ tiêu** | **ĐVT** | **Kế hoạch năm 2027** |', '| 1   | Số người bệnh được quản lý | Người | ≥ 3.600 |', '| 2   | Số lượt đo chức năng hô hấp | Lượt | \\> 2.000 |'].join('\n'), { syntax: 'markdown' }).plan;
    expect(tables.map((t) => t.header)).toEqual([['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2027']]);
    expect(targets.map((t) => [t.line, t.cmp, t.value, t.unit, t.year])).toEqual([[10, 'ge', 3600, 'Người', 2027], [11, 'gt', 2000, 'Lượt', 2027]]);
  });
});

describe('Org mode, as pandoc writes a Word document (-t org)', () => {
  const { plan } = compile(['*KẾ HOẠCH*', '', '*phòng, chống tác hại của rượu, bia năm 2026*', '', '* I- MỤC TIÊU', '  :PROPERTIES:', '  :CUSTOM_ID: i--mục-tiêu', '  :END:',
    '- Chỉ tiêu cụ thể:', '', '| *TT* | *Chỉ tiêu* | *Đơn vị tính* | *Năm 2026* |', '|------+------------+---------------+------------|',
    '| 1    | Số buổi truyền thông tại cộng đồng | Buổi | ≥ 48 |', '| 2    | Số người được tư vấn | Người | 60 |', '',
    '* II- NHIỆM VỤ', '  :PROPERTIES:', '  :CUSTOM_ID: ii--nhiệm-vụ', '  :END:', '*1- Tăng cường truyền thông*', '', '- In, phát 3.000 tờ rơi đến hộ gia đình /trong năm/.'].join('\n'));

  it('takes a title in small letters under the kind for the title, as a Party plan goes on from its kind', () => {
    const { document } = compile(['KẾ HOẠCH', '', 'thực hiện công tác phòng, chống tác hại của rượu, bia trong cán bộ,', 'đảng viên giai đoạn 2026 - 2028', '', '- Căn cứ Luật số 44/2019/QH14;', '', 'I. MỤC TIÊU', '1. A.'].join('\n')).plan;
    expect(document.title).toBe('thực hiện công tác phòng, chống tác hại của rượu, bia trong cán bộ, đảng viên giai đoạn 2026 - 2028');
  });

  it('is read as text: its headlines as sections, their drawers as nothing, its table across its rule', () => {
    expect(plan.syntax).toBe('text');
    expect(plan.sections.map((s) => [s.line, s.label, s.title])).toEqual([[5, 'I', 'MỤC TIÊU'], [16, 'II', 'NHIỆM VỤ']]);
    expect(plan.targets.map((t) => [t.line, t.cmp, t.value, t.unit])).toEqual([[13, 'ge', 48, 'Buổi'], [14, 'eq', 60, 'Người'], [22, 'eq', 3000, 'tờ rơi']]);
    expect(plan.tasks.map((t) => [t.line, t.label])).toEqual([[20, '1'], [22, null]]);
  });
});

describe('a draft\'s tracked changes in gfm (pandoc --track-changes=all -t gfm)', () => {
  it('reads the plan with its insertions and without its deletions and comments, each line where it was', () => {
    const { plan } = compile(['**KẾ HOẠCH**', '', '**Khám sức khỏe năm 2026**', '', '# I. MỤC TIÊU', '',
      '\\- Tỷ lệ người được khám có kết quả xét nghiệm đạt trên <span', 'class="deletion" author="A" date="2026-06-09T14:12:00Z">85%</span><span class="insertion"',
      'author="A" date="2026-06-09T14:12:00Z">90%</span>.', '', '\\- Khám cho ít nhất <span class="comment-start" id="1" author="B">Theo', 'danh sách có 362 người.</span>350<span class="comment-end" id="1"></span> người.'].join('\n'), { file: 'x.md' });
    expect(plan.targets.map((t) => [t.line, t.cmp, t.value, t.unit])).toEqual([[9, 'gt', 90, '%'], [12, 'ge', 350, 'người']]);
  });
});

describe('a section heading glued to the paragraph before it (calibre\'s PDF input)', () => {
  it('is cut into a line of its own, where it is printed; a sentence that ends on capitals is none', () => {
    const { plan } = compile(['KẾ HOẠCH', 'Đào tạo nghề năm 2026', '',
      'Căn cứ Nghị quyết số 04/NQ-HĐND ngày 09 tháng 01 năm 2026 của Hội đồng nhân dân xã; Ủy ban nhân dân xã ban hành Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU', '',
      '1. Mục đích', '', 'Nâng cao chất lượng nguồn nhân lực.', '', 'II. NHIỆM VỤ', '', '1. Phối hợp với Trường Cao đẳng nghề. Thực hiện theo Kế hoạch số 12/KH-UBND.'].join('\n'));
    expect(plan.sections.map((s) => [s.line, s.column, s.label, s.title])).toEqual([[4, 131, 'I', 'MỤC ĐÍCH, YÊU CẦU'], [10, 1, 'II', 'NHIỆM VỤ']]);
    expect(plan.references.map((r) => r.number)).toEqual(['04/NQ-HĐND', '12/KH-UBND']);
  });

  it('cuts a table\'s first heading cell off the sentence that introduces the table, so that its cells are read', () => {
    const { plan } = compile(['KẾ HOẠCH', 'Đào tạo nghề năm 2026', '', 'I. MỤC TIÊU', '', 'Các chỉ tiêu năm 2026 như sau: STT', '', 'Chỉ tiêu', '', 'Đơn vị tính', '',
      'Kế hoạch năm 2026', '', '1', '', 'Lao động nông thôn được đào tạo nghề', '', 'người', '', '320', '', '2', '', 'Lao động có việc làm sau đào tạo', '', '%', '', '≥ 85'].join('\n'));
    expect(plan.targets.map((t) => [t.line, t.cmp, t.value, t.unit])).toEqual([[20, 'eq', 320, 'người'], [28, 'ge', 85, '%']]);
  });
});

describe('a section label a scan\'s OCR shortened', () => {
  it('reads "II." between II and IV as III, and says it was printed twice', () => {
    const { plan } = compile(['KẾ HOẠCH', 'Phòng dịch năm 2026', 'I. MỤC ĐÍCH', 'Chủ động phòng dịch.', 'II. MỤC TIÊU', 'Không để dịch lớn.', 'II. NHIỆM VỤ',
      '1. Giám sát ca bệnh.', 'IV. KINH PHÍ', 'Ngân sách xã.', 'II. TỔ CHỨC THỰC HIỆN', 'Trạm Y tế xã chủ trì.'].join('\n'));
    expect(plan.sections.map((s) => s.label)).toEqual(['I', 'II', 'III', 'IV', 'II']);
    expect(plan.diagnostics.filter((d) => d.code === 'KH201').map((d) => d.line)).toEqual([7, 11]);
  });
});

describe('stars before a line: Muse\'s headings, or a plain text\'s bullets', () => {
  it('reads Google Docs\' plain text, whose bullets are stars and whose footnotes are "[1] …", as bullets', () => {
    const { plan } = compile(['KẾ HOẠCH', 'Tiêm chủng năm 2027', 'I. MỤC TIÊU', '* Trên 95% trẻ được tiêm đủ mũi.', '* Không để dịch sởi.', 'II. NHIỆM VỤ',
      '1. Tổ chức tiêm chủng', '* Tiêm hằng tháng tại Trạm Y tế xã[1].', '* Tiêm bù cho trẻ bỏ mũi.', '', '[1] Theo Kế hoạch số 12/KH-UBND.'].join('\n'));
    expect(plan.sections.map((s) => s.line)).toEqual([3, 6]);
    expect(plan.tasks.slice(0, 3).map((t) => [t.line, t.labelStyle])).toEqual([[7, 'arabic'], [8, 'star'], [9, 'star']]);
  });

  it('reads "* I. …" as a section where a Muse tag or footnote tells Muse', () => {
    const { plan } = compile(['KẾ HOẠCH', '', 'Tiêm chủng năm 2027', '', '* I. MỤC TIÊU', '', 'Trên 95% trẻ được tiêm đủ mũi[1].', '', '* II. NHIỆM VỤ', '',
      '1. Tiêm hằng tháng tại Trạm Y tế xã.', '', '<quote>', '**Lê Văn An**', '</quote>', '', '[1] Theo Kế hoạch số 12/KH-UBND ngày 02/01/2027.'].join('\n'));
    expect(plan.sections.map((s) => [s.line, s.label, s.title])).toEqual([[5, 'I', 'MỤC TIÊU'], [9, 'II', 'NHIỆM VỤ']]);
    expect(plan.targets.map((t) => [t.line, t.value, t.unit])).toEqual([[7, 95, '%']]);
    expect(plan.references.map((r) => [r.line, r.number])).toEqual([[17, '12/KH-UBND']]);
  });
});

describe('AsciiDoc, as pandoc writes a Word document (-t asciidoc)', () => {
  const doc = [
    '[cols=",",]', '|===', 'a|', '*ỦY BAN NHÂN DÂN*', '', '*XÃ AN PHÚ*', '', 'Số: 18/KH-UBND', '', 'a|', '*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM*', '',
    '*Độc lập - Tự do - Hạnh phúc*', '', '_An Phú, ngày 24 tháng 02 năm 2026_', '', '|===', '', '*KẾ HOẠCH*', '', '*Phòng, chống dịch năm 2026*', '',
    'Năm 2025, tiêm phòng được triển khai tại 11/14 ấp (85,7%).', '',
    '== I. MỤC TIÊU', '', '[cols=",,,",]', '|===', '|*TT* |*Chỉ tiêu* |*Đơn vị tính* |*Kế hoạch năm 2026*', '',
    '|1 |Tỷ lệ ổ dịch được xử lý trong vòng 48 giờ |%', '|100', '', '|2 |Tỷ lệ đàn gia cầm được tiêm phòng |% |≥ 80', '|===', '',
    '== II. NHIỆM VỤ', '', '**1. Giám sát: **Trạm Y tế xã giám sát ca bệnh.', '', '== III. KINH PHÍ', '',
    'Tổng kinh phí: 48.500.000 đồng, trong đó: +', '- Ngân sách xã: 48.500.000 đồng.', '',
    '[cols=",",]', '|===', '|*_Nơi nhận:_* +', '- Sở Y tế (b/c); +', '- Lưu: VT, VHXH. a|', '*TM. ỦY BAN NHÂN DÂN*', '', '*KT. CHỦ TỊCH*', '', '*PHÓ CHỦ TỊCH*', '',
    '*Huỳnh Văn Nhựt*', '', '|===',
  ].join('\n');
  const { plan } = compile(doc);

  it('is read as text: its header, sections and tasks', () => {
    expect(plan.syntax).toBe('text');
    expect([plan.document.issuer, plan.document.number, plan.document.place, plan.document.title]).toEqual(['ỦY BAN NHÂN DÂN XÃ AN PHÚ', '18/KH-UBND', 'An Phú', 'Phòng, chống dịch năm 2026']);
    expect(plan.sections.map((s) => [s.line, s.title])).toEqual([[25, 'MỤC TIÊU'], [37, 'NHIỆM VỤ'], [41, 'KINH PHÍ']]);
    expect(plan.tasks.map((t) => [t.line, t.label, t.title])).toEqual([[39, '1', 'Giám sát']]);
  });

  it('reads a table row cell by cell, its value wrapped onto the next line', () => {
    expect(plan.targets.map((t) => [t.line, t.cmp, t.value, t.unit, t.year])).toEqual([[32, 'eq', 100, '%', 2026], [34, 'ge', 80, '%', 2026]]);
  });

  it('reads the closing of two cells, the list hard-broken, the signature in paragraphs', () => {
    expect(plan.recipients.map((r) => r.name)).toEqual(['Sở Y tế']);
    expect(plan.archive).toEqual(['VT', 'VHXH']);
    expect([plan.signature?.authority, plan.signature?.capacity, plan.signature?.title, plan.signature?.name]).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Huỳnh Văn Nhựt']);
  });

  it('says where a count out of a whole disagrees with its share in the preamble (KH503)', () => {
    expect(plan.diagnostics.filter((d) => d.code === 'KH503').map((d) => [d.line, d.column])).toEqual([[23, 42]]);
  });
});

describe('a web page converted by a library that prints a table cell\'s line breaks as nothing (node-html-markdown)', () => {
  const doc = [
    '| SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG **BỆNH VIỆN UNG BƯỚU** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** |',
    '| --- | --- |',
    '| Số: 142/KH-BVUB | _Hải Phòng, ngày 14 tháng 01 năm 2027_ |',
    '', '**KẾ HOẠCH**  ', '**Chăm sóc giảm nhẹ năm 2027**', '', '### I. NHIỆM VỤ', '',
    '* Thành lập 03 nhóm chăm sóc tại nhà.',
    '* Lập danh sách người bệnh xuất viện về nhà.  ', 'Thăm khám tại nhà cho người bệnh có nhu cầu.',
    '* Bố trí 08 giường và 01 phòng tư vấn; tặng quà 50 gia đình; tập huấn 240 học viên.', '',
    '| **_Nơi nhận:_**\\- Sở Y tế (b/c);\\- Ban Giám đốc;\\- Lưu: VT, KHTH. | **KT. GIÁM ĐỐCPHÓ GIÁM ĐỐC** **Nguyễn Thị Minh Nguyệt** |',
    '| --- | --- |',
  ].join('\n');
  const { document, tasks, targets, recipients, archive, signature } = compile(doc, { syntax: 'markdown' }).plan;

  it('parts the lines of a header cell where their bold parts them', () => {
    expect([document.issuer, document.parentBody, document.nationalMotto]).toEqual(['BỆNH VIỆN UNG BƯỚU', 'SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG', true]);
  });

  it('keeps a list item\'s line after a hard break in the item', () => {
    expect(tasks.map((t) => t.line)).toEqual([10, 11, 13]);
  });

  it('counts rooms, families and trainees', () => {
    expect(targets.map((t) => [t.value, t.unit])).toEqual([[3, 'nhóm'], [8, 'giường'], [1, 'phòng'], [50, 'gia đình'], [240, 'học viên']]);
  });

  it('parts the entries of a list run together, and a capacity run into its deputy\'s title', () => {
    expect(recipients.map((r) => [r.name, r.note])).toEqual([['Sở Y tế', 'b/c'], ['Ban Giám đốc', null]]);
    expect(archive).toEqual(['VT', 'KHTH']);
    expect([signature?.capacity, signature?.title, signature?.name]).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Thị Minh Nguyệt']);
  });
});

describe('a joint plan written by pandoc as reStructuredText (grid tables, a line block)', () => {
  const doc = [
    '+------------------------------+---------------------------------------+',
    '| **HỘI CHỮ THẬP ĐỎ TỈNH TÂY   | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT      |',
    '| NINH**                       | NAM**                                 |',
    '|                              |                                       |',
    '| **SỞ Y TẾ TỈNH TÂY NINH**    | **Độc lập - Tự do - Hạnh phúc**       |',
    '|                              |                                       |',
    '| Số: 05/KHLT-HCTĐ-SYT         | *Tây Ninh, ngày 20 tháng 01 năm 2027* |',
    '+==============================+=======================================+',
    '+------------------------------+---------------------------------------+',
    '', '**KẾ HOẠCH LIÊN TỊCH**', '', '**Hiến máu tình nguyện năm 2027**', '',
    'I. MỤC TIÊU', '===========', '', '- Tiếp nhận 12.000 đơn vị máu.', '',
    'II. KINH PHÍ', '============', '', 'Tổng kinh phí: 300.000.000 đồng (Bằng chữ: Ba trăm linh năm triệu đồng).', '',
    '+-----------------------------------+-----------------------------------+',
    '| **SỞ Y TẾ**                       | **HỘI CHỮ THẬP ĐỎ TỈNH**          |',
    '|                                   |                                   |',
    '| **KT. GIÁM ĐỐC**                  | **TM. BAN THƯỜNG VỤ**             |',
    '|                                   |                                   |',
    '| **PHÓ GIÁM ĐỐC**                  | **CHỦ TỊCH**                      |',
    '|                                   |                                   |',
    '| **Lê Văn An**                     | **Trần Thị Bình**                 |',
    '+===================================+===================================+',
    '+-----------------------------------+-----------------------------------+',
    '', '| **Nơi nhận:', '  **- Trung ương Hội (b/c);', '| - Ủy ban nhân dân tỉnh (b/c);', '| - Lưu: VT HCTĐ, VT SYT.',
  ].join('\n');

  it.each(['text', 'markdown'] as const)('reads the two bodies of the header as the issuers, lead first (%s)', (syntax) => {
    const { document } = compile(doc, { syntax }).plan;
    expect([document.issuer, document.parentBody, document.number, document.place, document.date]).toEqual([
      'HỘI CHỮ THẬP ĐỎ TỈNH TÂY NINH - SỞ Y TẾ TỈNH TÂY NINH', null, '05/KHLT-HCTĐ-SYT', 'Tây Ninh', { year: 2027, month: 1, day: 20 },
    ]);
  });

  it.each(['text', 'markdown'] as const)('reads the signatures side by side above the list, each block\'s body name a label (%s)', (syntax) => {
    const { signature, cosignatures, recipients, archive } = compile(doc, { syntax }).plan;
    expect([signature?.authority, signature?.capacity, signature?.title, signature?.name]).toEqual(['TM. BAN THƯỜNG VỤ', null, 'CHỦ TỊCH', 'Trần Thị Bình']);
    expect(cosignatures.map((c) => [c.capacity, c.title, c.name])).toEqual([['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Văn An']]);
    expect(recipients.map((r) => [r.name, r.note])).toEqual([['Trung ương Hội', 'b/c'], ['Ủy ban nhân dân tỉnh', 'b/c']]);
    expect(archive).toEqual(['VT HCTĐ', 'VT SYT']);
  });

  it('checks an amount in words after its lead ("Bằng chữ:") against the figures (KH602)', () => {
    const { budget, diagnostics } = compile(doc, { syntax: 'text' }).plan;
    expect(budget?.total?.words).toBe('Ba trăm linh năm triệu đồng');
    expect(diagnostics.filter((d) => d.code === 'KH602').map((d) => d.line)).toEqual([23]);
  });

  it('keeps a body over another its parent where the issuer code names one body', () => {
    const { document } = compile(doc.replace('05/KHLT-HCTĐ-SYT', '05/KH-SYT'), { syntax: 'text' }).plan;
    expect([document.issuer, document.parentBody]).toEqual(['SỞ Y TẾ TỈNH TÂY NINH', 'HỘI CHỮ THẬP ĐỎ TỈNH TÂY NINH']);
  });
});

describe('a PDF read by pdfminer (each half of a paragraph a box of its own)', () => {
  const tasks = (lines: string[]) => compile(['KẾ HOẠCH', 'Răng miệng năm học 2026 - 2027', '', 'II. NHIỆM VỤ', '', ...lines].join('\n')).plan;

  it('joins the half after the blank line to an item whose title has its text after the colon', () => {
    const { tasks: list, targets } = tasks(['3. Bảo đảm điều kiện: bố trí nơi chải răng; bổ sung', '', '35 bồn chải răng tại các trường.', '', '4. Kiểm tra.']);
    expect(list.map((t) => [t.line, t.label])).toEqual([[6, '3'], [10, '4']]);
    expect(targets.map((t) => [t.line, t.value, t.unit, t.year])).toEqual([[8, 35, 'bồn', 2027]]);
  });

  it('says a table printed column by column, its ordinals under their heading, is unread (KH008)', () => {
    const { diagnostics } = compile(['KẾ HOẠCH', 'Răng miệng năm học 2026 - 2027', '', 'I. CHỈ TIÊU', '', 'Chỉ tiêu', '', 'TT', '', '1', '', '2', '',
      'Số trường tổ chức súc miệng', 'Số học sinh được trám bít', '', 'ĐVT', '', 'Trường', '', '160', '', 'Học sinh', '', '≥ 8.000'].join('\n')).plan;
    expect(diagnostics.filter((d) => d.code === 'KH008').map((d) => [d.line, d.column])).toEqual([[8, 1]]);
  });

  it('leaves a heading alone that a blank line ends, whatever the line after it starts with', () => {
    const { tasks: list } = tasks(['3. Bảo đảm điều kiện thực hiện', '', '35 bồn chải răng tại các trường.']);
    expect(list.map((t) => [t.line, t.label])).toEqual([[6, '3'], [8, null]]);
  });
});

describe('a tab-separated row cut by a hard wrap', () => {
  const plan = (rows: string[]) => compile(['UBND XÃ A', 'Số: 07/KH-UBND', '', 'KẾ HOẠCH', 'Y tế năm 2026', '', 'I. MỤC TIÊU',
    'TT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2025\tKế hoạch năm 2026', ...rows, '', 'II. NHIỆM VỤ', '1. Giám sát.'].join('\n')).plan;

  it('is one row again, each value on the line where it is printed', () => {
    const { tables, targets } = plan([
      '1\tSố buổi tuyên truyền tại ấp, trường học\tBuổi\t18\t24',
      '2\tTỷ lệ đoàn viên ký cam kết không sử dụng thuốc lá điện tử, ma túy\t%',
      '72,5\t90',
      '3\tSố chi đoàn có mô hình\tChi đoàn\t5\t8',
    ]);
    expect(tables[0]!.rows.map((r) => r.length)).toEqual([5, 5, 5]);
    expect(targets.map((t) => [t.line, t.value, t.unit])).toEqual([[9, 24, 'Buổi'], [11, 90, '%'], [12, 8, 'Chi đoàn']]);
  });

  it('is not a short row and the next row, which starts with its ordinal', () => {
    const { tables } = plan(['1\tSố buổi tuyên truyền tại ấp, trường học trong cả năm học\tBuổi', '2\tSố chi đoàn\tChi đoàn\t5\t8']);
    expect(tables[0]!.rows.map((r) => r.length)).toEqual([3, 5]);
  });

  it('is one row again where catdoc cut it inside a cell, at 72 bytes, the heading too', () => {
    const { tables, targets } = compile(['KẾ HOẠCH', 'Y tế năm 2027', '', 'I. MỤC TIÊU', '',
      'TT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2026\tKế hoạch', 'năm 2027', '',
      '1\tTỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong 24', 'giờ đầu sau sinh\t%\t86,2\t≥ 90', '',
      '2\tTỷ lệ phụ nữ mang thai được xét nghiệm HBsAg\t%\t78,5\t>', '85', '', 'II. NHIỆM VỤ', '1. Giám sát.'].join('\n')).plan;
    expect(tables.map((t) => [t.header, t.rows, t.rowLines])).toEqual([[['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2026', 'Kế hoạch năm 2027'], [
      ['1', 'Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong 24 giờ đầu sau sinh', '%', '86,2', '≥ 90'],
      ['2', 'Tỷ lệ phụ nữ mang thai được xét nghiệm HBsAg', '%', '78,5', '> 85'],
    ], [9, 12]]]);
    // each value where its figure is printed: "≥ 90" on the row's second line, "85" under its sign
    expect(targets.map((t) => [t.line, t.cmp, t.value, t.year])).toEqual([[10, 'ge', 90, 2027], [13, 'gt', 85, 2027]]);
  });

  it('leaves a layout table\'s column going on under its first cell alone', () => {
    const { document } = compile(['UBND HUYỆN YÊN ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BAN CHỈ ĐẠO PHÒNG, CHỐNG\tĐộc lập - Tự do - Hạnh phúc', 'DỊCH BỆNH HUYỆN\t',
      'Số: 05/KH-BCĐ\tYên Định, ngày 14 tháng 02 năm 2025', '', 'KẾ HOẠCH', 'Phòng, chống dịch sởi năm 2025'].join('\n')).plan;
    expect([document.issuer, document.parentBody]).toEqual(['BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH BỆNH HUYỆN', 'UBND HUYỆN YÊN ĐỊNH']);
  });
});

describe('a plan quoted in an e-mail', () => {
  it('blanks the quote marks of a quoted block, keeping every column', () => {
    const lines = ['Chuyển tiếp:', '> KẾ HOẠCH', '> Y tế năm 2026', '>', '> I. MỤC TIÊU', '>> - Đạt 95% dân số.', 'Cảm ơn.'];
    expect(unquoted(lines)).toEqual(['Chuyển tiếp:', '  KẾ HOẠCH', '  Y tế năm 2026', ' ', '  I. MỤC TIÊU', '   - Đạt 95% dân số.', 'Cảm ơn.']);
  });

  it('leaves lines that only open on a comparator, and a short run, as they are', () => {
    const targets = ['I. MỤC TIÊU', '> 95% trẻ em được tiêm chủng đầy đủ;', '> 90% phụ nữ có thai được khám thai;', '> 80% hộ gia đình dùng nước sạch;', '> 70% người cao tuổi được khám;', '> 60% xã đạt chuẩn.'];
    expect(unquoted(targets)).toBe(targets);
    expect(unquoted(['> KẾ HOẠCH', '>', '> I. MỤC TIÊU'])).toEqual(['> KẾ HOẠCH', '>', '> I. MỤC TIÊU']);
  });
});

describe('wikitext', () => {
  const plan = (text: string, file?: string) => compile(text, file ? { file } : {}).plan;

  it('is sniffed by its tables or its bold lines, and by a .wiki name; markdown and plain text are not', () => {
    expect(plan("{|\n| 1\n|}\n\nKẾ HOẠCH").syntax).toBe('mediawiki');
    expect(plan("'''KẾ HOẠCH'''\n\n'''I. MỤC TIÊU'''\n\n'''1. Chung'''").syntax).toBe('mediawiki');
    expect(plan('KẾ HOẠCH', 'ke-hoach.wiki').syntax).toBe('mediawiki');
    expect(plan('| TT | Chỉ tiêu |\n|---|---|\n| 1 | Tỷ lệ |\n\n**KẾ HOẠCH**\n\n- Một').syntax).toBe('markdown');
    expect(plan("Ông nói 'không' hai lần\nKẾ HOẠCH\n* ghi chú").syntax).toBe('text');
  });

  it('reads a table row by row between its |- marks: cells one per line or || apart, a cell\'s further line its own, any ordinals', () => {
    const text = ['KẾ HOẠCH', '', 'Y tế năm 2026', '', '== I. MỤC TIÊU ==', '', '{|', '! TT !! Chỉ tiêu !! ĐVT !! Năm 2026', '|-', '| 3', '| Tỷ lệ trẻ em được tiêm chủng', 'đầy đủ', '| %', '| ≥ 95', '|-', '| 7 || Số xã đạt chuẩn || Xã || 45', '|}'].join('\n');
    const { tables, targets } = compile(text, { syntax: 'mediawiki' }).plan;
    expect(tables.map((t) => [t.line, t.header, t.rows, t.rowLines])).toEqual([[8, ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2026'], [['3', 'Tỷ lệ trẻ em được tiêm chủng đầy đủ', '%', '≥ 95'], ['7', 'Số xã đạt chuẩn', 'Xã', '45']], [10, 16]]]);
    expect(targets.map((t) => [t.line, t.value, t.unit, t.indicator])).toEqual([[14, 95, '%', 'Tỷ lệ trẻ em được tiêm chủng đầy đủ'], [16, 45, 'Xã', 'Số xã đạt chuẩn']]);
  });

  it('numbers its # items as the wiki would, gives * a bullet under them, and letters the points of an HTML list', () => {
    const text = ["'''I. NHIỆM VỤ'''", '', '# Giám sát ca bệnh', '#* tại trạm', '# Truyền thông', '',
      '<ol style="list-style-type: lower-alpha;">', "<li><p>'''Kiểm tra:''' định kỳ.</p></li>", "<li><p>'''Xử lý:''' kịp thời &amp; công khai.</p></li></ol>"].join('\n');
    const { tasks } = compile(text, { syntax: 'mediawiki' }).plan;
    expect(tasks.map((t) => [t.label, t.title ?? t.text])).toEqual([
      ['1', 'Giám sát ca bệnh'], [null, 'tại trạm'], ['2', 'Truyền thông'], ['a', 'Kiểm tra'], ['b', 'Xử lý'],
    ]);
    expect(tasks[4]!.text).toBe('kịp thời & công khai.');
  });
});

describe('a cited number cut by a wrapped line', () => {
  const doc = (preamble: string[]) => ['SỞ Y TẾ', 'Số: 12/KH-SYT', 'Kon Tum, ngày 17 tháng 3 năm 2025', '', 'KẾ HOẠCH', 'Y tế năm 2025', '',
    ...preamble, '', 'I. NHIỆM VỤ', '1. Giám sát.'].join('\n');

  it('is cited whole, after its hyphen or its slash, State or Party style, with its kind, date and issuer', () => {
    const { references } = compile(doc([
      'Căn cứ Quyết định số 1300/QĐ-',
      'BYT ngày 09/3/2023 của Bộ Y tế về việc ban hành hướng dẫn; Thông tư số 35/',
      '2023/TT-BYT; Kế hoạch số 141-',
      'KH/HU ngày 02/01/2025 của Huyện ủy;',
    ])).plan;
    expect(references.map((r) => [r.number, r.kind, r.date?.day ?? null, r.issuer, r.line, r.endLine])).toEqual([
      ['1300/QĐ-BYT', 'Quyết định', 9, 'Bộ Y tế', 8, 9],
      ['35/2023/TT-BYT', 'Thông tư', null, null, 9, 10],
      ['141-KH/HU', 'Kế hoạch', 2, 'Huyện ủy', 10, 11],
    ]);
    // the span runs from the number's start on one line to its end on the next
    expect(references[0]).toMatchObject({ column: 22, endColumn: 4 });
  });

  it('is not a range of years or a word cut at its hyphen', () => {
    const { references } = compile(doc(['Căn cứ kết quả giai đoạn 2021-', '2025 và chương trình y tế - dân số 2026-', 'TT của tỉnh;'])).plan;
    expect(references).toEqual([]);
  });
});

describe('parts that hold sections of their own', () => {
  it('stand above the sections, which number afresh in each part', () => {
    const doc = ['KẾ HOẠCH', 'Hiến máu năm 2025', '', 'PHẦN I. KẾT QUẢ NĂM 2024', 'I. KẾT QUẢ ĐẠT ĐƯỢC', '- Vận động 1.186 đơn vị máu.', 'II. TỒN TẠI, HẠN CHẾ', '- Còn ít.',
      'PHẦN II. KẾ HOẠCH NĂM 2025', 'I. MỤC ĐÍCH', '- Vận động.', 'II. CHỈ TIÊU', '- Vận động 1.200 đơn vị máu.', 'IV. TỔ CHỨC THỰC HIỆN', '1. Hội cơ sở: vận động.'].join('\n');
    const { plan } = compile(doc);
    expect(plan.sections.map((s) => [s.line, s.label, s.kind])).toEqual([[5, 'I', 'situation'], [7, 'II', 'situation'], [10, 'I', 'purpose'], [12, 'II', 'objectives'], [14, 'IV', 'implementation']]);
    expect(plan.diagnostics.filter((d) => d.code.startsWith('KH20')).map((d) => `${d.code}@${d.line}`)).toEqual(['KH202@14']);
  });

  it('are the sections where no other Roman heading stands among them', () => {
    const doc = ['KẾ HOẠCH', 'Y tế năm 2025', '', 'PHẦN I. MỤC TIÊU', '1. Đạt 95%.', 'PHẦN II. NHIỆM VỤ', '1. Giám sát.'].join('\n');
    expect(compile(doc).plan.sections.map((s) => [s.line, s.label, s.kind])).toEqual([[4, 'I', 'objectives'], [6, 'II', 'tasks']]);
  });
});

describe('a form feed', () => {
  it('breaks the text as a blank line does, so the page number after it is furniture', () => {
    const doc = ['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. NHIỆM VỤ', '1. Giám sát', '- Theo dõi ca bệnh', '- Báo cáo hằng tuần', '\f                4', '', '- Kiểm tra cuối năm'].join('\n');
    expect(compile(doc).plan.tasks.map((t) => t.title ?? t.text)).toEqual(['Giám sát', 'Theo dõi ca bệnh', 'Báo cáo hằng tuần', 'Kiểm tra cuối năm']);
  });
});

describe('a table of work in the task section', () => {
  it('gives a task per row, under the item the table stands in, the work as its title', () => {
    const doc = ['KẾ HOẠCH', 'Kiểm soát nhiễm khuẩn năm 2025', '', 'I. NHIỆM VỤ', '1. Các hoạt động trọng tâm',
      'STT\tNội dung công việc\tThời gian\tKhoa/phòng thực hiện', '1\tKiện toàn Hội đồng\tQuý I/2025\tPhòng TCCB', '2\tTập huấn vệ sinh tay\tTháng 4/2025\tKhoa KSNK',
      '2. Giám sát nhiễm khuẩn'].join('\n');
    const { plan } = compile(doc);
    expect(plan.tasks.map((t) => [t.line, t.label, t.title, t.parent])).toEqual([
      [5, '1', 'Các hoạt động trọng tâm', null], [7, '1', 'Kiện toàn Hội đồng', 'task-5'], [8, '2', 'Tập huấn vệ sinh tay', 'task-5'], [9, '2', 'Giám sát nhiễm khuẩn', null],
    ]);
  });

  it('reads the targets a row\'s work states, on the row\'s line', () => {
    const doc = ['KẾ HOẠCH', 'Kiểm soát nhiễm khuẩn năm 2025', '', 'I. NHIỆM VỤ', '1. Các hoạt động trọng tâm',
      'STT\tNội dung công việc\tThời gian', '1\tTập huấn cho ít nhất 120 lượt nhân viên y tế\tQuý I/2025'].join('\n');
    expect(compile(doc).plan.targets.map((t) => [t.line, t.cmp, t.value, t.unit])).toEqual([[7, 'ge', 120, 'lượt']]);
  });

  it('leaves a table without a column of work as a table', () => {
    const doc = ['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. NHIỆM VỤ', '1. Theo dõi', 'TT\tChỉ tiêu\tĐVT', '1\tTỷ lệ A\t%'].join('\n');
    expect(compile(doc).plan.tasks.map((t) => t.title)).toEqual(['Theo dõi']);
  });
});

describe('the signature block', () => {
  it('and the list beside it, interleaved line by line as pdftotext reads them, are told apart', () => {
    const doc = ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'Số: 12/KH-UBND', 'Quảng Ngãi, ngày 06 tháng 5 năm 2026', '', 'KẾ HOẠCH', 'Y tế năm 2026', '', 'I. NHIỆM VỤ', '1. Giám sát.', '',
      'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', '- Bộ Y tế (b/c);', 'KT. CHỦ TỊCH', '- Sở Y tế;', 'PHÓ CHỦ TỊCH', '- Lưu: VT, KGVX.', '', 'Nguyễn Thị Lịch',
      // a web portal's list under the signer's name is no part of the list
      '', 'Tin liên quan', '- Tập huấn phòng chống dịch (12/03/2026)'].join('\n');
    const { recipients, archive, signature } = compile(doc).plan;
    expect(recipients.map((r) => [r.name, r.note])).toEqual([['Bộ Y tế', 'b/c'], ['Sở Y tế', null]]);
    expect(archive).toEqual(['VT', 'KGVX']);
    expect([signature?.authority, signature?.capacity, signature?.title, signature?.name]).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Thị Lịch']);
  });

  it('begins after a pipe on the archive line, as html2text leaves a closing table', () => {
    const doc = ['# KẾ HOẠCH', '', 'Y tế năm 2026', '', '## I. NHIỆM VỤ', '', '1. Tuyên truyền.', '', '**_Nơi nhận:_**  ', '\\- Bộ Y tế (b/c);  ',
      '\\- Lưu: VT, NVY. |  **KT. GIÁM ĐỐC**  ', '**PHÓ GIÁM ĐỐC**  ', '', '**Trần Minh Quân**'].join('\n');
    const { signature, archive } = compile(doc, { file: 'a.md' }).plan;
    expect(signature).toMatchObject({ capacity: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Trần Minh Quân' });
    expect(archive).toEqual(['VT', 'NVY']);
  });

  it('begins right of the archive line in a closing pasted from a table, and goes on below it', () => {
    const doc = ['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. NHIỆM VỤ', '1. Tuyên truyền.', '', 'Nơi nhận:', '- Sở Y tế;', '- Lưu: VT, VX.\tTM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', 'Lê Văn Thuận'].join('\n');
    expect(compile(doc).plan.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: null, title: 'CHỦ TỊCH', name: 'Lê Văn Thuận' });
  });

  it('reads the name without an academic title printed before it, and says the title should go (KH306)', () => {
    for (const [printed, title] of [['BS.CKII Nông Văn Thắng', 'BS.CKII'], ['PGS.TS. Nông Văn Thắng', 'PGS.TS.'], ['ThS. BS Nông Văn Thắng', 'ThS. BS']] as const) {
      const doc = ['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. NHIỆM VỤ', '1. Tuyên truyền.', '', 'Nơi nhận:', '- Lưu: VT.', '', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', printed].join('\n');
      const { signature, diagnostics } = compile(doc).plan;
      expect(signature?.name).toBe('Nông Văn Thắng');
      expect(diagnostics.filter((d) => d.code === 'KH306').map((d) => [d.line, d.column, d.endColumn])).toEqual([[13, 1, 1 + title.length]]);
    }
  });

  it('prints a prefix that ends in a dot with one space after it, as NĐ 30 does', () => {
    const doc = ['KẾ HOẠCH', 'Phòng chống dịch năm 2025', '', 'I. NHIỆM VỤ', '1. Tuyên truyền.', '', 'Nơi nhận:', '- Sở Y tế;', '- Lưu: VT.', '',
      'TM.ỦY BAN NHÂN DÂN', 'KT.CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn An'].join('\n');
    expect(compile(doc).plan.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' });
  });
});

describe('a bold title in markdown', () => {
  it('is the title even when it starts like a preamble and its first line ends on a comma', () => {
    const doc = ['# KẾ HOẠCH HÀNH ĐỘNG', '', '**Thực hiện Nghị quyết số 57-NQ/TW về khoa học, công nghệ,', 'đổi mới sáng tạo và chuyển đổi số năm 2025**', '',
      'Căn cứ Quyết định số 5316/QĐ-BYT ngày 22/12/2020;'].join('\n');
    expect(compile(doc, { file: 'a.md' }).plan.document.title).toBe('Thực hiện Nghị quyết số 57-NQ/TW về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2025');
  });

  it('ends where the bold ends, however many spaces the bold part holds', () => {
    const doc = ['# KẾ HOẠCH', 'Phòng chống dịch năm 2025', '', '## II. NHIỆM VỤ, GIẢI PHÁP', '',
      '**1.  Cải  tạo, nâng cấp   cơ sở:** Việc cải tạo được thực hiện trong năm.', '', '**2. Đào tạo nhân lực:** Cử cán bộ đi học.'].join('\n');
    const { plan } = compile(doc, { file: 'a.md' });
    expect(plan.tasks.map((t) => [t.title, t.text])).toEqual([
      ['Cải tạo, nâng cấp cơ sở', 'Việc cải tạo được thực hiện trong năm.'],
      ['Đào tạo nhân lực', 'Cử cán bộ đi học.'],
    ]);
  });
});

describe('place and date', () => {
  it('is no sentence that opens on a date, as the lead of a portal\'s page does', () => {
    expect(readPlaceDate('Ngày 16/3/2026, Sở Y tế ban hành Kế hoạch số 58/KH-SYT triển khai khám sức khỏe định kỳ.')).toBeNull();
    expect(readPlaceDate('Hà Nội, ngày 15 tháng 3 năm 2025 (dự thảo)')?.date).toEqual({ year: 2025, month: 3, day: 15 });
  });

  it('reads complete and draft dates', () => {
    expect(readPlaceDate('Giang Thành, ngày 25 tháng 3 năm 2025')).toMatchObject({
      place: 'Giang Thành', date: { year: 2025, month: 3, day: 25 },
    });
    expect(readPlaceDate('Lào Cai, ngày    tháng 01 năm 2024')).toMatchObject({
      place: 'Lào Cai', date: { year: 2024, month: 1, day: null }, printed: { day: null, month: '01' },
    });
    expect(readPlaceDate('*Tam Đường, ngày ... tháng ... năm 2024*')?.date).toEqual({ year: 2024, month: null, day: null });
    expect(readPlaceDate('Nâng cao chất lượng')).toBeNull();
  });

  it('reads a place without its comma, and date words typed without their marks', () => {
    expect(readPlaceDate('Giang Thành ngày 25 tháng 3 năm 2025')).toMatchObject({ place: 'Giang Thành', date: { year: 2025, month: 3, day: 25 } });
    expect(readPlaceDate('Giang Thanh, ngay 25 thang 3 nam 2025')).toMatchObject({ place: 'Giang Thanh', date: { year: 2025, month: 3, day: 25 } });
    expect(readPlaceDate('Hà Nội ngày 5/1/2025')).toMatchObject({ place: 'Hà Nội', numeric: true });
    // a sentence that dates a document it cites is no place-and-date line
    expect(readPlaceDate('Thực hiện Kế hoạch số 50/KH-SYT ngày 12 tháng 03 năm 2025 của Sở Y tế')).toBeNull();
  });

  it('reads a date in figures, and says it is one', () => {
    expect(readPlaceDate('Giang Thành, ngày 25/3/2025')).toMatchObject({ place: 'Giang Thành', date: { year: 2025, month: 3, day: 25 }, numeric: true });
    expect(readPlaceDate('Hà Nội, ngày 05.01.2025')?.date).toEqual({ year: 2025, month: 1, day: 5 });
    expect(readPlaceDate('Giang Thành, ngày 25 tháng 3 năm 2025')?.numeric).toBe(false);
    expect(readPlaceDate('Hà Nội, ngày 25/3-2025')).toBeNull();
    const header = (line: string) => compile(`ỦY BAN NHÂN DÂN HUYỆN A\nSố: 15/KH-UBND\n${line}\n\nKẾ HOẠCH\nPhòng chống dịch\n`);
    const { plan, diagnostics } = header('Giang Thành, ngày 5/1/2025');
    expect(plan.document.date).toEqual({ year: 2025, month: 1, day: 5 });
    const figures = diagnostics.filter((d) => d.code.startsWith('KH11'));
    expect(figures.map((d) => [d.code, d.message])).toEqual([['KH115', 'write the date in words: "ngày 05 tháng 01 năm 2025" (NĐ 30/2020), not in figures']]);
    expect(header('Hà Nội, ngày 31/4/2025').diagnostics.map((d) => d.code)).toContain('KH114');
  });

  it('knows the NĐ 30 padding rule', () => {
    expect(paddedForm('day', 5)).toBe('05');
    expect(paddedForm('day', 25)).toBe('25');
    expect(paddedForm('month', 1)).toBe('01');
    expect(paddedForm('month', 3)).toBe('3');
  });
});

describe('section kinds', () => {
  it.each([
    ['MỤC ĐÍCH, YÊU CẦU', 'purpose'],
    ['MỤC TIÊU, CHỈ TIÊU', 'objectives'],
    ['DỰ BÁO TÌNH HÌNH CÔNG TÁC Y TẾ GIAI ĐOẠN 2023 - 2025', 'situation'],
    ['NHIỆM VỤ, GIẢI PHÁP', 'tasks'],
    ['NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM', 'tasks'],
    ['GIẢI PHÁP THỰC HIỆN', 'solutions'],
    ['THỜI GIAN, ĐỊA ĐIỂM VÀ THÀNH PHẦN LÀM VIỆC', 'schedule'],
    ['KINH PHÍ THỰC HIỆN', 'budget'],
    ['TỔ CHỨC THỰC HIỆN', 'implementation'],
    ['CHẾ ĐỘ BÁO CÁO', 'reporting'],
    ['KHEN THƯỞNG', 'other'],
  ])('%s is %s', (title, kind) => {
    expect(sectionKind(title)).toBe(kind);
  });
});

describe('tone placement (KH007)', () => {
  /** The reference: the pattern the scanner stands for, with the q rule, run left to right. */
  const reference = (text: string): [number, number] => {
    const onFirst = '[òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY]';
    const onSecond = '[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]';
    const pattern = new RegExp(`(?:(${onFirst})|(${onSecond}))(?!\\p{L})`, 'gu');
    const counts: [number, number] = [0, 0];
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const before = text[m.index - 1];
      if (before !== 'q' && before !== 'Q') counts[m[1] ? 0 : 1]++;
    }
    return counts;
  };

  it('finds each glide the pattern finds, in one pass over the code units', () => {
    const letters = fc.constantFrom('o', 'O', 'u', 'U', 'a', 'e', 'y', 'q', 'h', 'ò', 'Ỏ', 'ụ', 'à', 'ẹ', 'ỳ', 'Ý', ' ', '.', 'n', '𝐀', 'ê');
    fc.assert(fc.property(fc.array(letters, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      const habits = glideHabits(text);
      expect([habits[0]?.count ?? 0, habits[1]?.count ?? 0]).toEqual(reference(text));
    }), { numRuns: 2000 });
  });

  it('reports the habit used less, beside the first of the other', () => {
    const { plan } = compile(['KẾ HOẠCH', 'Y tế năm 2026', '', 'I. MỤC TIÊU', '- Hòa giải, hòa nhập và khỏe mạnh; thuỷ lợi.'].join('\n'));
    expect(plan.diagnostics.filter((d) => d.code === 'KH007').map((d) => d.message)).toEqual([expect.stringContaining('thuỷ')]);
  });
});

describe('folding', () => {
  it('folds case, diacritics, tone placement and đ, keeping the length', () => {
    expect(foldKey('CỘNG HOÀ')).toBe(foldKey('Cộng hòa'));
    expect(fold('Ủy ban')).toBe(fold('Uỷ ban'));
    expect(fold('Đường')).toBe('duong');
    expect(fold('Hòa').length).toBe('Hòa'.length);
  });

  it('folds every code unit as a character-by-character reference does, above the Latin range too', () => {
    // The reference: each unit decomposed, marks dropped, lower-cased; đ by hand; a unit that vanishes becomes a space.
    const reference = (text: string): string =>
      Array.from({ length: text.length }, (_, i) => {
        const unit = text[i]!;
        if (/[đĐÐð]/.test(unit)) return 'd';
        if (/[\ud800-\udfff]/.test(unit)) return unit;
        const folded = unit.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
        return folded.length === 0 ? ' ' : folded[0]!;
      }).join('');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => fold(text) === reference(text)), { numRuns: 500 });
    expect(fold('Ⅳ ＡＢ Ưu tiên 😀')).toBe(reference('Ⅳ ＡＢ Ưu tiên 😀'));
    // A unit whose decomposition lies beyond the BMP (U+FAD6), and a lone surrogate beside a wide unit: found by the property above.
    for (const text of ['\ufad6', 'a\ufad6 ≥', '\ud800 ≥ 90‰', '≥ \udc00']) expect(fold(text)).toBe(reference(text));
    // Keys are built as bytes; a unit that stays wider than a byte once folded (≥, ‰, Ⅳ) sends the whole key another road, short or long.
    const long = 'Ưu tiên ĐẠT trên 95% dân số; '.repeat(40);
    for (const text of [long, long.slice(0, 256), `${long}≥ 90‰`, `${long.slice(0, 200)}≥ 90‰`, 'µ × © ÿ']) expect(fold(text)).toBe(reference(text));
    expect(foldKey('  Kế   hoạch\tsố  ')).toBe('ke hoach so');
    const blanks = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u3000', 'Ư', 'đ', 'a', '\u0301', 'Ⅳ', '.');
    const texts = fc.oneof(fc.string({ unit: 'binary' }), fc.array(blanks, { maxLength: 300 }).map((p) => p.join('')));
    fc.assert(fc.property(texts, (text) => foldKey(text) === fold(text).replace(/\s+/g, ' ').trim()), { numRuns: 500 });
  });

  it('folds the beginning of a text as the key of that beginning, and a kind line to its letters', () => {
    const pieces = fc.constantFrom(' ', '  ', '\t', '\u00a0', 'Ư', 'đ', 'K', 'Ế', 'a', '\u0301', 'Ⅳ', '‰', '.', ':', '*', '_', '\ud800');
    const texts = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(pieces, { maxLength: 80 }).map((p) => p.join('')));
    fc.assert(
      fc.property(texts, fc.nat(90), (text, length) => foldStart(text, length) === foldKey(text.slice(0, length))),
      { numRuns: 500 },
    );
    fc.assert(fc.property(texts, (text) => foldLetters(text) === foldKey(text.replace(/[*_:.]/g, ' ')).replaceAll(' ', '')), { numRuns: 500 });
    expect(foldLetters('**K Ế  H O Ạ C H:**')).toBe('kehoach');
    expect(foldLetters('KẾ HOẠCH ≥')).toBe('kehoach≥');
  });

  it('keys a body by its folded letters and digits, each run of anything else one hyphen', () => {
    const reference = (name: string): string => fold(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
    const pieces = fc.constantFrom(' ', ' - ', ', ', '(', ')', 'Sở', 'Y tế', 'huyện', 'Đ', '2', 'Ⅳ', 'ß', '‰', '\u0301', '.');
    // two capitals in a row may be an abbreviation, which the key writes out: the reference does not
    const names = fc.oneof(fc.string({ maxLength: 40 }), fc.array(pieces, { maxLength: 12 }).map((p) => p.join(''))).filter((n) => !/\p{Lu}{2}/u.test(n));
    fc.assert(fc.property(names, (name) => canonicalKey(name) === reference(name)), { numRuns: 500 });
    expect(canonicalKey(' Trung tâm Y tế (huyện) - ')).toBe('trung-tam-y-te-huyen');
  });
});

describe('white space, case and messages', () => {
  it('collapses white space exactly as the \\s+ pattern does', () => {
    const blanks = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0085', '\u0001', 'a', 'ư', '.');
    fc.assert(fc.property(fc.array(blanks).map((parts) => parts.join('')), (text) => collapseSpaces(text) === text.replace(/\s+/g, ' ')), { numRuns: 500 });
  });

  it('tells capitals and small letters as the string methods do', () => {
    const reference = (ch: string, upper: boolean): boolean =>
      upper ? ch !== ch.toLowerCase() && ch === ch.toUpperCase() : ch !== ch.toUpperCase() && ch === ch.toLowerCase();
    for (const ch of ['A', 'z', 'Ư', 'ư', 'Đ', 'đ', 'Ặ', 'ặ', '1', ' ', 'ǅ', 'Ⅳ', 'ⅳ', '𐐀']) {
      expect(isUpper(ch)).toBe(reference(ch, true));
      expect(isLower(ch)).toBe(reference(ch, false));
    }
    expect(isMostlyUpper('KẾ HOẠCH')).toBe(true);
    expect(isMostlyUpper('Kế hoạch')).toBe(false);
  });

  it('reads the words before a position as splitting the text before it would', () => {
    const pieces = fc.constantFrom(' ', '  ', '\t', 'Số', 'tiêu', 'chí', 'x', '14');
    fc.assert(fc.property(fc.array(pieces).map((p) => p.join('')), fc.nat(), (text, n) => {
      const at = n % (text.length + 1);
      const words = text.slice(0, at).toLowerCase().split(/\s+/).filter(Boolean);
      const { last, lastTwo } = wordsBefore(text, at);
      // A word that runs on past `at` is cut there, as the slice cuts it.
      return last === (words.at(-1) ?? '') && lastTwo === words.slice(-2).join(' ');
    }), { numRuns: 500 });
  });

  it('fills message placeholders and keeps the unknown ones', () => {
    expect(format('{a} và {b}, lại {a}', { a: 1, b: 'hai' })).toBe('1 và hai, lại 1');
    expect(format('giữ {c} nguyên', {})).toBe('giữ {c} nguyên');
    expect(format('không có chỗ trống', { a: 1 })).toBe('không có chỗ trống');
  });
});

describe('patterns made from grammar lists', () => {
  it('tries the longest phrase first, escapes what a pattern would read, and lets a space match any blanks', () => {
    expect(alternation(['trong', 'trước', 'chậm nhất'])).toBe('chậm\\s+nhất|trong|trước');
    const deadline = new RegExp(`^(?:${alternation(['chậm', 'chậm nhất', 'v/v', 'a.b'])})`, 'u');
    expect(deadline.exec('chậm  nhất là ngày 15')?.[0]).toBe('chậm  nhất');
    expect(deadline.exec('v/v báo cáo')?.[0]).toBe('v/v');
    expect(deadline.test('axb')).toBe(false);
  });

  it('keeps a literal phrase as written: one space is one space', () => {
    const verbs = new RegExp(`^(?:${literalAlternation(['chủ trì', 'chủ', 'v/v', 'a.b'])})$`, 'u');
    for (const printed of ['chủ trì', 'chủ', 'v/v', 'a.b']) expect(verbs.test(printed)).toBe(true);
    for (const printed of ['chủ  trì', 'axb', 'chủ\ttrì']) expect(verbs.test(printed)).toBe(false);
    expect(literalAlternation(['và', 'chủ trì'])).toBe('chủ trì|và');
    expect(() => literalAlternation(['và', ''])).toThrow('an empty phrase');
  });

  it('matches nothing for an empty list, and refuses an empty phrase', () => {
    expect(new RegExp(`^(?:${alternation([])})`, 'u').test('')).toBe(false);
    expect(() => alternation(['và', ''])).toThrow('an empty phrase');
  });

  it('reads a word in either case, with or without its diacritics', () => {
    const number = new RegExp(`^${looseWord('Số')}:`, 'u');
    for (const printed of ['Số:', 'SỐ:', 'So:', 'số:']) expect(number.test(printed)).toBe(true);
    expect(number.test('Sở:')).toBe(false);
  });

  it('finds a deadline by the words the grammar lists', () => {
    const plan = [
      'ỦY BAN NHÂN DÂN HUYỆN AN PHÚ', 'Số: 12/KH-UBND', '', 'KẾ HOẠCH', 'Phòng, chống dịch bệnh năm 2026', '',
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Trạm Y tế các xã báo cáo kết quả thực hiện về Trung tâm Y tế huyện chậm nhất là ngày 15/12/2026.', '',
    ].join('\n');
    const { plan: compiled } = compile(plan);
    expect(compiled.reporting.map((r) => [r.deadline, r.to])).toEqual([[{ day: 15, month: 12 }, 'Trung tâm Y tế huyện']]);
  });

  it('takes a deadline for sending as a report\'s when the report word follows it in its clause', () => {
    const plan = (duty: string) => [
      'SỞ Y TẾ TỈNH AN GIANG', 'Số: 12/KH-SYT', '', 'KẾ HOẠCH', 'Phòng, chống tác hại của thuốc lá năm 2026', '',
      'I. TỔ CHỨC THỰC HIỆN', '1. Sở Giáo dục và Đào tạo', `- ${duty}`, '',
    ].join('\n');
    const read = (duty: string) => compile(plan(duty)).plan.reporting.map((r) => [r.period, r.deadline, r.to]);
    expect(read('Tổng hợp kết quả năm, gửi Sở Y tế trước ngày 05/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.'))
      .toEqual([['năm', { day: 5, month: 12 }, 'Sở Y tế']]);
    // no send word before the deadline, or the report word in another clause: a deadline of some other work
    expect(read('Hoàn thành tập huấn trước ngày 30/6/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.')).toEqual([]);
    expect(read('Gửi danh sách về Sở Y tế trước ngày 30/6/2026; báo cáo kết quả khi kết thúc năm học.')).toEqual([]);
  });

  it('takes a deadline that opens its clause, or follows its period and a comma, with the body after the report word; a report due in November or December is the year\'s', () => {
    const plan = ['KẾ HOẠCH', 'Y tế năm 2026', '', 'I. CHẾ ĐỘ BÁO CÁO',
      '- Hằng tháng, trước ngày 25, Trung tâm Kiểm soát bệnh tật tỉnh báo cáo tình hình dịch bệnh về Sở Y tế.',
      '- Trước ngày 05/12/2026, Ủy ban nhân dân các xã báo cáo kết quả thực hiện Kế hoạch về Sở Y tế.',
      '- Trước ngày 15/12/2026, Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Kế hoạch.',
      '- Trước ngày 30/6/2026, hoàn thành tập huấn; báo cáo kết quả khi kết thúc năm học.'].join('\n');
    expect(compile(plan).plan.reporting.map((r) => [r.period, r.deadline, r.to])).toEqual([
      ['tháng', { day: 25, month: null }, 'Sở Y tế'],
      ['năm', { day: 5, month: 12 }, 'Sở Y tế'],
      ['năm', { day: 15, month: 12 }, 'Ủy ban nhân dân tỉnh'],
    ]);
  });

  it('takes the deadlines of periods that come before the report word, "Định kỳ 6 tháng (trước ngày 15/6) …, các đơn vị báo cáo"', () => {
    const plan = ['KẾ HOẠCH', 'Y tế năm 2026', '', 'I. CHẾ ĐỘ BÁO CÁO',
      'Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12), các đơn vị báo cáo kết quả về Sở Y tế (qua Phòng Nghiệp vụ Y).'].join('\n');
    expect(compile(plan).plan.reporting.map((r) => [r.period, r.deadline, r.to])).toEqual([['6 tháng', { day: 15, month: 6 }, 'Sở Y tế'], ['năm', { day: 15, month: 12 }, 'Sở Y tế']]);
  });
});

describe('a budget table whose unit stands on the line above it', () => {
  const plan = (lines: string[]) => compile(['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. KINH PHÍ', ...lines].join('\n')).plan;

  it('scales the column headed as money by the unit the line names', () => {
    const { budget } = plan(['Đơn vị tính: triệu đồng', 'TT\tNội dung\tSố tiền', '1\tTập huấn\t12,5', '2\tTruyền thông\t30', '\tTổng cộng\t42,5']);
    expect(budget?.total).toMatchObject({ line: 9, amount: 42_500_000 });
    expect(budget?.items.map((i) => [i.line, i.label, i.amount])).toEqual([[7, 'Tập huấn', 12_500_000], [8, 'Truyền thông', 30_000_000]]);
  });

  it('reads the unit at the end of the table\'s title, and "ĐVT: đồng" as đồng', () => {
    const { budget } = plan(['Dự toán chi tiết (ĐVT: đồng)', 'TT\tNội dung\tKinh phí dự kiến', '1\tTập huấn\t1.500.000', '2\tIn ấn\t2.000.000']);
    expect(budget?.items.map((i) => i.amount)).toEqual([1_500_000, 2_000_000]);
  });

  it('is no budget table without a unit of money above it, nor with a unit of another kind', () => {
    expect(plan(['TT\tNội dung\tSố tiền', '1\tTập huấn\t12']).budget?.items).toEqual([]);
    expect(plan(['Đơn vị tính: người', 'TT\tNội dung\tSố tiền', '1\tTập huấn\t12']).budget?.items).toEqual([]);
  });
});

describe('appendices', () => {
  it('are one record per "Phụ lục" heading', () => {
    const doc = ['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. MỤC TIÊU', '1. Giảm tỷ lệ mắc.', '', 'Nơi nhận:', '- Lưu: VT.', '', 'GIÁM ĐỐC', '', 'Lê Văn A', '',
      'Phụ lục I', 'CHỈ TIÊU', '', 'Phụ lục II', 'KINH PHÍ'].join('\n');
    expect(compile(doc).plan.appendices.map((a) => [a.line, a.title])).toEqual([[14, 'Phụ lục I'], [17, 'Phụ lục II']]);
  });
});

describe('tone marks placed two ways (KH007)', () => {
  const lint = (lines: string[]) =>
    compile(['KẾ HOẠCH', ...lines].join('\n')).plan.diagnostics.filter((d) => d.code === 'KH007').map((d) => [d.line, d.column, d.message]);

  it('reports the first syllable of the habit used less, with the first of the other', () => {
    expect(lint(['Chăm sóc sức khỏe người cao tuổi', 'I. MỤC TIÊU', '- Nâng cao sức khỏe, hòa nhập cộng đồng.', '- Ủy ban nhân dân xã và Hội Khuyến học phối hợp, giữ gìn sức khoẻ.'])).toEqual([
      [5, 62, 'tone marks are placed two ways: "khoẻ" here, "khỏe" at line 2; keep to one'],
    ]);
  });

  it('says nothing of a document that keeps to one habit, nor of syllables with one place for the mark', () => {
    expect(lint(['Chăm sóc sức khỏe', '- Ủy ban, thủy lợi, hòa giải.'])).toEqual([]);
    expect(lint(['Chăm sóc sức khoẻ', '- Uỷ ban, thuỷ lợi, hoà giải.'])).toEqual([]);
    expect(lint(['Chăm sóc sức khỏe', '- Quý I, hoàn thành, huyện, tuyến, khuya.'])).toEqual([]);
  });

  it('compares capitals with small letters', () => {
    expect(lint(['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', '- Hòa giải ở cơ sở; hòa nhập.']).map((d) => d[0])).toEqual([2]);
  });
});

describe('tables as pandoc prints them in plain text', () => {
  it('leave a plan with a grid table plain text, though its rows start and end with "|"', () => {
    const doc = ['KẾ HOẠCH', 'Y tế năm 2025', '', '+-----------+-----------+', '| Nơi nhận: | GIÁM ĐỐC  |', '| - Lưu: VT.| Lê Văn A  |', '+-----------+-----------+'].join('\n');
    expect(compile(doc).plan.syntax).toBe('text');
    expect(compile('| a | b |\n|---|---|\n| 1 | 2 |\n').plan.syntax).toBe('markdown');
  });

  it('are no table where dashes only underline a header\'s words, as PDF text draws them', () => {
    const doc = ['ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'HUYỆN BÙ ĐĂNG                  Độc lập - Tự do - Hạnh phúc',
      '  ---------                       -----------------', 'Số: 27/KH-UBND                 Bù Đăng, ngày 18 tháng 02 năm 2025', '', 'KẾ HOẠCH', 'Y tế năm 2025'].join('\n');
    const { document } = compile(doc).plan;
    expect([document.number, document.place, document.issuer]).toEqual(['27/KH-UBND', 'Bù Đăng', 'ỦY BAN NHÂN DÂN HUYỆN BÙ ĐĂNG']);
  });
});

describe('a header and a closing whose narrow columns wrapped (pdftotext without -layout)', () => {
  it('reads the Quốc hiệu cut over two lines as one, and the issuer above it', () => {
    const doc = ['UBND HUYỆN MƯỜNG', 'NHÉ', 'TRUNG TÂM Y TẾ', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', 'NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Số: 218/KH-TTYT', '', 'Mường Nhé, ngày 14 tháng 01 năm 2027', 'KẾ HOẠCH', 'Phòng, chống bệnh sốt rét năm 2027'].join('\n');
    const { document } = compile(doc).plan;
    expect([document.issuer, document.parentBody, document.nationalMotto]).toEqual(['TRUNG TÂM Y TẾ', 'UBND HUYỆN MƯỜNG NHÉ', true]);
  });

  it('carries an unfinished entry of the list on to the next line, and a name on to the word under it', () => {
    const closing = (entry: string[], name: string[]) => compile(['KẾ HOẠCH', 'Y tế năm 2027', '', 'I. NHIỆM VỤ', '1. Giám sát.', 'Nơi nhận:', ...entry, '- UBND huyện;', '- Lưu: VT.', '', 'GIÁM ĐỐC', ...name].join('\n')).plan;
    const wrapped = closing(['- Sở Y tế tỉnh Điện', 'Biên;'], ['Lò Văn', 'Thành']);
    expect(wrapped.recipients.map((r) => r.name)).toEqual(['Sở Y tế tỉnh Điện Biên', 'UBND huyện']);
    expect([wrapped.signature?.name, wrapped.signature?.endLine]).toEqual(['Lò Văn Thành', 14]);
    // a finished entry ends there; a name under a blank line, or more than a word or two, is none of the name above
    const finished = closing(['- Sở Y tế;', 'Ban Giám đốc;'], ['Lò Văn Thành', '', 'Nguyễn Văn An']);
    expect(finished.recipients[0]?.name).toBe('Sở Y tế');
    expect(finished.signature?.name).toBe('Lò Văn Thành');
  });
});

describe('a plan read back by OCR (columns one space apart)', () => {
  it('parts the number and the date printed on one line, where the words before read as a number', () => {
    const header = (line: string) => compile(['ỦY BAN NHÂN DÂN', line, 'KẾ HOẠCH', 'Y tế năm 2027'].join('\n')).plan.document;
    expect(['Số: 12/KH-UBND Thái Bình, ngày 10 tháng 3 năm 2027', 'Số: 05 /KH- SYT Hà Nội, ngày 3 tháng 2 năm 2027', 'Số 141-KH/HU Giang Thành, ngày 25 tháng 3 năm 2025']
      .map((line) => { const d = header(line); return [d.number, d.place, d.date?.day]; }))
      .toEqual([['12/KH-UBND', 'Thái Bình', 10], ['05/KH-SYT', 'Hà Nội', 3], ['141-KH/HU', 'Giang Thành', 25]]);
  });

  it('reads a Quốc hiệu cut in its cell of a tab row, its rest on the line below (catdoc)', () => {
    const doc = ['SỞ Y TẾ NINH BÌNH', '', 'TRUNG TÂM KIỂM SOÁT BỆNH TẬT\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'VIỆT NAM', '', 'Độc lập - Tự do - Hạnh phúc', '', 'Số: 18/KH-KSBT\tNinh Bình, ngày 08 tháng 01 năm 2027', '', 'KẾ HOẠCH', 'Phòng, chống bệnh viêm gan vi rút năm 2027'].join('\n');
    const { document } = compile(doc).plan;
    expect([document.issuer, document.parentBody, document.nationalMotto]).toEqual(['TRUNG TÂM KIỂM SOÁT BỆNH TẬT', 'SỞ Y TẾ NINH BÌNH', true]);
  });

  it('reads a Quốc hiệu cut at a line\'s end beside the issuer, its rest at the end of a line below', () => {
    const doc = ['SỞ Y TẾ TỈNH HÀ GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', 'TRUNG TÂM KIỂM SOÁT BỆNH NAM', 'TẬT Độc lập - Tự do - Hạnh phúc', 'Số: 31/KH-KSBT Hà Giang, ngày 08 tháng 02 năm 2027', 'KẾ HOẠCH', 'Phòng, chống bệnh lao năm 2027'].join('\n');
    const { document } = compile(doc).plan;
    expect([document.issuer, document.parentBody, document.nationalMotto]).toEqual(['TRUNG TÂM KIỂM SOÁT BỆNH TẬT', 'SỞ Y TẾ TỈNH HÀ GIANG', true]);
  });

  it('reads a table\'s rows from their right end, and nothing where no row ends in values', () => {
    const plan = (rows: string[]) => compile(['KẾ HOẠCH', 'Y tế năm 2027', '', 'I. MỤC TIÊU', 'Đơn vị Ước thực hiện Kế hoạch', 'TT Chỉ tiêu tính năm 2026 năm 2027', ...rows, '', 'II. NHIỆM VỤ', '1. Giám sát.'].join('\n')).plan;
    const { tables, targets } = plan(['1 Tỷ lệ trẻ em được tiêm chủng đầy đủ % 93,5 ≥ 95', '2 Số xã đạt Bộ tiêu chí quốc gia về y tế Xã 41 Ít nhất 45', '3 — Số lượt người được khám sàng lọc tăng Lượt người 5.200 6.000', 'huyết áp']);
    expect(tables.map((t) => [t.header, t.rows])).toEqual([[['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Ước thực hiện năm 2026', 'Kế hoạch năm 2027'], [
      ['1', 'Tỷ lệ trẻ em được tiêm chủng đầy đủ', '%', '93,5', '≥ 95'],
      ['2', 'Số xã đạt Bộ tiêu chí quốc gia về y tế', 'Xã', '41', 'Ít nhất 45'],
      ['3', 'Số lượt người được khám sàng lọc tăng huyết áp', 'Lượt người', '5.200', '6.000'],
    ]]]);
    expect(targets.map((t) => [t.line, t.cmp, t.value, t.unit, t.year])).toEqual([[7, 'ge', 95, '%', 2027], [8, 'ge', 45, 'Xã', 2027], [9, 'eq', 6000, 'Lượt người', 2027]]);
    expect(plan(['Các chỉ tiêu được giao cho từng xã theo kế hoạch năm.', 'Trạm Y tế tổng hợp.']).tables).toEqual([]);
    // pdftotext -raw: the heading's cells one wrap each, a row's values on its last line
    const raw = compile(['KẾ HOẠCH', 'Y tế năm 2027', '', 'I. MỤC TIÊU', 'b) Chỉ tiêu hoạt động:', 'TT Chỉ tiêu Đơn vị', 'tính', 'Thực hiện', 'năm 2026', 'Kế hoạch', 'năm 2027',
      '1 Số lượt người bệnh được tư vấn tại', 'Phòng khám Dinh dưỡng', 'Lượt 3.214 ≥ 4.000', '2 Tỷ lệ người bệnh nội trú sử dụng suất', 'ăn bệnh lý', '% 41,6 > 50', 'II. NHIỆM VỤ', '1. Giám sát.'].join('\n')).plan;
    expect(raw.tables.map((t) => [t.line, t.header, t.rows, t.rowLines])).toEqual([[6, ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2026', 'Kế hoạch năm 2027'], [
      ['1', 'Số lượt người bệnh được tư vấn tại Phòng khám Dinh dưỡng', 'Lượt', '3.214', '≥ 4.000'],
      ['2', 'Tỷ lệ người bệnh nội trú sử dụng suất ăn bệnh lý', '%', '41,6', '> 50'],
    ], [12, 15]]]);
    expect(raw.targets.map((t) => [t.line, t.cmp, t.value, t.unit])).toEqual([[14, 'ge', 4000, 'Lượt'], [17, 'gt', 50, '%']]);
    expect(plan(['1 Tỷ lệ trẻ em được tiêm chủng đầy đủ % 93,5 ≥ 95']).tables).toEqual([]);
  });
});

describe('tables as pdftotext prints them without -layout', () => {
  const plan = (table: string[]) => compile(['KẾ HOẠCH', 'Y tế năm 2026', '', 'I. MỤC TIÊU', ...table, '', 'II. NHIỆM VỤ', '1. Giám sát.'].join('\n')).plan;

  it('are read whatever lines a cell wraps to, where a blank line parts the cells', () => {
    const { tables, targets } = plan(['T', 'T', '', 'Chỉ tiêu', '', 'Đơn vị', 'tính', '', 'Kế hoạch năm', '2026', '', '1', '', 'Tỷ lệ trẻ em được tiêm chủng', 'đầy đủ', '', '%', '', '≥ 95', '', '2', '', 'Số xã đạt chuẩn', '', 'Xã', '', '45']);
    expect(tables.map((t) => [t.line, t.header, t.rows, t.rowLines])).toEqual([[5, ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2026'], [['1', 'Tỷ lệ trẻ em được tiêm chủng đầy đủ', '%', '≥ 95'], ['2', 'Số xã đạt chuẩn', 'Xã', '45']], [16, 25]]]);
    expect(targets.map((t) => [t.line, t.cmp, t.value, t.unit, t.indicator])).toEqual([[23, 'ge', 95, '%', 'Tỷ lệ trẻ em được tiêm chủng đầy đủ'], [31, 'eq', 45, 'Xã', 'Số xã đạt chuẩn']]);
    expect(plan([]).diagnostics.map((d) => d.code)).not.toContain('KH008');
  });

  it('are said to be unread (KH008) where a wrapped cell\'s lines fall among its neighbours\', and no row is made across them', () => {
    // pdftotext's own output for a row whose unit shares a line of print with the indicator's first line
    const { tables, diagnostics } = plan(['STT', '', 'Chỉ tiêu', '', 'Đơn vị tính', '', 'Ước thực hiện', 'năm 2025', '', 'Kế hoạch', 'năm 2026', '', '1', '',
      'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy', '%', 'đủ các loại vắc xin trong chương trình', '', '92,4', '', '≥ 95', '', '2', '', 'Số xã đạt Bộ tiêu chí quốc gia về y tế', '', 'Xã', '', '41', '', '45']);
    expect(tables).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'KH008').map((d) => [d.line, d.column, d.severity])).toEqual([[5, 1, 'warning']]);
  });

  it('are said to be unread where the cells come one per line without blank lines, and out of their rows', () => {
    const { diagnostics } = plan(['TT', 'Chỉ tiêu', 'Đơn vị', 'Thực', 'Kế hoạch', 'tính', 'hiện năm năm 2026', '2025', '1 Tỷ lệ hộ gia đình được cấp', '%', '86,5', '≥ 95', 'Cloramin B']);
    expect(diagnostics.filter((d) => d.code === 'KH008').map((d) => d.line)).toEqual([5]);
  });

  it('are read without an ordinal column where each cell is a paragraph (AbiWord), the last cell of each row a value', () => {
    const { tables, targets } = plan(['Chỉ tiêu', '', 'Đơn vị tính', '', 'Kế hoạch năm 2027', '', 'Số xã triển khai phục hồi chức năng dựa vào cộng đồng', '', 'Xã', '', '48', '',
      'Tỷ lệ người khuyết tật được khám, tư vấn', '', '%', '', '≥ 70', '', '- Trên 60% trẻ em khuyết tật được can thiệp sớm.']);
    expect(tables.map((t) => [t.header, t.rows])).toEqual([[['Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2027'], [['Số xã triển khai phục hồi chức năng dựa vào cộng đồng', 'Xã', '48'], ['Tỷ lệ người khuyết tật được khám, tư vấn', '%', '≥ 70']]]]);
    expect(targets.map((t) => [t.line, t.cmp, t.value, t.unit])).toEqual([[23, 'gt', 60, '%'], [15, 'eq', 48, 'Xã'], [21, 'ge', 70, '%']]);
  });

  it('take a value cell of such a table after a sign typed as two characters, as grammar/quantities.json lists them', () => {
    const { targets } = plan(['Chỉ tiêu', '', 'Đơn vị tính', '', 'Kế hoạch năm 2027', '', 'Số xã triển khai phục hồi chức năng', '', 'Xã', '', '48', '',
      'Tỷ lệ người khuyết tật được khám, tư vấn', '', '%', '', '>= 70', '']);
    expect(targets.map((t) => [t.line, t.cmp, t.value, t.unit])).toEqual([[15, 'eq', 48, 'Xã'], [21, 'ge', 70, '%']]);
  });

  it('are read as before where each cell is one line (Word, docx2txt), and not said to be unread', () => {
    const { tables, diagnostics } = plan(['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2026', '1', 'Tỷ lệ trẻ em được tiêm chủng đầy đủ', '%', '≥ 95', '2', 'Số xã đạt chuẩn', 'Xã', '45']);
    expect(tables.map((t) => t.rows.length)).toEqual([2]);
    expect(diagnostics.map((d) => d.code)).not.toContain('KH008');
  });
});

describe('a web page dumped by links', () => {
  it('reads a grid whose columns only the borders between rows draw, its first row the heading', () => {
    const { tables, targets } = compile(['KẾ HOẠCH', 'Y tế năm 2027', '', 'I. MỤC TIÊU', '', '   +--------------------------------------------------+',
      '   | TT | Chỉ tiêu                    | Đơn vị | Năm 2027 |', '   |----+-----------------------------+--------+----------|',
      '   | 1  | Số phụ nữ được khám sàng    | Người  | ≥ 6.000  |', '   |    | lọc ung thư cổ tử cung      |        |          |',
      '   |----+-----------------------------+--------+----------|', '   | 2  | Tỷ lệ xã tổ chức truyền     | %      | 100      |',
      '   |    | thông                       |        |          |', '   +--------------------------------------------------+', '', 'II. NHIỆM VỤ', '1. Giám sát.'].join('\n')).plan;
    expect(tables.map((t) => [t.header, t.rows])).toEqual([[['TT', 'Chỉ tiêu', 'Đơn vị', 'Năm 2027'], [['1', 'Số phụ nữ được khám sàng lọc ung thư cổ tử cung', 'Người', '≥ 6.000'], ['2', 'Tỷ lệ xã tổ chức truyền thông', '%', '100']]]]);
    expect(targets.map((t) => [t.line, t.cmp, t.value, t.unit])).toEqual([[9, 'ge', 6000, 'Người'], [12, 'eq', 100, '%']]);
  });

  it('parts the widest entry of the list from the title of the signature one space beside it', () => {
    const { recipients, signature } = compile(['KẾ HOẠCH', 'Y tế năm 2027', '', 'I. NHIỆM VỤ', '1. Khám sàng lọc.', '',
      '   Nơi nhận:                            TM. BAN THƯỜNG VỤ   ', '   - TW Hội LHPN Việt Nam (b/c);        KT. CHỦ TỊCH        ',
      '   - Ban Tuyên giáo và Dân vận Tỉnh ủy; PHÓ CHỦ TỊCH        ', '   - Sở Y tế;                                               ',
      '   - Lưu: VT, GĐXH.                     Đinh Thị Hồng Nhung '].join('\n')).plan;
    expect(recipients.map((r) => r.name)).toEqual(['TW Hội LHPN Việt Nam', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Sở Y tế']);
    expect([signature?.authority, signature?.capacity, signature?.title, signature?.name]).toEqual(['TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Đinh Thị Hồng Nhung']);
  });

  it('finds the Quốc hiệu\'s motto one space from the issuer below the portal\'s menu and headline', () => {
    const doc = ['   Trang chủ | Giới thiệu | Tin tức | Văn bản', '   Trang chủ > Văn bản > Kế hoạch', '', 'Kế hoạch vận động phụ nữ khám sàng lọc ung thư năm 2027', '', '   Ngày đăng: 12/01/2027 | Lượt xem: 215', '',
      '   HỘI LHPN VIỆT NAM       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '   HỘI LHPN TỈNH NINH BÌNH Độc lập - Tự do - Hạnh phúc', '   Số: 05/KH-HLHPN         Ninh Bình, ngày 08 tháng 01 năm 2027', '', '   KẾ HOẠCH', '   Vận động phụ nữ khám sàng lọc ung thư năm 2027'].join('\n');
    const { document } = compile(doc).plan;
    expect([document.issuer, document.parentBody]).toEqual(['HỘI LHPN TỈNH NINH BÌNH', 'HỘI LHPN VIỆT NAM']);
  });
});

describe('a recipient wrapped onto the next line', () => {
  it('keeps its note in brackets, and the entries after it', () => {
    const doc = ['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. NHIỆM VỤ', '1. Tuyên truyền.', '', 'Nơi nhận:', '- Sở Y tế', '(b/c);', '- UBND huyện;', '- Lưu: VT.', '', 'GIÁM ĐỐC', '', 'Lê Văn A'].join('\n');
    const { recipients, archive } = compile(doc).plan;
    expect(recipients.map((r) => [r.name, r.note])).toEqual([['Sở Y tế', 'b/c'], ['UBND huyện', null]]);
    expect(archive).toEqual(['VT']);
  });
});

describe('page furniture', () => {
  const doc = (page: (n: number) => string[]) => ['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. NHIỆM VỤ',
    '- Giám sát nhiễm khuẩn tại các khoa.', ...page(2), '- Tập huấn vệ sinh tay.', ...page(3), '- Kiểm tra chéo.', ...page(4), '- Báo cáo quý.'].join('\n');

  it('is a running header whose page number changes from page to page', () => {
    const { tasks, targets } = compile(doc((n) => ['', '', `Bệnh viện Đa khoa tỉnh    Trang ${n}/4`, '', ''])).plan;
    expect(tasks.map((t) => t.line)).toEqual([5, 11, 17, 23]);
    expect(targets).toEqual([]);
  });

  it('is a page number that says so ("Trang 2/4") and the running header beside it, with no blank line around them (Acrobat\'s text)', () => {
    const { tasks } = compile(doc((n) => [`Trang ${n - 1}/4`, 'Kế hoạch số 15/KH-BV ngày 05/01/2025 của Bệnh viện'])).plan;
    expect(tasks.map((t) => [t.line, t.text])).toEqual([[5, 'Giám sát nhiễm khuẩn tại các khoa.'], [8, 'Tập huấn vệ sinh tay.'], [11, 'Kiểm tra chéo.'], [14, 'Báo cáo quý.']]);
    // a sentence the page break cuts goes on after the footer and the header
    const cut = ['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. MỤC TIÊU', 'Tỷ lệ người bệnh được quản lý đạt không dưới', 'Trang 1/3', 'Kế hoạch số 15/KH-BV', '50%.',
      'Trang 2/3', 'Kế hoạch số 15/KH-BV', 'II. NHIỆM VỤ', '1. Giám sát.', 'Trang 3/3', 'Kế hoạch số 15/KH-BV'].join('\n');
    expect(compile(cut).plan.targets.map((t) => [t.cmp, t.value, t.indicator])).toEqual([['ge', 50, 'Tỷ lệ người bệnh được quản lý']]);
  });

  it('passes through a table printed one cell per line that a page break cuts, its rows read on both sides', () => {
    const table = ['KẾ HOẠCH', 'Y tế năm 2026', '', 'I. NHIỆM VỤ', '1. Các hoạt động trọng tâm', 'TT', 'Nội dung hoạt động', 'Thời gian',
      '1', 'Rà soát danh sách người bệnh', 'Quý I', 'Trang 1/3', 'Kế hoạch số 15/KH-SYT', '2', 'Tập huấn cán bộ', 'Quý II', 'Trang 2/3', 'Kế hoạch số 15/KH-SYT',
      'II. TỔ CHỨC THỰC HIỆN', 'Các đơn vị triển khai.', 'Trang 3/3', 'Kế hoạch số 15/KH-SYT'].join('\n');
    expect(compile(table).plan.tasks.map((t) => [t.line, t.label, t.title])).toEqual([
      [5, '1', 'Các hoạt động trọng tâm'], [9, '1', 'Rà soát danh sách người bệnh'], [14, '2', 'Tập huấn cán bộ'],
    ]);
  });

  it('carries on a document number cut at its own hyphen ("1300/QĐ-" over "BYT; …")', () => {
    const doc = ['KẾ HOẠCH', 'Y tế năm 2026', '', 'I. NHIỆM VỤ', '1. Chuyên môn', 'a) Điều trị: áp dụng hướng dẫn tại Quyết định số 1300/QĐ-', 'BYT; lập hồ sơ quản lý.', 'b) Thuốc: bảo đảm cung ứng.'].join('\n');
    expect(compile(doc).plan.tasks.map((t) => [t.line, t.label, t.text])).toEqual([
      [5, '1', ''], [6, 'a', 'áp dụng hướng dẫn tại Quyết định số 1300/QĐ- BYT; lập hồ sơ quản lý.'], [8, 'b', 'bảo đảm cung ứng.'],
    ]);
  });

  it('carries a short item on past a word no heading stops on, and a quarter cut from its year', () => {
    const tasks = (lines: string[]) => compile(['KẾ HOẠCH', 'Y tế năm 2026', '', 'I. NHIỆM VỤ', ...lines].join('\n')).plan.tasks.map((t) => [t.line, t.text]);
    expect(tasks(['a) Nhân lực: Bố trí cấp cứu 24/24 giờ tại các bệnh viện và', 'Trung tâm Y tế khu vực.', 'b) Diễn tập: Tổ chức diễn tập tại 03 cơ sở y tế trong quý', 'III/2026.']))
      .toEqual([[5, 'Bố trí cấp cứu 24/24 giờ tại các bệnh viện và Trung tâm Y tế khu vực.'], [7, 'Tổ chức diễn tập tại 03 cơ sở y tế trong quý III/2026.']]);
    expect(tasks(['5. Đề nghị Bệnh viện Đa khoa tỉnh và Bệnh viện Sản -', 'Nhi tỉnh: Phối hợp điều trị.'])).toEqual([[5, 'Phối hợp điều trị.']]);
    // a clause break, a title with its text after the colon, a request whose next line is no duty's verb: no heading
    expect(tasks(['2- Văn phòng Đảng ủy xây dựng lịch khám; tổng hợp, báo cáo Ban Thường vụ', 'Tỉnh ủy trước ngày 10/12/2027.']).map(([line]) => line)).toEqual([5]);
    expect(tasks(['4. Nâng cao năng lực: tập huấn cho 130 nhân viên Trạm', 'Y tế; cử 02 bác sĩ đi đào tạo.'])).toEqual([[5, 'tập huấn cho 130 nhân viên Trạm Y tế; cử 02 bác sĩ đi đào tạo.']]);
    expect(tasks(['3- Đề nghị Công đoàn, Đoàn Thanh niên Các cơ quan', 'Đảng tỉnh tổ chức hoạt động thể thao.']).map(([line]) => line)).toEqual([5]);
    expect(tasks(['5. Đề nghị Huyện đoàn và Hội Liên hiệp Phụ nữ huyện', 'Chỉ đạo cơ sở Đoàn tuyên truyền.']).map(([line]) => line)).toEqual([5, 6]);
    // a heading that ends a sentence, or stops on another word, keeps the line under it apart
    expect(tasks(['a) Các chỉ tiêu như sau:', 'Trung tâm Y tế khu vực bảo đảm.']).map(([line]) => line)).toEqual([5, 6]);
  });

  it('nests a bullet indented under one of its own kind that leads into it, and no other', () => {
    const tasks = (lines: string[]) => compile(['KẾ HOẠCH', 'Y tế năm 2027', '', 'I. NHIỆM VỤ', ...lines].join('\n')).plan.tasks.map((t) => [t.line, t.parent]);
    expect(tasks(['3. Tổ chức', '* Tiêm thường xuyên.', '* Tiêm bù cho trẻ:', '    * Tại xã: tiêm lưu động.', '    * Tại phường: rà soát.', '* Bảo đảm an toàn.']))
      .toEqual([[5, null], [6, 'task-5'], [7, 'task-5'], [8, 'task-7'], [9, 'task-7'], [10, 'task-5']]);
    expect(tasks(['3. Tổ chức', '* Tiêm thường xuyên.', '    * Tại xã: tiêm lưu động.']).map(([, parent]) => parent)).toEqual([null, 'task-5', 'task-5']);
  });

  it('drops a page number a page break left right above a labelled item', () => {
    const tasks = (lines: string[]) => compile(['KẾ HOẠCH', 'Y tế năm 2026', '', 'I. NHIỆM VỤ', ...lines].join('\n')).plan.tasks.map((t) => [t.line, t.label, t.text]);
    expect(tasks(['a) Thuốc: bảo đảm cơ số.', '', '\f3', 'b) Truyền thông: hướng dẫn người dân.'])).toEqual([[5, 'a', 'bảo đảm cơ số.'], [8, 'b', 'hướng dẫn người dân.']]);
  });

  it('carries on a Party number cut at its slash across the blank line a PDF reader puts there, and nothing that is not its rest', () => {
    const tasks = (rest: string) =>
      compile(['KẾ HOẠCH', 'Y tế năm 2026', '', 'I. NHIỆM VỤ', 'a) Điều trị: thực hiện Kế hoạch số 141-KH/', '', rest, 'b) Thuốc: bảo đảm cung ứng.'].join('\n')).plan.tasks.map((t) => [t.line, t.text]);
    expect(tasks('HU ngày 05/3/2025 của Huyện ủy.')).toEqual([[5, 'thực hiện Kế hoạch số 141-KH/ HU ngày 05/3/2025 của Huyện ủy.'], [8, 'bảo đảm cung ứng.']]);
    expect(tasks('Hướng dẫn chung của ngành.').map(([line]) => line)).toEqual([5, 7, 8]);
  });

  it('is a footnote at the foot of a page, with the line that carries it on', () => {
    const { tasks } = compile(doc((n) => (n === 3 ? ['', '\u00b2 Trừ trường hợp cố ý vi phạm quy định', 'chuyên môn.', '', '3', ''] : []))).plan;
    expect(tasks.map((t) => [t.line, t.text])).toEqual([[5, 'Giám sát nhiễm khuẩn tại các khoa.'], [6, 'Tập huấn vệ sinh tay.'], [13, 'Kiểm tra chéo.'], [14, 'Báo cáo quý.']]);
  });
});

describe('labels of one level printed two ways (KH205)', () => {
  const lint = (items: string[]) =>
    compile(['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. NHIỆM VỤ', ...items].join('\n')).plan.diagnostics.filter((d) => d.code === 'KH205').map((d) => [d.line, d.message]);

  it('reports the first label of the way printed less, beside the first of the other', () => {
    expect(lint(['5. Y tế cơ sở', '5.1. Tuyến xã', '5.2 Tuyến huyện', '5.3 Phối hợp'])).toEqual([[6, 'item 5.1. is printed otherwise than 5.2 at line 7, at the same level']]);
    expect(lint(['1. Truyền thông', '2) Giám sát', '3. Báo cáo'])).toEqual([[6, 'item 2) is printed otherwise than 1. at line 5, at the same level']]);
  });

  it('says nothing of levels that keep to one way, whatever the other levels do', () => {
    expect(lint(['1. Truyền thông', 'a) Tại xã', 'b) Tại huyện', '2. Giám sát', 'a. Ca bệnh', 'b. Ổ dịch'])).toEqual([]);
  });
});

describe('Word\'s numbering with a tab after the label', () => {
  it('starts an item, not a table row', () => {
    const doc = ['KẾ HOẠCH', 'Y tế năm 2026', '', 'I. NHIỆM VỤ', '1. Phòng, chống dịch bệnh', 'a)\tTiêm chủng mở rộng: tiêm đủ mũi cho trẻ.', 'b)\tPhòng, chống dịch: giám sát ổ dịch.'].join('\n');
    expect(compile(doc).plan.tasks.map((t) => [t.line, t.label, t.title])).toEqual([[5, '1', 'Phòng, chống dịch bệnh'], [6, 'a', 'Tiêm chủng mở rộng'], [7, 'b', 'Phòng, chống dịch']]);
  });
});

describe('a pipe table wrapped as html2text wraps it', () => {
  it('joins a heading and a row carried onto the next line, each target on the line its value stands', () => {
    const doc = ['# KẾ HOẠCH', '', 'Y tế năm 2026', '', '## I. MỤC TIÊU', '', '**TT** | **Chỉ tiêu** | **ĐVT** | **Kế hoạch năm', '2026**  ', '---|---|---|---  ',
      '1 | Cơ sở phân loại chất thải đúng quy định | % | 100  ', '2 | Người lao động được khám sức khỏe định kỳ, khám phát hiện bệnh', '| % | > 95  '].join('\n');
    expect(compile(doc, { file: 'a.md' }).plan.targets.map((t) => [t.line, t.cmp, t.value, t.unit, t.indicator])).toEqual([
      [10, 'eq', 100, '%', 'Cơ sở phân loại chất thải đúng quy định'],
      [12, 'gt', 95, '%', 'Người lao động được khám sức khỏe định kỳ, khám phát hiện bệnh'],
    ]);
  });
});

describe('a plan copied from a web portal\'s page', () => {
  const doc = ['THƯ VIỆN PHÁP LUẬT', 'Số hiệu:\t38/KH-UBND\tLoại văn bản:\tKế hoạch', 'Tình trạng:\tĐã biết', '', 'ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 38/KH-UBND', 'Quảng Ninh, ngày 15 tháng 01 năm 2026', '', 'KẾ HOẠCH', 'Y tế năm 2026',
    'Căn cứ Quyết định số 1679/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ;', 'I. NHIỆM VỤ', '1. Truyền thông.', '', 'Nơi nhận:', '- Lưu: VT.', '',
    'CHỦ TỊCH', '', 'Vũ Văn A', '', 'Văn bản liên quan cùng nội dung', 'Nghị quyết 137/NQ-CP năm 2017 về công tác dân số'].join('\n');

  it('takes the kind from the document, not from the portal\'s table about it ("Loại văn bản: Kế hoạch")', () => {
    const { document } = compile(doc).plan;
    expect([document.kind, document.number, document.place, document.title]).toEqual(['KẾ HOẠCH', '38/KH-UBND', 'Quảng Ninh', 'Y tế năm 2026']);
  });

  it('takes the portal\'s name above its table for no superior body of the issuer', () => {
    const { document } = compile(doc).plan;
    expect([document.issuer, document.parentBody]).toEqual(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH', null]);
    // without the portal's table, a body above the issuer is its superior
    const plain = doc.replace('Số hiệu:\t38/KH-UBND\tLoại văn bản:\tKế hoạch\nTình trạng:\tĐã biết\n', '').replace('THƯ VIỆN PHÁP LUẬT', 'BỘ Y TẾ');
    expect([compile(plain).plan.document.issuer, compile(plain).plan.document.parentBody]).toEqual(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH', 'BỘ Y TẾ']);
  });

  it('cites none of the documents the portal lists under the signature, but keeps the notes of the plan', () => {
    expect(compile(doc).plan.references.map((r) => r.number)).toEqual(['1679/QĐ-TTg']);
    const noted = doc.replace('Văn bản liên quan cùng nội dung', '\u00b9 Theo Thông tư số 09/2012/TT-BYT ngày 24/5/2012 của Bộ Y tế.');
    expect(compile(noted).plan.references.map((r) => r.number)).toEqual(['1679/QĐ-TTg', '09/2012/TT-BYT']);
  });
});

describe('a draft typed without diacritics', () => {
  const doc = ['UY BAN NHAN DAN XA PHU VINH', 'So: 15/KH-UBND', 'Phu Vinh, ngay 03 thang 4 nam 2026', '', 'KE HOACH', 'Ve sinh moi truong nam 2026', '',
    'I. KINH PHI', 'Tong kinh phi: 50.000.000 dong, gom:', '- Ngan sach xa: 30.000.000 dong;', '- Nguon xa hoi hoa: 20 trieu dong.', '',
    'II. TO CHUC THUC HIEN', '1. De nghi Uy ban Mat tran To quoc Viet Nam xa: Van dong Nhan dan tham gia.', '',
    'III. CHE DO BAO CAO', 'Tram Y te xa bao cao hang thang truoc ngay 25 ve UBND xa.', '', 'Noi nhan:', '- Luu: VT.', '', 'CHU TICH', '', 'Tran Van A'].join('\n');

  it('reads its amounts, its requests and its deadlines, and takes its spelling of "Nơi nhận" for no slip', () => {
    const { budget, assignees, reporting, diagnostics } = compile(doc).plan;
    expect([budget?.total?.amount, budget?.items.map((i) => i.amount)]).toEqual([50_000_000, [30_000_000, 20_000_000]]);
    expect(assignees.map((a) => [a.name, a.requested])).toEqual([['Uy ban Mat tran To quoc Viet Nam xa', true]]);
    expect(reporting.map((r) => [r.period, r.deadline, r.to])).toEqual([['thang', { day: 25, month: null }, 'UBND xa']]);
    expect(diagnostics.map((d) => d.code)).not.toContain('KH302');
  });
});

describe('amounts in messages', () => {
  it('groups an amount as the de-DE locale does, whole amounts by hand', () => {
    const locale = new Intl.NumberFormat('de-DE');
    const amounts = fc.oneof(fc.maxSafeInteger(), fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(0, -0, 999, 1000, -1000, 2.5, 1e21));
    fc.assert(fc.property(amounts, (value) => groupedAmount(value) === locale.format(value)), { numRuns: 1000 });
    expect(groupedAmount(1250000)).toBe('1.250.000');
    expect(groupedAmount(2.5)).toBe('2,5');
  });
});

describe('text without blank lines, as OCR and Ghostscript\'s txtwrite print it', () => {
  const lines = ['ỦY BAN NHÂN DÂN', 'XÃ TÂN KỲ', 'Số: 58/KH-UBND', 'KẾ HOẠCH', '. . .', 'Bổ sung vitamin A đợt 1 năm 2027', '.', 'I. MỤC TIÊU',
    '1. Mục tiêu chung', '- Trên 98% trẻ em từ 6 đến 36 tháng tuổi được uống vitamin A.', '. .', 'II. NHIỆM VỤ', '1. Rà soát đối tượng', 'Lập danh sách tại các thôn.'];

  it('ends the title at the section heading under it', () => {
    const { document, sections } = compile(lines.join('\n')).plan;
    expect(document.title).toBe('Bổ sung vitamin A đợt 1 năm 2027');
    expect(sections.map((s) => [s.line, s.label])).toEqual([[8, 'I'], [12, 'II']]);
    // and at a numbered item, in a plan with no Roman sections
    const numbered = compile(['KẾ HOẠCH', 'Bổ sung vitamin A đợt 1 năm 2027', '1. Rà soát đối tượng', '2. Tổ chức uống vitamin A'].join('\n')).plan;
    expect(numbered.document.title).toBe('Bổ sung vitamin A đợt 1 năm 2027');
  });

  it('reads lines of single dots as specks on the scan, not as text', () => {
    const { tasks, targets } = compile(lines.join('\n')).plan;
    expect(tasks.map((t) => [t.line, t.label])).toEqual([[13, '1'], [14, null]]);
    expect(targets.map((t) => [t.line, t.value])).toEqual([[10, 98]]);
    // a dotted rule is no speck
    expect(compile(['KẾ HOẠCH', 'Bổ sung vitamin A', '..........', 'Ủy ban nhân dân xã ban hành Kế hoạch như sau:'].join('\n')).plan.document.title).toBe('Bổ sung vitamin A');
  });

  it('keeps an underscore inside a word: no emphasis, in plain text or markdown', () => {
    expect(compile(['KẾ HOẠCH', 'Triên khai Chiên d_ch bô sung vitamin A', '', 'I. MỤC TIÊU', '- Đạt 95%.'].join('\n')).plan.document.title).toBe('Triên khai Chiên d_ch bô sung vitamin A');
    expect(compile(['**KẾ HOẠCH**', '', '__Triển khai chiến dịch__', '', '## I. MỤC TIÊU', '', '- Đạt 95%.'].join('\n'), { file: 'k.md' }).plan.document.title).toBe('Triển khai chiến dịch');
  });
});

describe('markdown written by pandoc\'s commonmark_x', () => {
  const doc = ['# KẾ HOẠCH {#kế-hoạch}', '', 'Cấp phép hành nghề năm 2027', '', '# I. MỤC TIÊU {#i.-mục-tiêu .unnumbered}', '', '- Đạt 95%.', '',
    '# II. NHIỆM VỤ, GIẢI PHÁP {#ii.-nhiệm-vụ-giải-pháp}', '', '## 1. Cải cách thủ tục {#cải-cách-thủ-tục}', '',
    'a\\) Tổ chức kiểm tra đánh giá năng lực hành nghề theo quy định, ít nhất', '02 đợt trong năm.', '', 'b\\) Rà soát hồ sơ.'].join('\n');
  const { sections, tasks, targets } = compile(doc, { file: 'k.md' }).plan;

  it('drops a heading\'s attributes from its title', () => {
    expect(sections.map((s) => s.title)).toEqual(['MỤC TIÊU', 'NHIỆM VỤ, GIẢI PHÁP']);
    expect(tasks[0]?.title).toBe('Cải cách thủ tục');
  });

  it('carries a paragraph on over a line that opens on a count', () => {
    expect(tasks.map((t) => [t.line, t.label])).toEqual([[11, '1'], [13, 'a'], [16, 'b']]);
    expect(targets.map((t) => [t.line, t.value, t.unit])).toContainEqual([14, 2, 'đợt']);
  });
});

describe('a paragraph that introduces the numbered tasks', () => {
  const tasksOf = (intro: string) => compile(['KẾ HOẠCH', 'Cấp phép hành nghề năm 2027', '', 'I. NHIỆM VỤ, GIẢI PHÁP', '', intro, '', '1. Rà soát cơ sở.', '', '2. Kiểm tra định kỳ.'].join('\n')).plan.tasks.map((t) => [t.line, t.label]);

  it('is no task', () => {
    expect(tasksOf('Phân công cụ thể tại Phụ lục kèm theo. Các nhiệm vụ trọng tâm gồm:')).toEqual([[8, '1'], [10, '2']]);
  });

  it('stays a task when it states work at length, or does not end in a colon', () => {
    const long = 'Triển khai thực hiện đồng bộ các nhiệm vụ, giải pháp theo Kế hoạch bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân đến năm 2030 của Ủy ban nhân dân tỉnh. Tổ chức thực hiện các nội dung sau:';
    expect(tasksOf(long)).toEqual([[6, null], [8, '1'], [10, '2']]);
    expect(tasksOf('Tăng cường kiểm tra các cơ sở hành nghề.')).toEqual([[6, null], [8, '1'], [10, '2']]);
  });
});

describe('markdown written by html-to-md from LibreOffice\'s HTML', () => {
  const doc = ['|||', '|---|---|', '<col /><col />|<font>ỦY BAN NHÂN DÂN</font><font>**PHƯỜNG TAM ĐIỆP**</font><font>Số: 08/KH-UBND</font>|<font>**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**</font><font><u>**Độc lập - Tự do - Hạnh phúc**</u></font><font>*Tam Điệp, ngày 12 tháng 01 năm 2027*</font>|',
    '', '**KẾ HOẠCH**', '', '**Phòng, chống ngộ độc rượu năm 2027**', '', '**I. MỤC TIÊU**', '',
    '||||||', '|---|---|---|---|---|', '<col /><col /><col /><col /><col />|<font>**TT**</font>|<font>**Chỉ tiêu**</font>|<font>**ĐVT**</font>|<font>**Quý I**</font>|<font>**Quý II**</font>|',
    '|<font>1</font>|<font>Tỷ lệ hộ ký cam kết</font>|<font>%</font>|≥ <font>30</font>|< <font>60</font>|', '', '**II. NHIỆM VỤ**', '', '**1\\. Tuyên truyền.**'].join('\n');
  const { document, targets } = compile(doc, { file: 'k.md' }).plan;

  it('reads a table whose first row follows its column tags, a cell\'s paragraphs in their font tags', () => {
    expect([document.issuer, document.number, document.place, document.date]).toEqual(['ỦY BAN NHÂN DÂN PHƯỜNG TAM ĐIỆP', '08/KH-UBND', 'Tam Điệp', { year: 2027, month: 1, day: 12 }]);
    expect(targets.map((t) => [t.line, t.cmp, t.value, t.unit])).toEqual([[14, 'ge', 30, '%'], [14, 'lt', 60, '%']]);
  });

  it('reads a body\'s bold name whose colon is glued to its duty ("**3\\. Trạm Y tế phường:**Tổ chức …")', () => {
    const plan = compile(['**KẾ HOẠCH**', '', '**Phòng, chống ngộ độc rượu năm 2027**', '', '**I. TỔ CHỨC THỰC HIỆN**', '',
      '**1\\. Trạm Y tế phường:**Tổ chức giám sát, sơ cứu, chuyển tuyến.', '', '**2\\. Công an phường:**Nắm tình hình, xử lý vi phạm.'].join('\n'), { file: 'k.md' }).plan;
    expect(plan.assignees.map((a) => [a.line, a.name, a.duties.length])).toEqual([[7, 'Trạm Y tế phường', 1], [9, 'Công an phường', 1]]);
  });
});

describe('a rate above a whole', () => {
  it('is said in a table\'s cell as in a sentence (KH502)', () => {
    const { plan, diagnostics } = compile(['KẾ HOẠCH', 'Quản lý rượu thủ công năm 2027', '', 'I. MỤC TIÊU', '- Đạt 105% số hộ ký cam kết.',
      'TT\tChỉ tiêu\tĐVT\tQuý I\tQuý IV', '1\tTỷ lệ hộ ký cam kết\t%\t30\t110', '2\tSố buổi truyền thông\tbuổi\t4\t120'].join('\n'));
    expect(plan.targets.map((t) => [t.line, t.value, t.unit])).toEqual([[5, 105, '%'], [7, 30, '%'], [7, 110, '%'], [8, 4, 'buổi'], [8, 120, 'buổi']]);
    expect(diagnostics.filter((d) => d.code === 'KH502').map((d) => [d.line, d.column])).toEqual([[5, 7], [7, 28]]);
  });
});

describe('a plan signed digitally, its stamps printed among the text', () => {
  const doc = ['Ký bởi: Sở Y tế tỉnh Ninh Bình', 'Email: soyte@ninhbinh.gov.vn', 'Cơ quan: Tỉnh Ninh Bình', 'Thời gian ký: 14.04.2027 08:31:52 +07:00',
    'UBND TỈNH NINH BÌNH', 'SỞ Y TẾ', 'Số: 118/KH-SYT', 'Ninh Bình, ngày 14 tháng 4 năm 2027', 'KẾ HOẠCH', 'Quản lý dịch vụ thẩm mỹ năm 2027', '',
    'I. MỤC TIÊU', '- 100% cơ sở được kiểm tra.', 'Ký bởi: Ủy ban nhân dân', 'phường Thủ Dầu Một', 'Cơ quan: Thành phố Hồ Chí Minh', 'Thời gian ký: 02.04.2027',
    '16:05:41 +07:00', '- Chỉ số Breteau dưới 20.', '', 'II. NHIỆM VỤ', '1. Kiểm tra định kỳ; đường dây nóng 0229.3871.234,', 'Email: thanhtra@ninhbinh.gov.vn.', '',
    'Nơi nhận:', 'KT. GIÁM ĐỐC', '- Bộ Y tế (b/c);', 'PHÓ GIÁM ĐỐC', '- UBND tỉnh;', 'Ký bởi: Vũ Thị Thanh Hương', 'Thời gian ký: 14.04.2027 08:29:07 +07:00',
    '- Công an tỉnh;', 'Vũ Thị Thanh Hương', '- UBND các xã, phường;', '- Lưu: VT, TTr.'].join('\n');
  const { plan, diagnostics } = compile(doc);

  it('reads the plan around them, as if they were not there', () => {
    expect([plan.document.issuer, plan.document.number, plan.document.date]).toEqual(['SỞ Y TẾ', '118/KH-SYT', { year: 2027, month: 4, day: 14 }]);
    expect(plan.targets.map((t) => [t.line, t.value])).toEqual([[13, 100], [19, 20]]);
    expect(plan.recipients.map((r) => r.name)).toEqual(['Bộ Y tế', 'UBND tỉnh', 'Công an tỉnh', 'UBND các xã, phường']);
    expect(plan.archive).toEqual(['VT', 'TTr']);
    expect([plan.signature?.capacity, plan.signature?.title, plan.signature?.name]).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Vũ Thị Thanh Hương']);
    expect(diagnostics.map((d) => d.code)).not.toContain('KH303');
  });

  it('keeps a contact\'s e-mail line in the text', () => {
    expect(plan.tasks[0]?.text).toContain('Email: thanhtra@ninhbinh.gov.vn');
  });
});

describe('a point wrapped at the margin before a count', () => {
  it('goes on over the count in plain text, where a short heading over one does not', () => {
    const { tasks } = compile(['KẾ HOẠCH', 'Phòng, chống dịch năm 2027', '', 'I. NHIỆM VỤ', '1. Xử lý ổ dịch',
      'a) Khoanh vùng ổ dịch, phun hóa chất diệt muỗi trưởng thành trong bán kính', '200 m quanh nhà ca bệnh, phun 02 lần cách nhau 7 ngày.',
      'b) Diệt lăng quăng.', '2. Mục tiêu cụ thể', '05 xã đạt chuẩn quốc gia về y tế.'].join('\n')).plan;
    expect(tasks.map((t) => [t.line, t.label])).toEqual([[5, '1'], [6, 'a'], [8, 'b'], [9, '2'], [10, null]]);
    expect(tasks[1]?.title).toBe('Khoanh vùng ổ dịch, phun hóa chất diệt muỗi trưởng thành trong bán kính 200 m quanh nhà ca bệnh, phun 02 lần cách nhau 7 ngày');
  });
});

describe('a table laid out by links -dump', () => {
  it('puts a cell that starts two places past the heading on its left in its own column, the heading centred over it', () => {
    const { budget } = compile(['KẾ HOẠCH', 'Bác sĩ gia đình năm 2027', '', 'I. KINH PHÍ', '',
      'Tổng kinh phí: 1.128.000.000 đồng, chi tiết theo nguồn như sau:', '',
      '    STT         Nguồn kinh phí         Số tiền (đồng)              Nội dung chi              ', '',
      '     1   Ngân sách tỉnh (sự nghiệp y    742.000.000    Sửa chữa phòng khám, mua sắm trang    ',
      '         tế năm 2027)                                  thiết bị, đào tạo y học gia đình      ', '',
      '     2   Quỹ bảo hiểm y tế              386.000.000    Thanh toán chi phí khám bệnh, chữa    ', '',
      'II. TỔ CHỨC THỰC HIỆN', '1. Phòng Nghiệp vụ Y: tham mưu.'].join('\n')).plan;
    expect(budget?.items.map((i) => [i.line, i.label, i.amount])).toEqual([[10, 'Ngân sách tỉnh (sự nghiệp y tế năm 2027)', 742000000], [13, 'Quỹ bảo hiểm y tế', 386000000]]);
  });
});

describe('a table of targets per Party cell', () => {
  it('reads each cell\'s target from the column that names targets, not the count of members beside it', () => {
    const { targets } = compile(['KẾ HOẠCH', 'Phát triển đảng viên năm 2027', '', 'I. MỤC TIÊU', '',
      'Chi bộ\tSố đảng viên đến 31/12/2026\tChỉ tiêu kết nạp năm 2027 (đảng viên)', 'Chi bộ thôn Trung Thành\t82\t05', 'Chi bộ Trạm Y tế xã\t31\t03', '',
      'II. NHIỆM VỤ', '1. Tạo nguồn.'].join('\n')).plan;
    expect(targets.map((t) => [t.line, t.value, t.unit, t.year, t.indicator])).toEqual([
      [7, 5, 'đảng viên', 2027, 'Chỉ tiêu kết nạp năm 2027 - Chi bộ thôn Trung Thành'],
      [8, 3, 'đảng viên', 2027, 'Chỉ tiêu kết nạp năm 2027 - Chi bộ Trạm Y tế xã'],
    ]);
  });
});

describe('amounts of money with their thousands grouped by spaces', () => {
  it('are read, and said when the rest of the budget groups them with points (KH505)', () => {
    const { plan, diagnostics } = compile(['KẾ HOẠCH', 'Phát triển đảng viên năm 2027', '', 'I. KINH PHÍ', '',
      'Tổng số 62.000.000 đồng, gồm:', '- Mở 02 lớp bồi dưỡng: 36.000.000 đồng;', '- Thẩm tra lý lịch: 14 000 000 đồng;', '- Khen thưởng: 12.000.000 đồng.'].join('\n'));
    expect(plan.budget?.items.map((i) => [i.line, i.amount])).toEqual([[7, 36000000], [8, 14000000], [9, 12000000]]);
    expect(diagnostics.filter((d) => d.code === 'KH505').map((d) => [d.line, d.column])).toEqual([[8, 21]]);
    expect(diagnostics.map((d) => d.code)).not.toContain('KH601');
  });
});

describe('a joint plan whose issuer code leaves out a body\'s "và"', () => {
  it('names both bodies as its issuer', () => {
    const { document } = compile(['SỞ NÔNG NGHIỆP VÀ MÔI', 'TRƯỜNG', 'HỘI NÔNG DÂN TỈNH ĐỒNG NAI', 'Số: 19/KHLT-SNNMT-HND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc', 'Đồng Nai, ngày 16 tháng 3 năm 2027', 'KẾ HOẠCH LIÊN TỊCH', 'Phòng, chống dịch tả lợn châu Phi năm 2027', '', 'I. MỤC TIÊU', '- Tiêm phòng 80% tổng đàn.'].join('\n')).plan;
    expect([document.issuer, document.parentBody]).toEqual(['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG - HỘI NÔNG DÂN TỈNH ĐỒNG NAI', null]);
  });
});

describe('a plan that amends another', () => {
  const { sections, targets } = compile(['KẾ HOẠCH', 'Điều chỉnh, bổ sung Kế hoạch số 07/KH-SNNMT năm 2027', '', 'I. LÝ DO ĐIỀU CHỈNH, BỔ SUNG',
    'Đã xảy ra 14 ổ dịch; tỷ lệ tiêm phòng mới đạt 18,6%.', 'II. ĐIỀU CHỈNH CHỈ TIÊU',
    'a) Tỷ lệ hộ chăn nuôi được tuyên truyền: từ “đạt ít nhất 70%” điều chỉnh thành “đạt ít nhất 90%”.',
    'b) Số lớp tập huấn cho hội viên: từ “20 lớp” điều chỉnh thành “36 lớp”.', 'c) Mỗi sinh viên thay băng vết thương từ 3 đến 5 lượt.'].join('\n')).plan;

  it('takes the new value as the target, not the old one', () => {
    expect(targets.map((t) => [t.line, t.cmp, t.value, t.unit, t.indicator])).toEqual([
      [7, 'ge', 90, '%', 'Tỷ lệ hộ chăn nuôi được tuyên truyền'],
      [8, 'eq', 36, 'lớp', 'Số lớp tập huấn cho hội viên'],
      [9, 'ge', 3, 'lượt', 'Mỗi sinh viên thay băng vết thương'],
    ]);
  });

  it('reads the reasons for the amendment as the situation', () => {
    expect(sections.map((s) => s.kind)).toEqual(['situation', 'objectives']);
  });
});

describe('points an amending plan quotes', () => {
  it('are read under the item that quotes them, by their labels, without the quotes', () => {
    const { tasks } = compile(['KẾ HOẠCH', 'Điều chỉnh, bổ sung Kế hoạch số 07/KH-SNNMT năm 2027', '', 'I. BỔ SUNG NHIỆM VỤ, GIẢI PHÁP',
      '1. Bổ sung điểm đ vào khoản 1 Mục III Kế hoạch số 07 như sau:', '“đ) Tổ chức tiêm phòng đợt bổ sung trong tháng 4.”',
      '2. Bổ sung khoản 4 vào Mục III Kế hoạch số 07 như sau:', '“4. Xây dựng mô hình chăn nuôi an toàn sinh học', '- Lựa chọn hộ tham gia mô hình.”',
      '3. Giám sát.'].join('\n')).plan;
    const lineOf = new Map(tasks.map((t) => [t.id, t.line]));
    expect(tasks.map((t) => [t.line, t.label, t.title, t.parent === null ? null : lineOf.get(t.parent)])).toEqual([
      [5, '1', 'Bổ sung điểm đ vào khoản 1 Mục III Kế hoạch số 07 như sau', null],
      [6, 'đ', 'Tổ chức tiêm phòng đợt bổ sung trong tháng 4', 5],
      [7, '2', 'Bổ sung khoản 4 vào Mục III Kế hoạch số 07 như sau', null],
      [8, '4', 'Xây dựng mô hình chăn nuôi an toàn sinh học', 7],
      [9, null, null, 8],
      [10, '3', 'Giám sát', null],
    ]);
  });
});

describe('a table of bodies and duties, its cells a paragraph each (calibre\'s markdown)', () => {
  it('reads each bold name over its bullets as a body and its duties', () => {
    const { assignees } = compile(['**KẾ HOẠCH**', '', '**Kiểm tra phòng cháy, chữa cháy năm 2027**', '', '**I. TỔ CHỨC THỰC HIỆN**', '', '**Đơn vị**', '', '**Nhiệm vụ**', '',
      '**Văn phòng Sở**', '', '- Là đầu mối, tham mưu thành lập Đoàn kiểm tra.', '', '- Tổng hợp kết quả kiểm tra.', '', '**Phòng Nghiệp vụ Y**', '', '- Cử thành viên tham gia Đoàn kiểm tra.'].join('\n'), { file: 'k.md' }).plan;
    expect(assignees.map((a) => [a.line, a.name, a.duties.length])).toEqual([[11, 'Văn phòng Sở', 2], [17, 'Phòng Nghiệp vụ Y', 1]]);
  });
});

describe('markdown whose every printed line is a heading (MuPDF\'s XHTML through pandoc)', () => {
  const lines = ['### **SỞ Y TẾ TỈNH GIA LAI**', '### **BỆNH VIỆN ĐA KHOA TỈNH**', '### Số: 112/KH-BVĐK', '### **KẾ HOẠCH**', '### **Phòng, xử trí phản vệ năm 2027**',
    '### **I. MỤC TIÊU**', '### **TT Khoa Quý I Quý IV**', '### 1 Khoa Khám bệnh 30% ≥ 95%', '### 2 Khoa Cấp cứu 50% 100%', '### **II. NHIỆM VỤ**',
    '### **1. Đào tạo, tập huấn**', '### a) Tổ chức 08 lớp tập huấn, mỗi lớp 01 ngày, cho khoảng 300 nhân viên y tế; hoàn', '### thành trước ngày 30/9/2027.',
    '### b) Mỗi khoa diễn tập xử trí phản vệ ít nhất 01 lần/quý.', '### **III. TỔ CHỨC THỰC HIỆN**', '### **1. Phòng Kế hoạch tổng hợp**', '### - Đầu mối tham mưu triển khai Kế hoạch.',
    '### **2. Khoa Dược**', '### - Cung ứng thuốc chống phản vệ.', '### **IV. CHẾ ĐỘ BÁO CÁO**', '### - Các khoa báo cáo về Phòng Kế hoạch tổng hợp trước ngày 25 hằng tháng.'];
  const { tasks, assignees, targets } = compile(lines.join('\n\n'), { file: 'k.md' }).plan;

  it('reads its headings as lines of text, a wrapped point going on over the next', () => {
    expect(tasks.filter((t) => t.label).map((t) => [t.line, t.label])).toEqual([[21, '1'], [23, 'a'], [27, 'b']]);
    expect(tasks.find((t) => t.label === 'a')?.title).toContain('hoàn thành trước ngày 30/9/2027');
    expect(assignees.map((a) => a.name)).toEqual(['Phòng Kế hoạch tổng hợp', 'Khoa Dược']);
  });

  it('keeps a table\'s rows printed as lines apart, each its own targets', () => {
    expect(targets.filter((t) => t.line === 15 || t.line === 17).map((t) => [t.line, t.value, t.indicator])).toEqual([
      [15, 30, 'Khoa Khám bệnh'], [15, 95, 'Khoa Khám bệnh'], [17, 50, 'Khoa Cấp cứu'], [17, 100, 'Khoa Cấp cứu'],
    ]);
  });
});

describe('recipients in the two columns of a table', () => {
  it('are read left column first, then right, the archive among them', () => {
    const { recipients, archive } = compile(['KẾ HOẠCH', 'Giám sát nước sạch năm 2027', '', 'I. NHIỆM VỤ', '1. Giám sát.', '', 'Nơi nhận:',
      '- Sở Y tế (b/c);\t- Các đơn vị cấp nước;', '- Ban Giám đốc;\t- Các khoa, phòng;', '- UBND các xã, phường;\t- Lưu: VT, SKMT.'].join('\n')).plan;
    expect(recipients.map((r) => r.name)).toEqual(['Sở Y tế', 'Ban Giám đốc', 'UBND các xã, phường', 'Các đơn vị cấp nước', 'Các khoa, phòng']);
    expect(archive).toEqual(['VT', 'SKMT']);
  });
});

describe('superscripts in markdown', () => {
  it('drop a footnote\'s mark after a document number and print a unit\'s power', () => {
    const { references, targets } = compile(['# KẾ HOẠCH', '', 'Xử trí phản vệ năm 2027', '', 'Căn cứ Thông tư số 51/2017/TT-BYT<sup>1</sup> ngày 29/12/2017 của Bộ Y tế;', '',
      '# I. MỤC TIÊU', '', '- Giám sát 100% công trình cấp nước từ 1.000 m<sup>3</sup>/ngày đêm trở lên.'].join('\n'), { file: 'k.md' }).plan;
    expect(references.map((r) => r.number)).toEqual(['51/2017/TT-BYT']);
    expect(targets.map((t) => [t.value, t.unit, t.indicator])).toEqual([[100, '%', 'Giám sát công trình cấp nước từ 1.000 m³/ngày đêm']]);
  });
});

describe('a cost estimate (dự toán chi tiết), its cells a paragraph each', () => {
  const cells = ['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Đơn giá', 'Thành tiền', 'I', 'Chi tổ chức vòng sơ khảo', '19.800.000',
    '1', 'Bồi dưỡng Ban Giám khảo', 'Người/buổi', '30', '300.000', '9.000.000', '2', 'Vật tư tiêu hao', 'Thí sinh', '72', '150.000', '10.800.000',
    'II', 'Chi khen thưởng', '12.000.000', '1', 'Giải Nhất', 'Giải', '01', '5.000.000', '6.000.000', '2', 'Giải Nhì', 'Giải', '02', '3.000.000', '6.000.000'];
  const { plan, diagnostics } = compile(['**KẾ HOẠCH**', '', '**Hội thi điều dưỡng năm 2027**', '', '**I. KINH PHÍ**', '', '1. Tổng kinh phí: 31.800.000 đồng.', '',
    '*(Đơn vị tính: đồng)*', '', ...cells.flatMap((c, i) => [i < 6 || /^[IV]+$/.test(c) ? `**${c}**` : c, ''])].join('\n'), { file: 'k.md' });

  it('reads its heads of expense as lines and the lines under them as their parts', () => {
    const lineOf = new Map(plan.budget!.items.map((i) => [i.id, i.label]));
    expect(plan.budget?.items.map((i) => [i.label, i.amount, i.parent === null ? null : lineOf.get(i.parent)])).toEqual([
      ['Chi tổ chức vòng sơ khảo', 19800000, null], ['Bồi dưỡng Ban Giám khảo', 9000000, 'Chi tổ chức vòng sơ khảo'], ['Vật tư tiêu hao', 10800000, 'Chi tổ chức vòng sơ khảo'],
      ['Chi khen thưởng', 12000000, null], ['Giải Nhất', 6000000, 'Chi khen thưởng'], ['Giải Nhì', 6000000, 'Chi khen thưởng'],
    ]);
  });

  it('says a line whose quantity times unit price is not its amount (KH603)', () => {
    expect(diagnostics.filter((d) => d.code.startsWith('KH60')).map((d) => [d.code, d.message])).toEqual([['KH603', '1 × 5.000.000 đồng is 5.000.000 đồng, not the 6.000.000 đồng stated']]);
  });
});

describe('a heading of targets that names where they apply', () => {
  it('gives no target of its count after "tại"; its items do', () => {
    const { targets } = compile(['KẾ HOẠCH', 'Bác sĩ gia đình năm 2027', '', 'I. MỤC TIÊU', '2. Chỉ tiêu cụ thể đến hết năm 2027 tại 10 xã thí điểm',
      '- 100% Trạm Y tế xã thí điểm có phòng khám bác sĩ gia đình.', '- Tối thiểu 70% người dân đăng ký quản lý sức khỏe.', '3. Tổ chức khám tại 12 điểm.'].join('\n')).plan;
    expect(targets.map((t) => [t.line, t.value])).toEqual([[6, 100], [7, 70], [8, 12]]);
  });
});

describe('a budget table by quarter', () => {
  it('takes each line\'s amount from its column of totals, and its total row as a row of its own', () => {
    const { budget, diagnostics } = compile(['KẾ HOẠCH', 'Phòng ngừa té ngã năm 2027', '', 'I. KINH PHÍ', 'Tổng kinh phí: 66.000.000 đồng, chia theo quý như sau:', '', 'Đơn vị tính: đồng', '',
      'TT   Nội dung                    Quý I        Quý II       Quý III      Quý IV       Cộng',
      '1    Thuê đệm hơi chống loét     42.000.000   0            0            0            42.000.000',
      '2    Băng gạc, dung dịch         6.000.000    6.000.000    6.000.000    6.000.000    24.000.000',
      '     Tổng cộng                   48.000.000   6.000.000    6.000.000    6.000.000    66.000.000'].join('\n')).plan;
    expect([budget?.total?.amount, budget?.items.map((i) => [i.line, i.label, i.amount])]).toEqual([66000000, [[10, 'Thuê đệm hơi chống loét', 42000000], [11, 'Băng gạc, dung dịch', 24000000]]]);
    expect(diagnostics.map((d) => d.code)).not.toContain('KH601');
  });
});

describe('Word\'s automatic numbering through pandoc\'s plain text', () => {
  it('reads a list numbered again from 1, indented under a heading, as its items', () => {
    const { plan, diagnostics } = compile(['KẾ HOẠCH', 'Phòng, chống suy dinh dưỡng năm 2027', '', 'I.  NHIỆM VỤ, GIẢI PHÁP', '',
      '1.  Truyền thông thay đổi hành vi', '', 'Phối hợp với Đài phát thanh xã tuyên truyền.', '', '2.  Theo dõi tăng trưởng', '',
      '    1.  Cân, đo trẻ dưới 2 tuổi 3 tháng một lần.', '', '    2.  Lập danh sách trẻ suy dinh dưỡng nặng.', '', '3.  Giám sát'].join('\n'));
    const lineOf = new Map(plan.tasks.map((t) => [t.id, t.line]));
    expect(plan.tasks.filter((t) => t.label).map((t) => [t.line, t.label, t.parent === null ? null : lineOf.get(t.parent)])).toEqual([[6, '1', null], [10, '2', null], [12, '1', 10], [14, '2', 10], [16, '3', null]]);
    expect(diagnostics.map((d) => d.code)).not.toContain('KH201');
  });
});

describe('a head\'s approval beside a department\'s signature', () => {
  it('is no part of the signer\'s title', () => {
    const { signature } = compile(['KẾ HOẠCH', 'Phòng ngừa té ngã năm 2027', '', 'I. NHIỆM VỤ', '1. Đánh giá nguy cơ.', '',
      'Trên đây là Kế hoạch phòng ngừa té ngã của Khoa, kính trình Ban Giám đốc phê duyệt./.', '',
      'DUYỆT CỦA GIÁM ĐỐC   TRƯỞNG KHOA', '', 'GIÁM ĐỐC             Lê Thị Thanh Mai', '', 'Nguyễn Hữu Phong', '', 'Nơi nhận:', '- Ban Giám đốc (để b/c);', '- Lưu: Khoa.'].join('\n')).plan;
    expect([signature?.title, signature?.name]).toEqual(['TRƯỞNG KHOA', 'Lê Thị Thanh Mai']);
  });
});
