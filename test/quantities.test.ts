/**
 * The quantity grammar on single clauses: values, comparators, units, and
 * the numbers that belong to names.
 */
import { describe, expect, it } from 'vitest';
import { scanQuantities } from '../src/normalize/targets/quantity.js';
import { comparatorSigns, parseFigure } from '../src/grammar/figures.js';
import { splitClauses } from '../src/normalize/targets/clauses.js';
import { planYear, yearIn } from '../src/normalize/targets/year.js';
import { indicatorsOf } from '../src/normalize/targets/indicator.js';
import { compile } from '../src/compile.js';

const pick = (text: string) => scanQuantities(text).map((q) => ({ value: q.value, cmp: q.cmp, unit: q.unit, ...(q.valueMax !== null ? { valueMax: q.valueMax } : {}) }));

describe('numbers', () => {
  it.each([
    ['19,5', 19.5], ['7.000', 7000], ['08', 8], ['262.500', 262500], ['1.000.000', 1000000], ['0,05', 0.05], ['1.246,5', 1246.5], ['18.4', 18.4],
  ])('%s is %d', (text, value) => expect(parseFigure(text)).toBe(value));
});

describe('comparators and units', () => {
  it.each([
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số', [{ value: 95, cmp: 'eq', unit: '%' }]],
    ['Tỷ lệ người dân có thẻ bảo hiểm y tế đạt trên 97% dân số', [{ value: 97, cmp: 'gt', unit: '%' }]],
    ['SDD thể nhẹ cân còn dưới 13,7%', [{ value: 13.7, cmp: 'lt', unit: '%' }]],
    ['SDD thể thấp còi còn dưới 24.4% (a decimal point, as some exports print it)', [{ value: 24.4, cmp: 'lt', unit: '%' }]],
    ['tiêm chủng cho 1.500 trẻ (a thousands point)', [{ value: 1500, cmp: 'eq', unit: 'trẻ' }]],
    ['thực hiện tối thiểu 90% danh mục kỹ thuật', [{ value: 90, cmp: 'ge', unit: '%' }]],
    ['thực hiện được từ 95% trở lên danh mục', [{ value: 95, cmp: 'ge', unit: '%' }]],
    ['thời gian chờ không quá 30 phút', [{ value: 30, cmp: 'le', unit: 'phút' }]],
    ['16/16 ấp có nhân viên y tế ấp (a hamlet of the South)', [{ value: 16, cmp: 'eq', unit: 'ấp' }]],
    ['thành lập mới 02 đội hình thanh niên tình nguyện', [{ value: 2, cmp: 'eq', unit: 'đội hình' }]],
    ['Tỷ lệ mắc sởi dưới 1/100.000 dân (a rate per population, not a count out of a whole)', [{ value: 1, cmp: 'lt', unit: '/100.000 dân' }]],
    ['bổ sung 18 tủ lạnh bảo quản vắc xin', [{ value: 18, cmp: 'eq', unit: 'tủ lạnh' }]],
    ['Lắp bổ sung 60 giá treo dung dịch vệ sinh tay chứa cồn', [{ value: 60, cmp: 'eq', unit: 'giá treo' }]],
    ['sửa chữa, nâng cấp 04 trạm y tế xuống cấp (a count after the verb "nâng cấp", no grade "cấp 4")', [{ value: 4, cmp: 'eq', unit: 'trạm y tế' }]],
    ['ban hành 12 quy trình chuẩn và tập huấn cho 180 giáo viên, 150 đại biểu', [{ value: 12, cmp: 'eq', unit: 'quy trình' }, { value: 180, cmp: 'eq', unit: 'giáo viên' }, { value: 150, cmp: 'eq', unit: 'đại biểu' }]],
    ['bệnh viện hạng cấp 2 (a grade)', []],
    ['Trao 250 suất quà (mỗi suất trị giá 300.000 đồng) và 30 thẻ bảo hiểm y tế', [{ value: 250, cmp: 'eq', unit: 'suất quà' }, { value: 30, cmp: 'eq', unit: 'thẻ bảo hiểm y tế' }]],
    ['tổ chức 03 buổi nói chuyện chuyên đề tại trường (sessions counted, no period)', [{ value: 3, cmp: 'eq', unit: 'buổi' }]],
    ['Thành lập 04 đoàn giám sát của tuyến tỉnh và 02 đoàn kiểm tra liên ngành', [{ value: 4, cmp: 'eq', unit: 'đoàn giám sát' }, { value: 2, cmp: 'eq', unit: 'đoàn kiểm tra' }]],
    ['kết nạp 500 đoàn viên mới (members, not teams)', [{ value: 500, cmp: 'eq', unit: 'đoàn viên' }]],
    ['đường dây nóng 0229.3.871.115 hoặc 0913 456 789 (telephone numbers) tiếp nhận 100% phản ánh', [{ value: 100, cmp: 'eq', unit: '%' }]],
    ['kết nạp ít nhất 42 đảng viên, bồi dưỡng cho 90 quần chúng, kiểm tra 04 chi bộ', [{ value: 42, cmp: 'ge', unit: 'đảng viên' }, { value: 90, cmp: 'eq', unit: 'quần chúng' }, { value: 4, cmp: 'eq', unit: 'chi bộ' }]],
    ['trong đó từ 30% đến 40% đạt loại khá, giỏi (a range, its sign after each figure)', [{ value: 30, cmp: 'ge', unit: '%', valueMax: 40 }]],
    ['có ít nhất 72 thí sinh tham gia vòng sơ khảo', [{ value: 72, cmp: 'ge', unit: 'thí sinh' }]],
    ['duy trì 05 câu lạc bộ và 03 mô hình điểm', [{ value: 5, cmp: 'eq', unit: 'câu lạc bộ' }, { value: 3, cmp: 'eq', unit: 'mô hình' }]],
    ['thành lập 3 đặc khu và 12 tổ dân phố', [{ value: 3, cmp: 'eq', unit: 'đặc khu' }, { value: 12, cmp: 'eq', unit: 'tổ dân phố' }]],
    ['trẻ dưới 5 tuổi còn <19 ‰', [{ value: 19, cmp: 'lt', unit: '‰' }]],
    ['dưới 1 tuổi còn ≤ 13‰', [{ value: 13, cmp: 'le', unit: '‰' }]],
    ['tỷ suất sinh thô 0,3%o', [{ value: 0.3, cmp: 'eq', unit: '‰' }]],
    ['Tỷ số giới tính khi sinh là dưới 112 trẻ nam/100 trẻ nữ', [{ value: 112, cmp: 'lt', unit: 'trẻ nam/100 trẻ nữ' }]],
    ['Đạt 45,7 giường bệnh', [{ value: 45.7, cmp: 'eq', unit: 'giường bệnh' }]],
    ['3,5 dược sỹ đại học/vạn dân', [{ value: 3.5, cmp: 'eq', unit: 'dược sỹ đại học/vạn dân' }]],
    ['dự trữ 50 lọ huyết thanh kháng dại và 20 hộp thuốc (supplies counted in their packs)', [{ value: 50, cmp: 'eq', unit: 'lọ' }, { value: 20, cmp: 'eq', unit: 'hộp' }]],
    ['diện tích trồng dược liệu đạt khoảng 1.200 ha', [{ value: 1200, cmp: 'eq', unit: 'ha' }]],
    ['cấp phát ít nhất 1.200 gói thuốc khử khuẩn cho các hộ', [{ value: 1200, cmp: 'ge', unit: 'gói' }]],
    ['Cap phat it nhat 1.200 goi thuoc khu khuan (a draft without diacritics)', [{ value: 1200, cmp: 'ge', unit: 'goi' }]],
    ['146/152 (96%) xã đạt Bộ tiêu chí', [{ value: 96, cmp: 'eq', unit: '%' }]],
    ['18/20 thôn (95%) có nhân viên y tế thôn', [{ value: 95, cmp: 'eq', unit: '%' }]],
    ['20/20 xã, thị trấn (100%) có người hiến máu', [{ value: 100, cmp: 'eq', unit: '%' }]],
    ['Duy trì kết quả 5/5 xã đạt chỉ tiêu', [{ value: 5, cmp: 'eq', unit: 'xã' }]],
    ['tỷ lệ được xét nghiệm đạt 90 - 100%', [{ value: 90, cmp: 'ge', unit: '%', valueMax: 100 }]],
    ['Từ 60–70% phụ nữ mang thai được sàng lọc (a range opened by "từ"; "phụ nữ" is the subject, not the unit)', [{ value: 60, cmp: 'ge', unit: '%', valueMax: 70 }]],
    ['Tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số trở lên (trở lên after the population)', [{ value: 95, cmp: 'ge', unit: '%' }]],
    ['95% trẻ em từ 5 tuổi trở lên được khám (trở lên of the age, not of the rate)', [{ value: 95, cmp: 'eq', unit: '%' }]],
    ['bảo đảm mỗi Trạm Y tế có ít nhất 02 nhân viên được tập huấn', [{ value: 2, cmp: 'ge', unit: 'nhân viên' }]],
    ['tỷ lệ được xét nghiệm đạt 92,5 - 97,5% (a range with decimal commas)', [{ value: 92.5, cmp: 'ge', unit: '%', valueMax: 97.5 }]],
    ['tỷ lệ được xét nghiệm đạt 92.5 - 97.5% (the same with decimal points)', [{ value: 92.5, cmp: 'ge', unit: '%', valueMax: 97.5 }]],
    ['Tuổi thọ trung bình: 73,5 tuổi', [{ value: 73.5, cmp: 'eq', unit: 'tuổi' }]],
    ['duy trì tổng tỷ suất sinh ở mức 2,1 con/phụ nữ', [{ value: 2.1, cmp: 'eq', unit: 'con/phụ nữ' }]],
  ])('%s', (text, expected) => expect(pick(text.replace(/ \(.*\)$/, ''))).toEqual(expected));
});

