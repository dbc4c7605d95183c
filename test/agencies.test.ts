/**
 * Bodies, money and reports on their own: names, splits and keys of bodies;
 * amounts in figures and in words.
 */
import { describe, expect, it } from 'vitest';
import { canonicalKey, isBodyName, splitBodies, stripRequest, subjectOf } from '../src/normalize/assignees/names.js';
import { findAmounts } from '../src/normalize/budget/amounts.js';
import { parseAmountWords } from '../src/normalize/budget/words.js';
import { compile } from '../src/compile.js';

describe('bodies', () => {
  it('knows a body by the head of its name', () => {
    expect(isBodyName('Phòng Kế hoạch nghiệp vụ')).toBe(true);
    expect(isBodyName('Đề nghị UBMTTQ, các ban Đảng và các đoàn thể tỉnh')).toBe(true);
    expect(isBodyName('Phân công nhiệm vụ')).toBe(false);
    expect(isBodyName('Đề nghị Tỉnh đoàn Thái Bình')).toBe(true);
    // a ministry's departments, and a federation of societies
    expect(isBodyName('Vụ Kế hoạch - Tài chính')).toBe(true);
    expect(isBodyName('Đề nghị Công đoàn ngành Y tế tỉnh')).toBe(true);
    expect(splitBodies('Tổng hội Y học Việt Nam và Hội Điều dưỡng Việt Nam', false)).toEqual(['Tổng hội Y học Việt Nam', 'Hội Điều dưỡng Việt Nam']);
    // an office given duties, named without the honorific and without the note after it
    expect(stripRequest('Đồng chí Phó Trưởng ban thường trực')).toEqual({ name: 'Phó Trưởng ban thường trực', requested: false });
    expect(isBodyName('Đồng chí Trưởng ban')).toBe(true);
    // a commune station gives duties to its staff by their title
    expect(isBodyName('Y sĩ Nguyễn Văn Phúc')).toBe(true);
    expect(isBodyName('Nữ hộ sinh Lê Thị Thu Trang')).toBe(true);
    expect(isBodyName('Kế toán Trạm')).toBe(true);
    // the Youth Union's and the Pioneers' units
    expect(isBodyName('Liên đội các trường Tiểu học, THCS trên địa bàn xã')).toBe(true);
    expect(isBodyName('Chi đoàn ấp Phú Hòa')).toBe(true);
    expect(splitBodies('Trung tâm Y tế huyện (cơ quan thường trực Ban Chỉ đạo)', false)).toEqual(['Trung tâm Y tế huyện']);
    // a list in brackets names the parts of one body, its note
    expect(splitBodies('Các khoa có sử dụng máy X-quang di động (Khoa Hồi sức tích cực - Chống độc, Khoa Gây mê hồi sức, Khoa Cấp cứu)', false))
      .toEqual(['Các khoa có sử dụng máy X-quang di động']);
    expect(splitBodies('Phòng Y tế (chủ trì), Trung tâm Y tế huyện', false)).toEqual(['Phòng Y tế', 'Trung tâm Y tế huyện']);
    // a plural body's name after a comma starts another body; a plural after no comma, or before small letters, does not
    expect(splitBodies('Các bệnh viện tuyến tỉnh, các Trung tâm Y tế khu vực', false)).toEqual(['Các bệnh viện tuyến tỉnh', 'các Trung tâm Y tế khu vực']);
    expect(splitBodies('Trạm Y tế các xã, các thôn', false)).toEqual(['Trạm Y tế các xã, các thôn']);
    expect(splitBodies('Tỉnh đoàn Thái Bình và Hội Liên hiệp Phụ nữ tỉnh', false)).toEqual(['Tỉnh đoàn Thái Bình', 'Hội Liên hiệp Phụ nữ tỉnh']);
    // border posts, ports and enterprises an island's or a border district's plan gives duties to
    expect(splitBodies('Công an đặc khu, Đồn Biên phòng Côn Đảo', false)).toEqual(['Công an đặc khu', 'Đồn Biên phòng Côn Đảo']);
    expect(stripRequest('Đề nghị Cảng hàng không Côn Đảo')).toEqual({ name: 'Cảng hàng không Côn Đảo', requested: true });
    expect(isBodyName('Cảng hàng không Côn Đảo')).toBe(true);
    expect(isBodyName('Doanh nghiệp kinh doanh dịch vụ du lịch')).toBe(true);
  });

  it('splits a heading only where a new body starts', () => {
    expect(splitBodies('Phòng Văn hóa và Thông tin, Trung tâm Truyền thông - Văn hóa - Thể thao', false))
      .toEqual(['Phòng Văn hóa và Thông tin', 'Trung tâm Truyền thông - Văn hóa - Thể thao']);
    expect(splitBodies('Các khoa, phòng, bộ phận', false)).toEqual(['Các khoa, phòng, bộ phận']);
    expect(splitBodies('Ủy ban nhân dân các xã, thị trấn', false)).toEqual(['Ủy ban nhân dân các xã, thị trấn']);
    expect(splitBodies('Sở Nông nghiệp và Phát triển nông thôn', false)).toEqual(['Sở Nông nghiệp và Phát triển nông thôn']);
    expect(splitBodies('UBMTTQ, các ban Đảng và các đoàn thể tỉnh', false)).toEqual(['UBMTTQ, các ban Đảng và các đoàn thể tỉnh']);
    // the office of both councils is one body; a list that names it and another body is still two
    expect(splitBodies('Văn phòng HĐND và UBND xã', false)).toEqual(['Văn phòng HĐND và UBND xã']);
    expect(splitBodies('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện', false)).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện']);
    expect(splitBodies('Văn phòng HĐND và UBND xã, Công an xã', false)).toEqual(['Văn phòng HĐND và UBND xã', 'Công an xã']);
  });

  it('splits the subject of a sentence at a collective too', () => {
    expect(splitBodies('Các chi, đảng bộ trực thuộc Huyện ủy, Ủy ban MTTQ Việt Nam và các tổ chức CT-XH huyện', true))
      .toEqual(['Các chi, đảng bộ trực thuộc Huyện ủy', 'Ủy ban MTTQ Việt Nam', 'các tổ chức CT-XH huyện']);
  });

  it('finds the subject of a duty sentence', () => {
    expect(subjectOf('Ủy ban nhân dân huyện chỉ đạo rà soát, xây dựng')).toBe('Ủy ban nhân dân huyện');
    expect(subjectOf('Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội huyện tăng cường giám sát'))
      .toBe('Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội huyện');
    expect(subjectOf('Chủ trì, phối hợp với các đơn vị')).toBeNull();
  });

  it('strips a request', () => {
    expect(stripRequest('Đề xuất UBND các xã')).toEqual({ name: 'UBND các xã', requested: true });
  });

  it('gives one key to one body however it is written', () => {
    expect(canonicalKey('UBND huyện Sơn Hà')).toBe(canonicalKey('Ủy ban nhân dân huyện Sơn Hà'));
    expect(canonicalKey('Uỷ ban nhân dân huyện')).toBe(canonicalKey('ỦY BAN NHÂN DÂN HUYỆN'));
    expect(canonicalKey('BHXH tỉnh')).toBe(canonicalKey('Bảo hiểm xã hội tỉnh'));
    expect(canonicalKey('Sở Y tế')).not.toBe(canonicalKey('Sở Tài chính'));
  });
});

