/**
 * Hostile documents, made at a chosen scale so that the tests can run them
 * small (test/hostile.test.ts) and the benchmark at 1×, 4× and 16× to show
 * that compile time grows linearly with them (bench/run.mjs).
 *
 * @param {string} sample a well-formed plan to damage
 * @param {number} scale 1 for the test sizes
 * @returns {{ name: string, text: string }[]}
 */
export function hostileInputs(sample, scale) {
  const n = (count) => Math.max(1, Math.round(count * scale));
  return [
    { name: 'empty', text: '' },
    { name: 'whitespace', text: ' \t\n\n   \r\n\u00a0\u2003\n' },
    { name: 'one long line', text: 'Kế hoạch '.repeat(n(110_000)) },
    { name: 'one long line of digits and slashes', text: '12/2024/NĐ-CP 5/5 xã 90 - 100% ngày 1/2/2025 '.repeat(n(20_000)) },
    { name: 'nested labels', text: nested(n(10_000)) },
    { name: 'bullet markers', text: `${sample}\n${'- + * - '.repeat(n(5_000))}\n${'-\n+\n*\n'.repeat(n(3_000))}` },
    { name: 'unclosed links', text: `# KẾ HOẠCH\n\n${'[a]( [x][y] '.repeat(n(2_000))}` },
    { name: 'unbalanced markdown', text: `# ${sample}\n${'**[_`|<'.repeat(n(4_000))}\n${'| a | b\n|---\n'.repeat(n(1_000))}\n\\` },
    { name: 'control characters', text: sample.replace(/ /g, (_, i) => (i % 7 === 0 ? '\u0001 ' : i % 11 === 0 ? '\u200b' : ' ')) + '\u0000\u007f\u0085' },
    { name: 'mixed line ends', text: sample.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join('') },
    { name: 'repeated sections', text: Array.from({ length: n(300) }, (_, i) => `${'IVX'[i % 3]}. NHIỆM VỤ\n1. Việc ${i}\n- Đạt ${i}% dân số\n`).join('') },
    { name: 'a paragraph without end', text: `KẾ HOẠCH\n\nI. MỤC TIÊU\n\n${'tăng cường công tác của và về số\n'.repeat(n(20_000))}` },
    { name: 'thousands of numbers', text: `II. MỤC TIÊU\n- ${'Tỷ lệ đạt trên 95,5% và dưới 3‰ trẻ em dưới 5 tuổi; '.repeat(n(3_000))}` },
    { name: 'wiki markup without end', text: `{|\n! '''TT'''\n|}\n'''a'''\n'''b'''\n'''c'''\n${'<u <ol <li &amp '.repeat(n(10_000))}\n=${' '.repeat(n(50_000))}x=\n${"# * ''' ".repeat(n(5_000))}` },
    { name: 'table headings without rows', text: `I. MỤC TIÊU\n${'STT\n\nChỉ tiêu\n\n'.repeat(n(4_000))}${'T Chỉ tiêu Đơn vị\nT tính 2027\n'.repeat(n(4_000))}${'TT Chỉ tiêu Đơn vị năm 2026\n1 Tỷ lệ trẻ em % 95\n'.repeat(n(2_000))}` },
    { name: 'wiki table of many rows', text: `{|\n! TT !! Chỉ tiêu !! Năm 2026\n${'|-\n| 1 || Tỷ lệ || 95\n| a\nb\n'.repeat(n(10_000))}|}\n` },
    { name: 'a column of ordinals read as one clause', text: `I. MỤC TIÊU\nChỉ tiêu\n\nTT\n\n${Array.from({ length: n(8_000) }, (_, i) => `${i + 1}\n`).join('\n')}` },
    { name: 'one clause of thousands of counts and leads', text: `I. MỤC TIÊU\n- Tổ chức ${'02 buổi tập huấn, trẻ dưới 5 tuổi, '.repeat(n(3_000))}.\n- Phấn đấu ${'đến năm 2030 đạt 5% trên 100.000 dân, '.repeat(n(2_000))}.\n` },
    { name: 'line blocks and a closing run together', text: `KẾ HOẠCH\n${'| - Sở Y tế;\n   tiếp\n'.repeat(n(4_000))}\nNơi nhận:${'- Sở;'.repeat(n(8_000))}\nKT. ${'GIÁM ĐỐC'.repeat(n(2_000))}\n` },
    { name: 'AsciiDoc tables of many cells', text: `== I. MỤC TIÊU\n[cols=",,",]\n|===\n${'|1 |*Tỷ lệ* a| _x_ +\n|2 '.repeat(n(10_000))}\n|===\n|===\n${'a|\n*b*\n\n'.repeat(n(5_000))}` },
    { name: 'tables run into paragraphs', text: `I. MỤC TIÊU\n${'TT Chỉ tiêu ĐVT Năm 2027 1 Tỷ lệ 2 2 2 2 2 2 2 2 2 2 2 2\n'.repeat(n(2_000))}\n${wrapped(`TT Chỉ tiêu ĐVT Năm 2027 ${Array.from({ length: n(3_000) }, (_, i) => `${i + 1} Tỷ lệ trẻ được tiêm % 95`).join(' ')}`)}\n` },
    { name: 'markdown blocks run on into one line', text: `SỞ Y TẾ **TRUNG TÂM** Số: 1/KH-TTYT **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** _Căn cứ a;_ ${'Thực hiện b; '.repeat(n(4_000))}**KẾ HOẠCH x**\n\n${'- Đạt 90%. **II. NHIỆM VỤ** **1. Việc** a) Việc. b) Việc. **Tình huống** a) x. b) y. Trên đây là z. **_Nơi nhận:_** **TT Chỉ tiêu**\n\n'.repeat(n(1_000))}**1. Việc** ${'a) Việc. b) Việc. c) Việc. '.repeat(n(5_000))}\n` },
    { name: 'bold ends glued to words, column and font tags', text: `# KẾ HOẠCH\n\n**${'x '.repeat(n(20_000))}:**b ${':**b'.repeat(n(20_000))}\n\n${'**1\\. Trạm:**Tổ chức '.repeat(n(5_000))}\n\n|||\n|---|---|\n${'<col />'.repeat(n(5_000))}|${'<font>a</font><font>< 5</font>'.repeat(n(5_000))}|b|\n` },
    { name: 'a budget of thousands grouped by spaces', text: `I. KINH PHÍ\n- Tổng: 1${' 000'.repeat(n(20_000))} người\n- Mục: ${'14 000 000 đồng; 2 000 '.repeat(n(5_000))}\n` },
    { name: 'a list of recipients with the signer\'s name between its entries', text: `KẾ HOẠCH\nx\n\nI. NHIỆM VỤ\n1. Làm.\n\nNơi nhận:\nKT. GIÁM ĐỐC\n${'- Sở Y tế;\nNguyễn Văn A\n'.repeat(n(4_000))}- Lưu: VT.\n${'Ký bởi: Sở Y tế\nThời gian ký: 14.04.2027 08:31:52\n'.repeat(n(2_000))}` },
    { name: 'HTML tables in plain text, and words spread apart', text: `I. MỤC TIÊU\n${'<table>\n<tr class="odd">\n<td>a\n\nb</td>\n<td></td>\n'.repeat(n(3_000))}</table>\n${'Căn      cứ   Luật     Khám        bệnh,     chữa      bệnh    số   15/2023/QH15\n'.repeat(n(5_000))}` },
    { name: 'watermark pieces and rows of signatures', text: `KẾ HOẠCH\nI. NHIỆM VỤ\n${'ẢO\n1. Việc một: Quý I:\n04 điểm; Quý II: 05 điểm\nH\n'.repeat(n(4_000))}\n${'   NGƯỜI LẬP          TRƯỞNG KHOA          GIÁM ĐỐC\n     Nguyễn Văn A       Lê Thị B        Trần Văn C\n'.repeat(n(2_000))}` },
    { name: 'Muse and XWiki marks without end', text: `* I. MỤC TIÊU\n\n* II. NHIỆM VỤ\n<quote>\n${'*<verbatim>**x</verbatim>*[1] **a** '.repeat(n(5_000))}\n= III. A {{id name="a" /}}=\n|=a |=b\n${'|x |y~~ |(((z))) ~/'.repeat(n(5_000))}\n${'='.repeat(n(20_000))} x ${'='.repeat(n(20_000))}\n` },
    { name: 'tracked changes without end, headings glued to paragraphs', text: `# I. MỤC TIÊU\n\n${'[a [b]{.insertion x="1"} [90%]{.deletion <span class="insertion" a="b">x '.repeat(n(4_000))}\n\n${'[[[[ {.deletion} <span class="deletion"> '.repeat(n(4_000))}\n` },
    { name: 'paragraphs that end on a section heading', text: `${'Căn cứ Nghị quyết số 04/NQ-HĐND của xã như sau: I. MỤC ĐÍCH, YÊU CẦU\n'.repeat(n(6_000))}${'x: I. '.repeat(n(20_000))}AAAA\n` },
    { name: 'deep decimal labels', text: Array.from({ length: n(20_000) }, (_, i) => `${(i % 9) + 1}.${(i % 7) + 1}.${(i % 5) + 1}.${(i % 3) + 1}. Mục`).join('\n') },
  ];
}

/** Labels that climb the whole ladder again and again: I. 1. 1.1. a) - + * … */
function nested(count) {
  const rungs = ['I. NHIỆM VỤ', '1. Việc', '1.1. Việc', '1.1.1. Việc', 'a) Việc', '- Việc', '+ Việc', '* Việc'];
  return Array.from({ length: count }, (_, i) => rungs[i % rungs.length]).join('\n');
}

/** A text wrapped at 80 columns, as html-to-text wraps a paragraph. */
function wrapped(text) {
  return text.replace(/(.{1,79})(?: |$)/g, '$1\n');
}