describe('numbers that name rather than measure', () => {
  it.each([
    'giảm tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng',
    'trẻ 18 tháng tuổi được tiêm nhắc',
    'có thêm xã đạt tiêu chí số 14',
    'chỉ tiêu số 18.4 và 18.5 về y tế',
    'giai đoạn 2021-2025',
    'ngày 24/5/2024 của Tỉnh ủy',
    'trước ngày 10/6',
    'tại Dự án 2',
    'sinh con thứ 3 trở lên',
    'trong vòng 24 giờ',
    'đội cơ động thường trực 24/24 giờ trong mùa mưa, bão',
    'mỗi khu phố tổ chức ít nhất 02 buổi trong năm',
    'khám thai ít nhất 4 lần trong thai kỳ',
    'hưởng ứng Ngày Quốc tế phòng, chống ma túy 26/6',
    'khám sức khỏe 2 lần/năm',
    'Chỉ thị số 25-CT/TW',
    'năm 2030',
    'COVID-19',
    'đã thí điểm tại 12 trường trung học phổ thông',
    'duy trì mô hình tại 05 ấp đã thực hiện năm 2025',
    'súc miệng bằng dung dịch fluor 0,2% hằng tuần',
    'khử khuẩn bề mặt bằng Cloramin B 2%',
    'lưu mẫu thức ăn 24 giờ theo quy định',
    'theo dõi trẻ 30 phút tại điểm tiêm',
  ])('%s', (text) => {
    expect(scanQuantities(text).filter((q) => q.unit !== null || q.compared)).toEqual([]);
  });

  it('reads the day and month after a named day as its date, with nothing counted after them', () => {
    expect(scanQuantities('Treo áp phích tại các buồng bệnh; hưởng ứng Ngày Vệ sinh tay thế giới 05/5.')).toEqual([]);
    expect(pick('Ngày Vệ sinh tay thế giới: 05/5 khoa đạt')).toEqual([{ value: 5, cmp: 'eq', unit: 'khoa' }]);
  });

  it('counts sessions held in a named quarter or year, not in every one', () => {
    expect(pick('Tổ chức 02 buổi diễn tập sơ cứu tại ấp An Hòa trong quý II/2026')).toEqual([{ value: 2, cmp: 'eq', unit: 'buổi' }]);
    expect(pick('Tổ chức 02 buổi diễn tập trong năm 2026')).toEqual([{ value: 2, cmp: 'eq', unit: 'buổi' }]);
    expect(pick('mỗi khu phố tổ chức 02 buổi trong quý')).toEqual([]);
  });

  it('keeps a count out of a whole after a scope word', () => {
    expect(pick('Tổ chức chiến dịch tại 16/16 xã, thị trấn')).toEqual([{ value: 16, cmp: 'eq', unit: 'xã' }]);
  });

  it('keeps a count after a scope word where the plan is to reach it, not where the work is done already', () => {
    expect(pick('Khám phát hiện tại 24 xã, phường có người bệnh mới')).toEqual([{ value: 24, cmp: 'eq', unit: 'xã' }]);
    // "Da liễu" folds as "đã" does: the done word is matched as printed
    expect(pick('Bệnh viện Da liễu khám tại 24 xã')).toEqual([{ value: 24, cmp: 'eq', unit: 'xã' }]);
  });

  it('reads the vehicles and crews of emergency care as counted things, a canoe as no case', () => {
    expect(pick('Đầu tư 01 xe cứu thương và 01 ca nô cứu thương cao tốc')).toEqual([{ value: 1, cmp: 'eq', unit: 'xe cứu thương' }, { value: 1, cmp: 'eq', unit: 'ca nô' }]);
    expect(pick('Duy trì 01 kíp cấp cứu ngoại viện')).toEqual([{ value: 1, cmp: 'eq', unit: 'kíp' }]);
    expect(pick('Khám cho 120 ca bệnh')).toEqual([{ value: 120, cmp: 'eq', unit: 'ca' }]);
  });

  it('reads the sick as a unit of their own, the denominator of a rate after it', () => {
    const { plan } = compile(['KẾ HOẠCH', 'Phòng, chống bệnh phong năm 2027', '', 'I. MỤC TIÊU', '- Tỷ lệ lưu hành bệnh phong dưới 0,2 người bệnh/10.000 dân.'].join('\n'));
    expect(plan.targets.map((t) => [t.cmp, t.value, t.unit, t.indicator])).toEqual([['lt', 0.2, 'người bệnh/10.000 dân', 'Tỷ lệ lưu hành bệnh phong']]);
  });

  it('keeps the denominator of a rate out of the values', () => {
    expect(pick('Số ca ngộ độc được báo cáo trên 100.000 dân còn dưới 08 ca')).toEqual([{ value: 8, cmp: 'lt', unit: 'ca' }]);
  });

  it('reads a range in words with a unit after it as one value, at least its first end', () => {
    expect(pick('gọi khám gấp từ 2,5 đến 3 lần chỉ tiêu giao quân')).toEqual([{ value: 2.5, cmp: 'ge', unit: 'lần', valueMax: 3 }]);
    // the days of a month in a range name when, not how much
    expect(pick('tiêm chủng vào các ngày từ 15 đến 17 hằng tháng').filter((q) => 'valueMax' in q)).toEqual([]);
  });

  it('reads no minutes of a time of day as a count', () => {
    // "30 buổi", "00 buổi": the minutes, and the word of the day's part after them
    expect(pick('Cán bộ y tế có mặt trước 06 giờ 30 buổi sáng và trước 13 giờ 00 buổi chiều').filter((q) => q.unit === 'buổi')).toEqual([]);
  });
});