describe('assignees in markdown lists', () => {
  const assignees = (lines: string[]) =>
    compile(['# KẾ HOẠCH', 'Y tế năm 2026', '', '## I. TỔ CHỨC THỰC HIỆN', '', ...lines].join('\n'), { file: 'a.md' }).plan.assignees.map((a) => [a.name, a.duties.length]);

  it('take no heading of bodies for a body, nor a note in brackets after a name for a duty', () => {
    expect(assignees(['**1\\. Các cơ quan, đơn vị thuộc Ủy ban nhân dân phường**', '', '1. **Phòng Văn hóa - Xã hội** *(cơ quan thường trực)*',
      '   * Tham mưu Ủy ban nhân dân phường chỉ đạo.', '   * Tổng hợp, báo cáo kết quả.', '2. **Trạm Y tế phường**', '   * Hướng dẫn chuyên môn.', '',
      '**2\\. Đề nghị các tổ chức**', '', '1. **Ủy ban Mặt trận Tổ quốc Việt Nam phường:** Vận động hội viên tham gia.'])).toEqual([
      ['Phòng Văn hóa - Xã hội', 2], ['Trạm Y tế phường', 1], ['Ủy ban Mặt trận Tổ quốc Việt Nam phường', 1],
    ]);
  });
});

describe('money', () => {
  it.each([
    ['529,7 tỷ đồng', 529_700_000_000],
    ['529.7 tỷ đồng', 529_700_000_000],
    ['7.000 đồng', 7_000],
    ['1.246,5 triệu đồng', 1_246_500_000],
    ['850 nghìn đồng', 850_000],
    ['650.000.000 đồng', 650_000_000],
    ['36 tỷ đồng', 36_000_000_000],
  ])('%s', (text, amount) => {
    expect(findAmounts(`Kinh phí: ${text}.`).map((a) => a.amount)).toEqual([amount]);
  });

  it.each([
    ['Năm trăm hai mươi chín phẩy bảy tỷ đồng', 529_700_000_000],
    ['Một tỷ hai trăm bốn mươi sáu triệu năm trăm nghìn đồng', 1_246_500_000],
    ['Một tỷ không trăm tám mươi lăm triệu đồng', 1_085_000_000],
    ['Hai mươi mốt triệu không trăm lẻ năm nghìn đồng', 21_005_000],
  ])('%s', (words, amount) => {
    expect(parseAmountWords(words)).toBe(amount);
  });

  it('checks the amount in words of a budget line, as of the total (KH602)', () => {
    const doc = ['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. KINH PHÍ', 'Tổng kinh phí: 110.000.000 đồng, gồm:',
      '- Ngân sách xã: 80.000.000 đồng (Tám mươi lăm triệu đồng);', '- Nguồn xã hội hóa: 30.000.000 đồng (Ba mươi triệu đồng).'].join('\n');
    expect(compile(doc).plan.diagnostics.filter((d) => d.code === 'KH602').map((d) => d.line)).toEqual([6]);
  });

  it('reads a budget line whose amount stands after a tab stop, as a list\'s item and no table\'s row', () => {
    const doc = ['KẾ HOẠCH', 'Công tác xã hội năm 2027', '', 'I. KINH PHÍ', 'Tổng kinh phí: 450.000.000 đồng, trong đó:',
      '- Nguồn thu sự nghiệp:\t350.000.000 đồng;', '- Nguồn xã hội hóa:\t100.000.000 đồng.'].join('\n');
    const { budget } = compile(doc).plan;
    expect(budget!.items.map((i) => [i.line, i.label, i.amount])).toEqual([[6, 'Nguồn thu sự nghiệp', 350_000_000], [7, 'Nguồn xã hội hóa', 100_000_000]]);
  });

  it('reads the budget stated once, spelled out, after the budget\'s word, as its total, not a line', () => {
    const doc = ['KẾ HOẠCH', 'Y tế trường học năm 2026', '', 'I. KINH PHÍ',
      'Kinh phí thực hiện Kế hoạch: 64.800.000 đồng (Sáu mươi bốn triệu tám trăm nghìn đồng) từ nguồn ngân sách sự nghiệp y tế.',
      '', 'II. TỔ CHỨC THỰC HIỆN', 'Kinh phí tập huấn: 5.000.000 đồng do Trạm Y tế xã bảo đảm.'].join('\n');
    const { budget } = compile(doc).plan;
    expect([budget!.total?.amount, budget!.total?.line, budget!.items.length]).toEqual([64_800_000, 5, 0]);
  });

  it('refuses words that are not a number', () => {
    expect(parseAmountWords('Chi tiết tại Phụ biểu đính kèm')).toBeNull();
  });
});

