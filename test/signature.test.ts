/**
 * The signature block as exports print it: a line each, or run together on
 * one line where a converter joins a table cell's paragraphs with spaces.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';

const plan = (closing: string): string =>
  ['ỦY BAN NHÂN DÂN XÃ TÂN PHÚ', 'Số: 08/KH-UBND', 'KẾ HOẠCH', 'Tiêm chủng năm 2027', 'I. MỤC TIÊU', 'Tiêm đủ mũi cho trẻ em.', '', closing].join('\n');

const signatureOf = (closing: string) => {
  const { authority, capacity, title, name } = compile(plan(closing)).plan.signature ?? {};
  return { authority, capacity, title, name };
};

describe('signature', () => {
  it('reads a block a line each', () => {
    expect(signatureOf('Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Tám')).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: null, title: 'CHỦ TỊCH', name: 'Lê Văn Tám' });
  });

  it('cuts a block run together on one line into the authority, the title and the name', () => {
    expect(signatureOf('| Nơi nhận: - Lưu: VT. | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Văn Tám |')).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: null, title: 'CHỦ TỊCH', name: 'Lê Văn Tám' });
    expect(signatureOf('| Nơi nhận: - Lưu: VT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Tám |')).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Tám' });
    expect(signatureOf('| Nơi nhận: - Lưu: VT. | GIÁM ĐỐC Lê Văn Tám |')).toEqual({ authority: null, capacity: null, title: 'GIÁM ĐỐC', name: 'Lê Văn Tám' });
  });

  it('reads a block right under the closing sentence, which ends with its mark', () => {
    expect(signatureOf('Trong quá trình triển khai, nếu có vướng mắc, các đơn vị báo cáo về Sở Y tế./.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Tám')).toEqual({ authority: null, capacity: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Văn Tám' });
  });

  it('keeps a board that signs as a collective whole: the title is not cut off a body of one word', () => {
    expect(signatureOf('| Nơi nhận: - Lưu: VT. | TM. BAN GIÁM ĐỐC Lê Văn Tám |')).toEqual({ authority: 'TM. BAN GIÁM ĐỐC', capacity: null, title: null, name: 'Lê Văn Tám' });
  });
});