describe('targets said twice or labelled', () => {
  const targetsOf = (line: string) =>
    compile(['KẾ HOẠCH', 'Y tế kỳ thi năm 2026', '', 'I. CHỈ TIÊU', '', line].join('\n')).plan.targets.map((t) => [t.value, t.unit, t.indicator]);

  it('reads a rate said again as a fraction in brackets as one target', () => {
    expect(targetsOf('- 90% xã (18/20 xã) có tổ y tế lưu động.')).toEqual([[90, '%', 'xã (18/20 xã) có tổ y tế lưu động']]);
    // a fraction that is another figure is a target of its own
    expect(targetsOf('- 90% xã có tổ y tế, trong đó 12/20 xã có xe cứu thương.').map(([value]) => value)).toEqual([90, 12]);
  });

  it('reads no value after "không sử dụng" (a condition of what not to use), and litres per person a day as a unit', () => {
    expect(targetsOf('- 90% hộ gia đình không sử dụng nước có độ mặn từ 1‰ trở lên để ăn uống.').map(([value, unit]) => [value, unit])).toEqual([[90, '%']]);
    expect(targetsOf('- Hỗ trợ nước ăn uống tối thiểu 20 lít/người/ngày.').map(([value, unit]) => [value, unit])).toEqual([[20, 'lít/người/ngày']]);
  });

  it('drops a target\'s own label from its indicator', () => {
    expect(targetsOf('Chỉ tiêu 1: 100% điểm thi có bàn y tế.')).toEqual([[100, '%', 'điểm thi có bàn y tế']]);
  });
});