describe('a council\'s own office-holders', () => {
  it('are given duties as bodies are: its chair, vice-chair and secretary', () => {
    const doc = ['KẾ HOẠCH', 'Khám sức khỏe nghĩa vụ quân sự năm 2025', '', 'I. TỔ CHỨC THỰC HIỆN', '1. Chủ tịch Hội đồng: kết luận, phân loại sức khỏe.',
      '2. Phó Chủ tịch Hội đồng: điều hành các buồng khám.', '3. Thư ký Hội đồng: tổng hợp kết quả khám hằng ngày.'].join('\n');
    expect(compile(doc).plan.assignees.map((a) => a.name)).toEqual(['Chủ tịch Hội đồng', 'Phó Chủ tịch Hội đồng', 'Thư ký Hội đồng']);
  });
});

describe('a body\'s heading that lost its number', () => {
  it('heads the duties bulleted under it, as mammoth\'s raw text prints Word\'s numbered headings', () => {
    const doc = ['KẾ HOẠCH', 'Công tác xã hội năm 2027', '', 'I. TỔ CHỨC THỰC HIỆN', '', 'Phòng Công tác xã hội', '', '- Là đầu mối tham mưu Giám đốc.', '',
      '- Tổng hợp, báo cáo kết quả.', '', 'Phòng Điều dưỡng: Chỉ đạo điều dưỡng trưởng các khoa.'].join('\n');
    expect(compile(doc).plan.assignees.map((a) => [a.line, a.name, a.duties.length])).toEqual([[6, 'Phòng Công tác xã hội', 2], [12, 'Phòng Điều dưỡng', 1]]);
  });
});

