/**
 * The reader: bytes to text (byte-order marks, UTF-16, refusing binary and
 * broken UTF-8), lines (LF, CRLF, lone CR), and NFC normalisation with
 * positions mapped back to the line as stored.
 */
import { describe, expect, it } from 'vitest';
import { compile, decodeInput } from '../src/compile.js';
import { decode, utf16ByZeros } from '../src/reader/decode.js';
import { SourceText, splitLines } from '../src/reader/source.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

const SAMPLE = 'Số: 15/KH-UBND\nHà Nội, ngày 05 tháng 01 năm 2024\n';

describe('decode', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decode(utf8(SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-8', bom: false });
  });

  it('reads UTF-8 with a BOM, and drops it', () => {
    const result = decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]));
    expect(result).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE with a BOM', () => {
    const result = decode(Uint8Array.from([0xff, 0xfe, ...Buffer.from(SAMPLE, 'utf16le')]));
    expect(result).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-16le', bom: true });
  });

  it('reads UTF-16 BE with a BOM', () => {
    const result = decode(Uint8Array.from([0xfe, 0xff, ...utf16be(SAMPLE)]));
    expect(result).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-16be', bom: true });
  });

  it('reads bytes that are not UTF-8 as Windows-1258, and refuses what is no text at all', () => {
    // "Kê" in Windows-1258 (and Latin-1): not UTF-8, but text
    expect(decode(Uint8Array.from([0x4b, 0xea]))).toMatchObject({ ok: true, text: 'Kê', encoding: 'windows-1258' });
    // Windows-1258 writes tones as combining marks; NFC composes them: "Kế"
    expect(decode(Uint8Array.from([0x4b, 0xea, 0xec]))).toMatchObject({ ok: true, text: 'Kế', encoding: 'windows-1258' });
    // bytes that decode only to control characters: the offset of the first byte that is not UTF-8
    expect(decode(Uint8Array.from([0x4b, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x81, 0x8d]))).toEqual({ ok: false, reason: 'invalid-utf8', offset: 1 });
  });

  it('converts legacy text handed to compile() as a string, and says so', () => {
    const { plan, diagnostics } = compile('KÕ ho¹ch\n\nI. Môc tiªu\n\n- §¹t 95% d©n sè.\n');
    expect(plan.sections[0]?.title).toBe('Mục tiêu');
    expect(diagnostics.map((d) => d.code)).toContain('KH005');
  });

  it('converts the legacy font encodings TCVN3 (ABC) and VNI, from bytes and from text', () => {
    expect(decode(Buffer.from('Ban ChÊp hµnh Trung ­¬ng, KÕ ho¹ch', 'latin1'))).toMatchObject({ ok: true, encoding: 'tcvn3', text: 'Ban Chấp hành Trung ương, Kế hoạch' });
    expect(decode(Buffer.from('Uû ban nh©n d©n tØnh', 'utf8'))).toMatchObject({ ok: true, encoding: 'tcvn3', text: 'Uỷ ban nhân dân tỉnh' });
    expect(decode(Buffer.from('Keá hoaïch; Ñoäc laäp - Töï do - Haïnh phuùc', 'latin1'))).toMatchObject({ ok: true, encoding: 'vni', text: 'Kế hoạch; Độc lập - Tự do - Hạnh phúc' });
    expect(decode(Buffer.from('Kế hoạch năm 2025 © Sở Y tế', 'utf8'))).toMatchObject({ ok: true, encoding: 'utf-8', text: 'Kế hoạch năm 2025 © Sở Y tế' });
  });

  it('keeps Unicode text whose Latin-1 look-alikes OCR printed for Vietnamese letters, though their pairs look like VNI\'s', () => {
    // GNU ocrad has no Vietnamese: "Triển khai Chiến dịch" comes out "Triên khai Chiên d_ch"; read as VNI, "iê" is "ĭ"
    const ocr = 'ÚY BAN NHÂN DÂN CÔNG HÒA xÂ HÔI CHÚ NGHÎA VIÊT NAM\nKÊ HOACH\nTriên khai Chiên d_ch bô sung vitamin A cho tré em\nhoàn thành, tiêu cháy, báo cáo kêt quá, chiên d_ch';
    expect(decode(Buffer.from(ocr, 'utf8'))).toMatchObject({ ok: true, encoding: 'utf-8', text: ocr });
    expect(compile(ocr).diagnostics.map((d) => d.code)).not.toContain('KH005');
  });

  it('reads Windows-1258, whose pairs seen as Windows-1252 look like VNI\'s ("iê", "uâ"), as Windows-1258', () => {
    // Notepad's "ANSI" on a Vietnamese Windows: Windows-1258, tone marks as combining bytes after the letter
    const windows1258 = (text: string): Uint8Array => {
      const decoder = new TextDecoder('windows-1258');
      const byChar = new Map<string, number>();
      for (let b = 0x80; b <= 0xff; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
      const bytes: number[] = [];
      for (const ch of text.normalize('NFC')) {
        const direct = ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : byChar.get(ch);
        if (direct !== undefined) { bytes.push(direct); continue; }
        // the letter with its other marks (ê, ơ) is a byte, its tone mark another
        const parts = ch.normalize('NFD');
        const tone = [...parts].find((m) => '\u0300\u0301\u0303\u0309\u0323'.includes(m))!;
        const letter = parts.replace(tone, '').normalize('NFC');
        bytes.push(letter.charCodeAt(0) < 0x80 ? letter.charCodeAt(0) : byChar.get(letter)!, byChar.get(tone)!);
      }
      return Uint8Array.from(bytes);
    };
    const text = 'Kế hoạch triển khai tiêm chủng; tuân thủ chuyên môn; Độc lập - Tự do - Hạnh phúc; Ủy ban nhân dân huyện';
    expect(decode(windows1258(text))).toMatchObject({ ok: true, encoding: 'windows-1258', text });
  });

  it('refuses binary input (NUL bytes), giving the offset', () => {
    expect(decode(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toEqual({ ok: false, reason: 'binary', offset: 4 });
    // UTF-16 without a BOM is full of NULs: refused rather than turned into mojibake
    expect(decode(Buffer.from('KẾ HOẠCH', 'utf16le'))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('recognises UTF-16 without a mark by where its zero bytes fall (for lists of paths), and nothing else', () => {
    const list = 'kế-hoạch/2025/Kế hoạch tiêm chủng.txt\nplans/b.txt\n';
    expect(utf16ByZeros(Buffer.from(list, 'utf16le'))).toEqual({ text: list, encoding: 'utf-16le' });
    expect(utf16ByZeros(utf16be(list))).toEqual({ text: list, encoding: 'utf-16be' });
    // zeros on both sides (binary), too few zeros, or an odd length: no UTF-16
    expect(utf16ByZeros(new Uint8Array([0x7f, 0x45, 0x00, 0x00, 0x41, 0x00, 0x00, 0x42]))).toBeNull();
    expect(utf16ByZeros(utf8('kế hoạch\0 không\n'))).toBeNull();
    expect(utf16ByZeros(Buffer.from(list, 'utf16le').subarray(1))).toBeNull();
    // one decision each way: a document is never read so (decode refuses its NUL bytes)
    expect(decode(Buffer.from(list, 'utf16le'))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('decodes an empty input to empty text', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8', bom: false });
  });

  it('is what decodeInput exposes', () => {
    expect(decodeInput(utf8(SAMPLE))).toEqual(decode(utf8(SAMPLE)));
  });
});

describe('line ends', () => {
  it('splits at LF, CRLF and lone CR alike', () => {
    expect(splitLines('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\r\n\r\nb')).toEqual(['a', '', 'b']);
    expect(new SourceText('a\r\nb\rc\n').lines).toEqual(['a', 'b', 'c', '']);
  });

  it('gives the same line numbers to a document with CRLF, CR or LF line ends', () => {
    const lines = ['ỦY BAN NHÂN DÂN', 'Số: 15/KH-UBND', 'Hà Nội, ngày 25 tháng 3 năm 2024', '', 'KẾ HOẠCH', 'Về chuyển đổi số'];
    const fields = ['\n', '\r\n', '\r'].map((end) => compile(utf8(lines.join(end))).plan.document.fields);
    expect(fields[0]!.number).toMatchObject({ line: 2, column: 1 });
    expect(fields[0]!.date).toMatchObject({ line: 3, column: 1 });
    expect(fields[1]).toEqual(fields[0]);
    expect(fields[2]).toEqual(fields[0]);
  });

  it('compiles UTF-16 input like UTF-8', () => {
    const text = 'Số: 15/KH-UBND\r\nHà Nội, ngày 25 tháng 3 năm 2024\r\n\r\nKẾ HOẠCH\r\nVề chuyển đổi số\r\n';
    const fromUtf8 = compile(utf8(text)).plan;
    const fromUtf16 = compile(Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])).plan;
    expect(fromUtf16).toEqual(fromUtf8);
    expect(fromUtf8.document.number).toBe('15/KH-UBND');
  });

  it('reports bytes that are not text as KH004 without throwing', () => {
    const { plan, diagnostics } = compile(Uint8Array.from([0x00, 0xff]));
    // said once: that every part of a plan is missing from bytes that are no text says nothing more
    expect(diagnostics.map((d) => d.code)).toEqual(['KH004']);
    expect(plan.diagnostics).toEqual(diagnostics);
  });
});

describe('NFC normalisation and original columns', () => {
  const nfd = (text: string) => text.normalize('NFD');

  it('normalises a decomposed line to NFC', () => {
    const source = new SourceText(nfd('Kế hoạch') + ' số 15');
    expect(source.lines[0]).toBe('Kế hoạch số 15');
    expect(source.text).toBe('Kế hoạch số 15');
  });

  it('maps NFC columns back to columns of the stored line', () => {
    const stored = nfd('Kế hoạch') + ' số 15';
    const source = new SourceText(stored);
    // "Kế hoạch" is 8 units in NFC and 11 decomposed (ế = e + ◌̂ + ◌́, ạ = a + ◌̣)
    expect(nfd('Kế hoạch').length).toBe(11);
    expect(source.originalColumn(0, 0)).toBe(1); // K
    expect(source.originalColumn(0, 1)).toBe(2); // ế starts at the e
    expect(source.originalColumn(0, 2)).toBe(5); // the space after Kế: e and two marks skipped
    const nfcIndex = source.lines[0]!.indexOf('số');
    const storedIndex = stored.indexOf('số');
    expect(source.originalColumn(0, nfcIndex)).toBe(storedIndex + 1);
    // the end of the line maps to the end of the stored line
    expect(source.originalColumn(0, source.lines[0]!.length)).toBe(stored.length + 1);
  });

  it('leaves columns alone on lines that are NFC already, and counts UTF-16 units', () => {
    const source = new SourceText('Số: 15\n' + nfd('Hà') + ' Nội 😀 x');
    expect(source.originalColumn(0, 4)).toBe(5);
    expect(source.lines[1]).toBe('Hà Nội 😀 x');
    const x = source.lines[1]!.indexOf('x');
    expect(source.originalColumn(1, x)).toBe(x + 2); // one combining mark before it; the emoji is 2 units either way
  });

  it('maps spans of text offsets across lines', () => {
    const source = new SourceText('abc\n' + nfd('Kế') + ' x');
    const start = source.text.indexOf('x');
    expect(source.spanOfOffsets(1, start + 1)).toEqual({ line: 1, column: 2, endLine: 2, endColumn: 7 });
    expect(source.spanInLine(1, 3, 4)).toEqual({ line: 2, column: 6, endLine: 2, endColumn: 7 });
  });

  it('reports record and diagnostic columns in the stored, decomposed line', () => {
    const lines = [
      'ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HUYỆN GIANG THÀNH                  Độc lập - Tự do - Hạnh phúc',
      nfd('Số:') + ' 15/KH-UBND          ' + nfd('Giang Thành') + ', ngày 5 tháng 3 năm 2024',
      '',
      'KẾ HOẠCH',
      'Triển khai công tác chuyển đổi số năm 2024',
      '',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Nâng cao hiệu quả.',
      'II. NHIỆM VỤ',
      '1. ' + nfd('Kế hoạch') + ' số 20/KH-UBND ngày 10/01/2024 của UBND tỉnh.',
      'III. TỔ CHỨC THỰC HIỆN',
      'Các phòng triển khai./.',
      '',
      'Nơi nhận:',
      '- ' + nfd('Sở Kế hoạch') + ' và Đầu tư;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
    ];
    const { plan, diagnostics } = compile(lines.join('\n'), { file: 'nfd.txt' });
    const header = lines[2]!;

    // The plan reads the NFC text…
    expect(plan.document.number).toBe('15/KH-UBND');
    expect(plan.document.place).toBe('Giang Thành');
    expect(plan.recipients[0]!.name).toBe('Sở Kế hoạch và Đầu tư');

    // …and points into the stored line: "Giang" is 2 units further right there than in NFC
    expect(header.indexOf('G') - header.normalize('NFC').indexOf('G')).toBe(2);
    expect(plan.document.fields.date).toMatchObject({ line: 3, column: header.indexOf('G') + 1, endColumn: header.length + 1 });

    // A reference after decomposed text on its line
    const reference = plan.references.find((r) => r.number === '20/KH-UBND')!;
    expect(reference).toMatchObject({ line: 11, column: lines[10]!.indexOf('20/KH-UBND') + 1 });

    // The recipient's span covers its decomposed name as stored
    const recipient = plan.recipients[0]!;
    const stored = lines[recipient.line - 1]!.slice(recipient.column - 1, recipient.endColumn - 1);
    expect(stored.normalize('NFC').startsWith('Sở Kế hoạch và Đầu tư')).toBe(true);

    // The date-padding warning, after the decomposed place name
    const padding = diagnostics.find((d) => d.code === 'KH113')!;
    expect(padding.line).toBe(3);
    expect(padding.column).toBeGreaterThanOrEqual(header.indexOf('G') + 1);
    expect(header.slice(padding.column - 1).normalize('NFC')).toMatch(/^(Giang Thành|ngày|5)/);
  });
});

describe('blanks other than the space, and characters that print nothing', () => {
  it('reads no-break, thin and ideographic spaces as spaces, keeping every column', () => {
    const stored = 'Số:\u00a015/KH-UBND\u2009ngày\u202f5\u3000x';
    const source = new SourceText(stored);
    expect(source.lines[0]).toBe('Số: 15/KH-UBND ngày 5 x');
    expect(source.originalColumn(0, source.lines[0]!.indexOf('x'))).toBe(stored.indexOf('x') + 1);
  });

  it('reads fullwidth letters, digits and signs as ASCII, keeping every column', () => {
    const stored = 'Số：１５/ＫＨ-UBND x';
    const source = new SourceText(stored);
    expect(source.lines[0]).toBe('Số:15/KH-UBND x');
    expect(source.originalColumn(0, source.lines[0]!.indexOf('x'))).toBe(stored.indexOf('x') + 1);
    const header = compile('ỦY BAN NHÂN DÂN HUYỆN A\nSố：１５/KH-UBND\nA, ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH\nPhòng chống dịch\n');
    expect(header.plan.document.number).toBe('15/KH-UBND');
  });

  it('drops soft hyphens, zero-width spaces, word joiners and byte-order marks inside the text, and maps columns past them', () => {
    const stored = 'I.\u200b MỤC ĐÍCH\nNơi nh\u00adận: Sở\u2060 Y\ufeff tế x';
    const source = new SourceText(stored);
    expect(source.lines).toEqual(['I. MỤC ĐÍCH', 'Nơi nhận: Sở Y tế x']);
    const x = source.lines[1]!.indexOf('x');
    expect(source.originalColumn(1, x)).toBe(stored.split('\n')[1]!.indexOf('x') + 1);
    // with decomposed text on the same line
    const decomposed = 'K\u00ade\u0302\u0301 x';
    const mixed = new SourceText(decomposed);
    expect(mixed.lines[0]).toBe('Kế x');
    expect(mixed.originalColumn(0, 1)).toBe(3); // ế starts at the e, after the soft hyphen
    expect(mixed.originalColumn(0, 3)).toBe(decomposed.indexOf('x') + 1);
  });

  it('compiles a plan whose export put them in its header, sections and closing as it compiles the plain one', () => {
    const plain = [
      'ỦY BAN NHÂN DÂN HUYỆN A',
      'Số: 15/KH-UBND',
      'A, ngày 05 tháng 3 năm 2024',
      '',
      'KẾ HOẠCH',
      'Phòng chống sốt xuất huyết năm 2024',
      '',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Chủ động phòng chống dịch.',
      'II. MỤC TIÊU',
      '1. Tỷ lệ hộ gia đình được tuyên truyền đạt trên 95%.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Trung tâm Y tế huyện chủ trì triển khai kế hoạch.',
      '',
      'Nơi nhận:',
      '- Sở Y tế;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
    ].join('\n');
    const exported = plain
      .replace('Số: ', 'Số:\u00a0')
      .replace('ngày 05 tháng 3', 'ngày\u00a005\u00a0tháng\u00a03')
      .replace(/^(I+)\. /gm, '$1.\u200b ')
      .replace('Nơi nhận', 'Nơi nh\u00adận')
      .replace('trên 95%', 'trên\u202f95%')
      .replace('Trung tâm Y tế', 'Trung\u00a0tâm Y\u00a0tế');
    const a = compile(plain, { file: 'a.txt' });
    const b = compile(exported, { file: 'a.txt' });
    expect(b.plan.document.number).toBe('15/KH-UBND');
    expect(b.plan.sections.map((s) => s.kind)).toEqual(a.plan.sections.map((s) => s.kind));
    expect(b.plan.targets.map((t) => [t.cmp, t.value, t.unit])).toEqual([['gt', 95, '%']]);
    expect(b.plan.assignees.map((x) => x.name)).toEqual(['Trung tâm Y tế huyện']);
    expect(b.plan.recipients.map((r) => r.name)).toEqual(['Sở Y tế']);
    expect(b.diagnostics.map((d) => d.code)).toEqual(a.diagnostics.map((d) => d.code));
    // the section title starts where it is printed, after the invisible character
    const objectives = b.plan.sections.find((s) => s.kind === 'objectives')!;
    expect(objectives.column).toBe(1);
  });
});

describe('a paragraph in TCVN3 pasted into Unicode text', () => {
  it('is reported where it stands (KH009), and a text without one is not', () => {
    const doc = (pasted: string) => ['KẾ HOẠCH', 'Phòng, chống hạn mặn năm 2027', '', 'I. TÌNH HÌNH', 'Năm 2026, toàn xã có 1.240 hộ thiếu nước ngọt.', pasted].join('\n');
    const codes = (pasted: string) => compile(doc(pasted)).plan.diagnostics.filter((d) => d.code === 'KH009').map((d) => d.line);
    expect(codes('Toµn x· cã 2.150 hé thiÕu n\u00adíc ngät sinh ho¹t, ®é mÆn trªn s«ng Hµm Lu«ng.')).toEqual([6]);
    expect(codes('Giá 15.000 đồng/m³ · © Sở Y tế')).toEqual([]);
  });
});