describe('clauses and years', () => {
  it('cuts at ";" and at sentence ends, keeping sentences together', () => {
    const clauses = splitClauses('Đạt 45,7 giường bệnh; 14,5 bác sỹ. Tỷ lệ A đạt 5%');
    expect(clauses.map((c) => [c.text.trim(), c.sentence])).toEqual([['Đạt 45,7 giường bệnh', 0], ['14,5 bác sỹ', 0], ['Tỷ lệ A đạt 5%', 1]]);
  });

  it('reads target years, not baselines or dates', () => {
    expect(yearIn('Mục tiêu đến năm 2025')).toBe(2025);
    expect(yearIn('Mục tiêu cụ thể đến 2030 theo Chương trình số 53-CTr/TU ngày 24/5/2024')).toBe(2030);
    expect(yearIn('giảm 20% so với năm 2024')).toBeNull();
    expect(yearIn('năm học 2024 - 2025')).toBe(2025);
    expect(yearIn('giai đoạn 2021 - 2025')).toBeNull();
    expect(yearIn('Mở 04 lớp dạy bơi trong quý III/2027', { needLead: true })).toBe(2027);
    expect(yearIn('Mở 06 lớp trong tháng 7/2027', { needLead: true })).toBe(2027);
    expect(yearIn('báo cáo trước ngày 15/12/2027', { needLead: true })).toBeNull();
    expect(planYear('Thực hiện Chương trình … năm 2025 trên địa bàn huyện')).toBe(2025);
    expect(planYear('… đến năm 2025')).toBeNull();
  });

  it('reads the plan\'s own year from its title: a school year\'s second, none from a period', () => {
    expect(planYear('Chăm sóc răng miệng cho học sinh năm học 2026 - 2027')).toBe(2027);
    expect(planYear('Y tế trường học năm học 2024-2025')).toBe(2025);
    expect(planYear('Thực hiện Chương trình giai đoạn 2021 - 2025 trong năm 2024')).toBe(2024);
    expect(planYear('Thực hiện Đề án năm 2021 - 2025')).toBeNull();
    expect(planYear('Y tế năm 2025 và định hướng đến năm 2030')).toBe(2025);
  });
});