describe('reports', () => {
  it('reads a weekly report due on a day of the week, with no date', () => {
    const doc = ['KẾ HOẠCH', 'Phòng, chống bệnh ho gà năm 2027', '', 'I. CHẾ ĐỘ BÁO CÁO',
      '- Trạm Y tế các xã báo cáo tình hình dịch về Trung tâm Y tế huyện trước 10 giờ 00 thứ Sáu hằng tuần.',
      '- Trung tâm Y tế huyện báo cáo Sở Y tế trước ngày 20 hằng tháng.'].join('\n');
    const reports = compile(doc).plan.reporting.map((r) => ({ line: r.line, period: r.period, deadline: r.deadline, to: r.to }));
    expect(reports).toEqual([
      { line: 5, period: 'tuần', deadline: { day: null, month: null }, to: 'Trung tâm Y tế huyện' },
      { line: 6, period: 'tháng', deadline: { day: 20, month: null }, to: 'Sở Y tế' },
    ]);
  });

  it('reads a report due on the last working day of the month, with no date', () => {
    const doc = ['KẾ HOẠCH', 'Công tác xã hội năm 2027', '', 'I. CHẾ ĐỘ BÁO CÁO',
      '- Phòng Công tác xã hội báo cáo Giám đốc kết quả hoạt động vào ngày làm việc cuối cùng của tháng.'].join('\n');
    expect(compile(doc).plan.reporting.map((r) => [r.line, r.period, r.deadline?.day, r.deadline?.month, r.to])).toEqual([[5, 'tháng', null, null, 'Giám đốc']]);
  });

  it('reads a deadline whose hour comes before its day, and the days after a joiner printed without their word', () => {
    const doc = ['KẾ HOẠCH', 'Bảo đảm y tế cho Hội khỏe Phù Đổng năm 2027', '', 'I. CHẾ ĐỘ BÁO CÁO',
      '- Tổ y tế trực báo cáo nhanh về Trung tâm trước 17 giờ 00 các ngày 08/7/2027 và 09/7/2027.',
      '- Trung tâm báo cáo kết quả về Sở Y tế trước 16h30 ngày 15/7/2027.'].join('\n');
    const reports = compile(doc).plan.reporting.map((r) => [r.line, r.deadline?.day, r.deadline?.month, r.to]);
    expect(reports).toEqual([[5, 8, 7, 'Trung tâm'], [5, 9, 7, 'Trung tâm'], [6, 15, 7, 'Sở Y tế']]);
  });

  it('reads a numbered report whose sentence goes on after an aside on the next line', () => {
    const doc = ['KẾ HOẠCH', 'Cung ứng thuốc năm 2027', '', 'I. CHẾ ĐỘ BÁO CÁO', '',
      '1. Các đơn vị báo cáo tồn kho, tình hình cung ứng thuốc về Sở Y tế', '(qua Phòng Nghiệp vụ Dược) trước ngày 05 hằng tháng.'].join('\n');
    expect(compile(doc).plan.reporting.map((r) => [r.deadline?.day, r.period, r.to])).toEqual([[5, 'tháng', 'Sở Y tế']]);
  });

  it('reads a reporting table, each row a report where it starts, as a pipe table or a cell a paragraph', () => {
    const pipe = ['**KẾ HOẠCH**', '', '**Y tế học đường năm 2027**', '', '**I. CHẾ ĐỘ BÁO CÁO**', '', '| Loại báo cáo | Thời hạn | Nơi nhận |', '|---|---|---|',
      '| Báo cáo tháng của trạm y tế | Trước ngày 20 hằng tháng | Trung tâm Y tế huyện |', '| Báo cáo năm | Trước ngày 10/12/2027 | Sở Y tế |'].join('\n');
    const read = (doc: string) => compile(doc, { file: 'x.md' }).plan.reporting.map((r) => [r.line, r.period, r.deadline?.day, r.deadline?.month, r.to]);
    expect(read(pipe)).toEqual([[9, 'tháng', 20, null, 'Trung tâm Y tế huyện'], [10, 'năm', 10, 12, 'Sở Y tế']]);
    const cells = ['**KẾ HOẠCH**', '', '**Y tế học đường năm 2027**', '', '**I. CHẾ ĐỘ BÁO CÁO**', '', '**Loại báo cáo**', '', '**Thời hạn**', '', '**Nơi nhận**', '',
      'Báo cáo quý của Trung tâm Y tế', '', 'Trước ngày 25 của tháng cuối quý', '', 'Phòng Y tế huyện', '', 'Các đơn vị gửi báo cáo đúng hạn.'].join('\n');
    expect(read(cells)).toEqual([[13, 'quý', 25, null, 'Phòng Y tế huyện']]);
  });

  it('takes the body a report goes to, not the one a bracket sends a copy to', () => {
    const doc = ['KẾ HOẠCH', 'Phòng, chống bệnh sởi năm 2027', '', 'I. CHẾ ĐỘ BÁO CÁO',
      '- Khoa Kiểm soát bệnh tật báo cáo Sở Y tế (đồng gửi Trung tâm Kiểm soát bệnh tật tỉnh) trước ngày 05 hằng tháng.'].join('\n');
    expect(compile(doc).plan.reporting.map((r) => r.to)).toEqual(['Sở Y tế']);
  });
});