describe('indicators of values joined in one clause', () => {
  const indicators = (clause: string) => {
    const quantities = scanQuantities(clause);
    return indicatorsOf(clause, quantities, quantities.map((q) => q.unit));
  };

  it('gives values joined by "và" the predicate printed after the last', () => {
    expect(indicators('100% khoa lâm sàng và 24/24 Trạm Y tế xã thực hiện quản lý người bệnh trên phần mềm')[0])
      .toBe('khoa lâm sàng thực hiện quản lý người bệnh trên phần mềm');
    expect(indicators('95% trẻ em dưới 1 tuổi, 90% trẻ em 18 tháng tuổi và 85% phụ nữ có thai được tiêm chủng đầy đủ').slice(0, 2))
      .toEqual(['trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', 'trẻ em 18 tháng tuổi được tiêm chủng đầy đủ']);
  });

  it('names what a count that opens its words counts, with the words printed after it', () => {
    expect(indicators('99/99 Trạm Y tế xã, phường có đủ thuốc điều trị tăng huyết áp')).toEqual(['Trạm Y tế xã, phường có đủ thuốc điều trị tăng huyết áp']);
    expect(indicators('16/16 xã, thị trấn tổ chức chiến dịch diệt lăng quăng')).toEqual(['xã, thị trấn tổ chức chiến dịch diệt lăng quăng']);
    expect(indicators('100% khoa lâm sàng và 24/24 Trạm Y tế xã thực hiện quản lý người bệnh')[1]).toBe('Trạm Y tế xã thực hiện quản lý người bệnh');
  });

  it('keeps the name of a thing counted inside its words, not of an occasion, a time, a rate or a figure with decimals', () => {
    expect(indicators('Mở 7 lớp tập huấn sơ cấp cứu cho tình nguyện viên')).toEqual(['Mở lớp tập huấn sơ cấp cứu cho tình nguyện viên']);
    expect(indicators('Mỗi khoa phân công 01 nhân viên làm đầu mối')).toEqual(['Mỗi khoa phân công nhân viên làm đầu mối']);
    expect(indicators('Tập huấn cho ít nhất 200 lượt bác sĩ tuyến xã')).toEqual(['Tập huấn cho bác sĩ tuyến xã']);
    expect(indicators('Điểm chất lượng bệnh viện đạt 3,6 điểm trở lên')[0]).not.toContain('điểm trở');
    // more things counted with it, after a comma, where the count is the words' object
    expect(indicators('Tập huấn cho ít nhất 120 cán bộ, nhân viên y tế về kiểm soát nhiễm khuẩn')).toEqual(['Tập huấn cho cán bộ, nhân viên y tế về kiểm soát nhiễm khuẩn']);
    expect(indicators('In và phát hành 20.000 tờ rơi, áp phích về tác hại của thuốc lá')).toEqual(['In và phát hành tờ rơi, áp phích về tác hại của thuốc lá']);
    // a mark or a baseline after the unit: the count's own words end there; a count that completes a label ends them too
    expect(indicators('Số người tham gia tăng 1.500 người so với năm 2025')[0]).toBe('Số người tham gia tăng so với năm 2025');
    expect(indicators('Tiêm thuốc tránh thai: 6.000 ca, trợ cấp tai biến')[0]).not.toContain('ca, trợ cấp');
  });

  it('keeps a value that has a predicate of its own, and a list that goes on after a comma, as they are', () => {
    expect(indicators('Tỷ lệ người được phát hiện đạt 50% và 45% người mắc bệnh được quản lý')[0]).toBe('Tỷ lệ người được phát hiện');
    expect(indicators('Đặt dụng cụ tử cung 7.000 ca, đình sản 120 ca, trợ cấp tai biến do sử dụng các biện pháp tránh thai')[0])
      .toBe('Đặt dụng cụ tử cung');
  });
});

describe('a footnote printed in braces where its mark stood (pandoc\'s Zim wiki)', () => {
  it('is no part of the indicator, and its citation is a reference', () => {
    const { plan } = compile(['KẾ HOẠCH', 'Tiêm chủng năm 2026', 'I. MỤC TIÊU',
      '- Tỷ lệ trẻ được tiêm đủ 3 mũi vắc xin đạt từ 95% trở lên {Note: Chỉ tiêu giao tại Kế hoạch số 27/KH-SYT ngày 12/01/2026 của Sở Y tế.};'].join('\n'));
    expect(plan.targets.map((t) => [t.value, t.indicator])).toEqual([[95, 'Tỷ lệ trẻ được tiêm đủ 3 mũi vắc xin']]);
    expect(plan.references.map((r) => r.number)).toEqual(['27/KH-SYT']);
  });
});

describe('values for each period of the year, in one sentence', () => {
  const { plan } = compile(['KẾ HOẠCH', 'Phòng bệnh năm 2026', 'I. MỤC TIÊU', '- Tỷ lệ hộ chăn nuôi được tuyên truyền: Quý I: 30%; Quý II: 60%; Quý III: 85%; Quý IV: 100%.',
    '- Số điểm giết mổ được kiểm tra điều kiện vệ sinh thú y: Quý I:', '04 điểm; Quý II: 08 điểm.'].join('\n'));

  it('gives each value the indicator before the first period, the period in brackets', () => {
    expect(plan.targets.map((t) => [t.line, t.value, t.unit, t.indicator])).toEqual([
      [4, 30, '%', 'Tỷ lệ hộ chăn nuôi được tuyên truyền (Quý I)'], [4, 60, '%', 'Tỷ lệ hộ chăn nuôi được tuyên truyền (Quý II)'],
      [4, 85, '%', 'Tỷ lệ hộ chăn nuôi được tuyên truyền (Quý III)'], [4, 100, '%', 'Tỷ lệ hộ chăn nuôi được tuyên truyền (Quý IV)'],
      [6, 4, 'điểm', 'Số điểm giết mổ được kiểm tra điều kiện vệ sinh thú y (Quý I)'], [6, 8, 'điểm', 'Số điểm giết mổ được kiểm tra điều kiện vệ sinh thú y (Quý II)'],
    ]);
  });
});

describe('a lead that names a year', () => {
  const targetsOf = (lines: string[]) => {
    const doc = ['UBND HUYỆN A', 'Số: 12/KH-UBND', 'A, ngày 10 tháng 3 năm 2026', '', 'KẾ HOẠCH', 'Y tế giai đoạn 2026 - 2030', '', 'I. MỤC TIÊU', ...lines].join('\n');
    return compile(doc).plan.targets.map((t) => [t.value, t.year]);
  };

  it('gives its year to the bullets after it, up to the next lead or heading', () => {
    expect(targetsOf(['Đến hết năm 2026:', '- 100% chi bộ quán triệt.', '- Tối thiểu 80% hộ được tuyên truyền.', 'Đến năm 2030:', '- Trên 95% hộ được quản lý.', '1. Chỉ tiêu khác', '- 90% trạm có bác sĩ.']))
      .toEqual([[100, 2026], [80, 2026], [95, 2030], [90, null]]);
  });

  it('is a short paragraph that ends on a colon, not a sentence that states a target', () => {
    expect(targetsOf(['Năm 2026 tổ chức tập huấn cho 50 người.', '- 100% chi bộ quán triệt.'])).toEqual([[50, 2026], [100, null]]);
  });
});

describe('the subject of a clause that opens on its predicate', () => {
  const indicatorsIn = (line: string) => {
    const doc = ['UBND HUYỆN A', 'Số: 12/KH-UBND', 'A, ngày 10 tháng 3 năm 2025', '', 'KẾ HOẠCH', 'Y tế năm 2025', '', 'I. MỤC TIÊU', `- ${line}`].join('\n');
    return compile(doc).plan.targets.map((t) => t.indicator);
  };

  it('is the subject of the clause before it in the sentence', () => {
    expect(indicatorsIn('Tỷ lệ người từ 40 tuổi trở lên được sàng lọc tăng huyết áp đạt ít nhất 75%; được sàng lọc đái tháo đường đạt ít nhất 60%.'))
      .toEqual(['Tỷ lệ người từ 40 tuổi trở lên được sàng lọc tăng huyết áp', 'Tỷ lệ người từ 40 tuổi trở lên được sàng lọc đái tháo đường']);
  });

  it('is found by the predicate as printed, not by its folded letters ("dược" is not "được")', () => {
    expect(indicatorsIn('Bệnh viện Y dược cổ truyền tỉnh thực hiện được 90% danh mục kỹ thuật; dược sĩ được đào tạo lại đạt 100%.')[1])
      .toBe('dược sĩ được đào tạo lại');
  });
});

describe('values that only qualify another', () => {
  const targetsOf = (line: string, date = 'ngày 10 tháng 3 năm 2025') => {
    const doc = ['UBND HUYỆN A', 'Số: 12/KH-UBND', `A, ${date}`, '', 'KẾ HOẠCH', 'Y tế năm 2025', '', 'I. MỤC TIÊU', `- ${line}`].join('\n');
    return compile(doc).plan.targets.map((t) => [t.cmp, t.value, t.unit, t.year]);
  };

  it('leaves a count inside the words of the rate before it', () => {
    expect(targetsOf('Tối thiểu 90% hộ gia đình tại 14 thôn trọng điểm được phun hóa chất')).toEqual([['ge', 90, '%', 2025]]);
    expect(targetsOf('Tiêm vắc xin cho ít nhất 95% trẻ chưa tiêm đủ 2 mũi')).toEqual([['ge', 95, '%', 2025]]);
    expect(targetsOf('Từ 60–70% phụ nữ mang thai được sàng lọc ít nhất 4 bệnh bẩm sinh')).toEqual([['ge', 60, '%', 2025]]);
    expect(targetsOf('Trên 95% đám cưới, đám giỗ có từ 30 mâm cỗ trở lên được hướng dẫn')).toEqual([['gt', 95, '%', 2025]]);
    // a bare count the counted do; but a new indicator after a comma stands on its own
    expect(targetsOf('100% khoa, phòng xây dựng và triển khai ít nhất 01 đề án cải tiến chất lượng')).toEqual([['eq', 100, '%', 2025]]);
    expect(targetsOf('100% chi đoàn ấp, chi đoàn trường học tổ chức ít nhất 01 buổi sinh hoạt chuyên đề')).toEqual([['eq', 100, '%', 2025]]);
    expect(targetsOf('Sau chiến dịch, chỉ số nhà có bọ gậy (HI) ≤ 10%, chỉ số Breteau (BI) < 20.')).toEqual([['le', 10, '%', 2025], ['lt', 20, null, 2025]]);
    expect(targetsOf('Tỷ lệ trẻ chưa tiêm đủ 2 mũi vắc xin được tiêm bổ sung đạt trên 95%')).toEqual([['gt', 95, '%', 2025]]);
    // a conjunction starts a new indicator, and a count out of a whole stays
    expect(targetsOf('Tỷ lệ tiêm chủng đạt 95%, ít nhất 20 xã đạt chuẩn')).toEqual([['eq', 95, '%', 2025], ['ge', 20, 'xã', 2025]]);
    expect(targetsOf('100% khoa lâm sàng và 24 trạm y tế thực hiện')).toEqual([['eq', 100, '%', 2025], ['eq', 24, 'trạm y tế', 2025]]);
    expect(targetsOf('95% trạm y tế tại 16/16 xã có bác sĩ')).toEqual([['eq', 95, '%', 2025], ['eq', 16, 'xã', 2025]]);
    // a count out of a whole covers as a rate does: what its counted have qualifies it
    expect(targetsOf('104/104 Trạm Y tế xã, phường có ít nhất 01 nhân viên được tập huấn')).toEqual([['eq', 104, 'Trạm Y tế', 2025]]);
  });

  it('gives each value the year printed right after it, and a sentence\'s leading year to its later clauses', () => {
    expect(targetsOf('Tỷ lệ A đạt 80% năm 2025, 85% năm 2026 và 90% năm 2027 (năm 2024 đạt 64,2%).').map((t) => t[3])).toEqual([2025, 2026, 2027]);
    expect(targetsOf('Tỷ lệ B đạt trên 60% vào năm 2025 và trên 70% vào năm 2027.').map((t) => t[3])).toEqual([2025, 2027]);
    // a year after a comma leads the value after it, which measures the sentence's subject
    const doc = ['UBND HUYỆN A', 'Số: 12/KH-UBND', 'A, ngày 10 tháng 3 năm 2025', '', 'KẾ HOẠCH', 'Y tế năm 2025', '', 'I. MỤC TIÊU',
      '- Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95% dân số, phấn đấu đến năm 2030 đạt trên 98%.'].join('\n');
    expect(compile(doc).plan.targets.map((t) => [t.value, t.year, t.indicator])).toEqual([
      [95, 2025, 'Tỷ lệ người dân tham gia bảo hiểm y tế dân số'],
      [98, 2030, 'Tỷ lệ người dân tham gia bảo hiểm y tế đến năm 2030'],
    ]);
    // a year that leads the next value is not the one before it
    expect(targetsOf('Đến năm 2026 đạt 90%, đến năm 2028 đạt 95%.').map((t) => t[3])).toEqual([2026, 2028]);
    expect(targetsOf('Đến năm 2027, 100% bệnh viện có khoa Lão khoa; ít nhất 60% trung tâm y tế có giường lão khoa.').map((t) => t[3])).toEqual([2027, 2027]);
  });

  it('leaves the figure of a year before the plan in parentheses, and takes no year from it', () => {
    expect(targetsOf('Giảm tỷ lệ mắc còn dưới 0,15‰ dân số (năm 2024 là 0,32‰).')).toEqual([['lt', 0.15, '‰', 2025]]);
    // a step of the plan itself (its own year), or a plan whose date is unknown, keeps it
    expect(targetsOf('Đến năm 2026 có 100% trạm y tế triển khai (năm 2025 có 05 trạm y tế).')).toEqual([['eq', 100, '%', 2026], ['eq', 5, 'trạm y tế', 2025]]);
    expect(targetsOf('Giảm tỷ lệ mắc còn dưới 0,15‰ (năm 2024 là 0,32‰).', 'ngày   tháng   năm')).toHaveLength(2);
  });
});

describe('values of an indicator table', () => {
  it('read in an appendix after the signature, as the objectives send to it', () => {
    const doc = ['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. MỤC TIÊU', 'Chi tiết tại Phụ lục I.', '', 'Nơi nhận:', '- Sở Y tế;', '- Lưu: VT.', '', 'GIÁM ĐỐC', '', 'Nguyễn Văn A', '', '',
      'Phụ lục I', 'CHỈ TIÊU NĂM 2025', '', 'TT\tChỉ tiêu\tĐVT\tKế hoạch 2025', '1\tTỷ lệ tiêm chủng\t%\t≥ 95', '2\tSố người được khám\tNgười\t4.200'].join('\n');
    const { plan } = compile(doc);
    expect(plan.targets.map((t) => [t.line, t.cmp, t.value, t.unit, t.year, t.section])).toEqual([[20, 'ge', 95, '%', 2025, 'sec-4'], [21, 'eq', 4200, 'Người', 2025, 'sec-4']]);
  });

  it('read a decimal comma or a decimal point alike', () => {
    const doc = ['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. MỤC TIÊU', 'TT\tChỉ tiêu\tĐVT\tKế hoạch 2025',
      '1\tSố giường bệnh/ vạn dân\tGiường\t>19.5', '2\tTỷ lệ tiêm chủng\t%\t≥ 95,5', '3\tSố trạm y tế\tTrạm\t1.250'].join('\n');
    expect(compile(doc).plan.targets.map((t) => [t.cmp, t.value, t.unit])).toEqual([['gt', 19.5, 'Giường'], ['ge', 95.5, '%'], ['eq', 1250, 'Trạm']]);
  });

  it('read every sign grammar/quantities.json lists, typed as two characters or as one', () => {
    const signs = ['>=', '<=', '≥', '≤', '>', '<', '='];
    const doc = ['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. MỤC TIÊU', 'TT\tChỉ tiêu\tĐVT\tKế hoạch 2025', ...signs.map((sign, i) => `${i + 1}\tChỉ số ${i + 1}\t%\t${sign} ${90 + i}`)].join('\n');
    expect(compile(doc).plan.targets.map((t) => [t.cmp, t.value])).toEqual([['ge', 90], ['le', 91], ['ge', 92], ['le', 93], ['gt', 94], ['lt', 95], ['eq', 96]]);
    expect([...comparatorSigns().cmpOf.keys()].sort()).toEqual([...signs].sort());
  });
});


describe('decimals written two ways (KH504)', () => {
  const lint = (lines: string[]) =>
    compile(['KẾ HOẠCH', 'Y tế năm 2025', '', 'I. MỤC TIÊU', ...lines].join('\n')).plan.diagnostics.filter((d) => d.code === 'KH504').map((d) => [d.line, d.message]);

  it('reports the first value written the way the plan uses less', () => {
    expect(lint(['- Suy dinh dưỡng thể nhẹ cân còn dưới 13,7%.', '- Thể thấp còi còn dưới 24.4%.', '- Thừa cân dưới 8,5%.'])).toEqual([
      [6, '"24.4" writes its decimals otherwise than "13,7" at line 5: Vietnamese writes 19,5 with a comma, 7.000 with a point'],
    ]);
  });

  it('says nothing of one way kept, nor of thousands, nor of "1,500" (KH501\'s)', () => {
    expect(lint(['- Thể nhẹ cân dưới 13,7%.', '- Tiêm cho 7.000 trẻ.', '- Thể thấp còi dưới 24,4%.'])).toEqual([]);
    expect(lint(['- Thể nhẹ cân dưới 13.7%.', '- Thể thấp còi dưới 24.4%.'])).toEqual([]);
    expect(lint(['- Thể nhẹ cân dưới 13,7%.', '- Tiêm cho 1,500 trẻ.'])).toEqual([]);
  });
});
