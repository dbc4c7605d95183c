/**
 * Every diagnostic kehoach reports about a document, by stable code.
 *
 * Codes never change meaning once published; new problems get new codes.
 * Ranges: KH0xx input, KH1xx header, KH2xx structure, KH3xx closing,
 * KH4xx references, KH5xx targets, KH6xx budget and reporting.
 * Messages take `{name}` placeholders filled from the diagnostic's data.
 */
import type { Severity } from '../model/schema.js';

export interface DiagnosticDefinition {
  readonly name: string;
  readonly severity: Severity;
  readonly en: string;
  readonly vi: string;
}

export const catalogue = {
  KH001: {
    name: 'empty-document', severity: 'error',
    en: 'the document has no text',
    vi: 'văn bản không có nội dung',
  },
  KH002: {
    name: 'not-a-plan', severity: 'warning',
    en: 'this is a {kind}, not a plan (KẾ HOẠCH)',
    vi: 'đây là {kind}, không phải kế hoạch',
  },
  KH003: {
    name: 'attached-plan', severity: 'info',
    en: 'the plan is attached to a {kind}; the plan itself is compiled',
    vi: 'kế hoạch được ban hành kèm theo {kind}; kehoach đọc phần kế hoạch',
  },
  KH004: {
    name: 'not-text', severity: 'error',
    en: 'the input is not text ({reason} at byte {offset})',
    vi: 'dữ liệu vào không phải văn bản ({reason} tại byte {offset})',
  },
  KH005: {
    name: 'encoding-converted', severity: 'info',
    en: 'the file is in the {encoding} encoding; it was converted to Unicode',
    vi: 'tệp dùng bảng mã {encoding}; đã được chuyển sang Unicode',
  },
  KH006: {
    name: 'markdown-read-as-text', severity: 'warning',
    en: 'a paragraph holds hundreds of * _ [ markers, which no editor writes; the document was read as plain text',
    vi: 'một đoạn có hàng trăm dấu * _ [, điều mà trình soạn thảo không tạo ra; văn bản được đọc như văn bản thuần',
  },
  KH007: {
    name: 'tone-placement-mixed', severity: 'info',
    en: 'tone marks are placed two ways: "{here}" here, "{other}" at line {line}; keep to one',
    vi: 'dấu thanh được đặt theo hai cách: "{here}" ở đây, "{other}" ở dòng {line}; nên thống nhất một cách',
  },
  KH008: {
    name: 'table-unread', severity: 'warning',
    en: 'the cells of this table come one per line and could not be put back into their rows, which were read as text; a PDF\'s text taken without its layout (`pdftotext` without `-layout`, pdfminer\'s `pdf2txt`) prints tables so: convert it again with `pdftotext -layout`',
    vi: 'các ô của bảng này nằm mỗi ô một dòng và không ghép lại được thành hàng, nên các hàng được đọc như văn bản; văn bản lấy từ tệp PDF mà không giữ bố cục (`pdftotext` không có `-layout`, `pdf2txt` của pdfminer) in bảng như vậy: hãy chuyển lại bằng `pdftotext -layout`',
  },
  KH009: {
    name: 'legacy-encoding-paragraph', severity: 'warning',
    en: 'this paragraph is in the TCVN3 (ABC) font encoding, pasted into Unicode text ("{text}"): convert it to Unicode (Unikey\'s converter) or type it again',
    vi: 'đoạn văn này dùng bảng mã TCVN3 (ABC), dán vào văn bản Unicode ("{text}"): hãy chuyển sang Unicode (công cụ chuyển mã của Unikey) hoặc gõ lại',
  },
  KH101: {
    name: 'number-missing', severity: 'warning',
    en: 'no document number ("Số: …/KH-…") was found in the header',
    vi: 'không tìm thấy số, ký hiệu văn bản ("Số: …/KH-…") ở phần đầu',
  },
  KH102: {
    name: 'number-malformed', severity: 'warning',
    en: 'the document number "{text}" is malformed; read as {number}',
    vi: 'số, ký hiệu "{text}" sai quy cách; được hiểu là {number}',
  },
  KH103: {
    name: 'number-leading-zero', severity: 'info',
    en: 'numbers below 10 take a leading zero: {expected}',
    vi: 'số nhỏ hơn 10 phải ghi thêm số 0 phía trước: {expected}',
  },
  KH104: {
    name: 'number-type-mismatch', severity: 'warning',
    en: 'the type code {type} does not match the kind {kind} (expected {expected})',
    vi: 'ký hiệu loại {type} không khớp với tên loại {kind} (phải là {expected})',
  },
  KH105: {
    name: 'number-family-mixed', severity: 'info',
    en: 'a {family} document numbered in {style} style: {number}',
    vi: 'văn bản của {family} nhưng số, ký hiệu ghi theo kiểu {style}: {number}',
  },
  KH106: {
    name: 'number-blank', severity: 'info',
    en: 'the document number leaves its sequence number blank ("{text}"): a draft?',
    vi: 'số văn bản còn để trống số thứ tự ("{text}") (bản dự thảo?)',
  },
  KH111: {
    name: 'date-missing', severity: 'warning',
    en: 'no place and date line ("…, ngày … tháng … năm …") was found',
    vi: 'không tìm thấy địa danh và ngày tháng ("…, ngày … tháng … năm …")',
  },
  KH112: {
    name: 'date-incomplete', severity: 'info',
    en: 'the date leaves {parts} blank (a draft?)',
    vi: 'ngày tháng còn để trống {parts} (bản dự thảo?)',
  },
  KH113: {
    name: 'date-padding', severity: 'warning',
    en: 'write the {part} as {expected} (NĐ 30/2020: a leading zero for days below 10 and months 1 and 2 only)',
    vi: 'ghi {part} là {expected} (NĐ 30/2020: thêm số 0 với ngày dưới 10 và tháng 1, 2)',
  },
  KH114: {
    name: 'date-invalid', severity: 'warning',
    en: 'the date {day}/{month}/{year} does not exist',
    vi: 'ngày {day}/{month}/{year} không tồn tại',
  },
  KH115: {
    name: 'date-in-figures', severity: 'warning',
    en: 'write the date in words: "ngày {day} tháng {month} năm {year}" (NĐ 30/2020), not in figures',
    vi: 'ghi ngày tháng bằng chữ: "ngày {day} tháng {month} năm {year}" (NĐ 30/2020), không ghi bằng số',
  },
  KH121: {
    name: 'kind-missing', severity: 'warning',
    en: 'no document kind (KẾ HOẠCH …) was found',
    vi: 'không tìm thấy tên loại văn bản (KẾ HOẠCH …)',
  },
  KH122: {
    name: 'title-missing', severity: 'warning',
    en: 'the document has no title (trích yếu) under its kind',
    vi: 'văn bản không có trích yếu dưới tên loại',
  },
  KH123: {
    name: 'kind-case', severity: 'warning',
    en: 'the kind "{text}" is printed in capitals: {expected} (NĐ 30/2020)',
    vi: 'tên loại "{text}" phải ghi bằng chữ in hoa: {expected} (NĐ 30/2020)',
  },
  KH201: {
    name: 'label-duplicate', severity: 'warning',
    en: '{what} {label} is used twice (first at line {first})',
    vi: '{what} {label} bị trùng (đã dùng ở dòng {first})',
  },
  KH202: {
    name: 'label-skipped', severity: 'warning',
    en: '{what} {expected} is missing between {previous} and {label}',
    vi: 'thiếu {what} {expected} giữa {previous} và {label}',
  },
  KH203: {
    name: 'point-letter-invalid', severity: 'warning',
    en: 'the point letter {label} is not in the Vietnamese alphabet (a b c d đ e g h i k …)',
    vi: 'điểm {label} không thuộc bảng chữ cái tiếng Việt (a b c d đ e g h i k …)',
  },
  KH204: {
    name: 'no-sections', severity: 'warning',
    en: 'no Roman-numbered sections (I., II., …) were found',
    vi: 'không tìm thấy các mục đánh số La Mã (I., II., …)',
  },
  KH205: {
    name: 'label-style-mixed', severity: 'warning',
    en: '{what} {label} is printed otherwise than {first} at line {line}, at the same level',
    vi: '{what} {label} được ghi khác cách ghi {first} ở dòng {line}, cùng một cấp',
  },
  KH301: {
    name: 'recipients-missing', severity: 'warning',
    en: 'no "Nơi nhận:" list was found',
    vi: 'không tìm thấy phần "Nơi nhận:"',
  },
  KH302: {
    name: 'recipients-heading-misspelt', severity: 'warning',
    en: '"{text}" should be spelt "Nơi nhận:"',
    vi: '"{text}" phải viết là "Nơi nhận:"',
  },
  KH303: {
    name: 'archive-missing', severity: 'warning',
    en: 'the recipients have no archive entry ("- Lưu: VT, …")',
    vi: 'nơi nhận thiếu dòng lưu văn bản ("- Lưu: VT, …")',
  },
  KH304: {
    name: 'signature-missing', severity: 'warning',
    en: 'no signature block (title and name of the signer) was found',
    vi: 'không tìm thấy phần chữ ký (chức vụ, họ tên người ký)',
  },
  KH305: {
    name: 'signature-prefix-mixed', severity: 'warning',
    en: 'the signature mixes state and Party prefixes: {text}',
    vi: 'phần chữ ký dùng lẫn tiền tố của cơ quan nhà nước và của Đảng: {text}',
  },

  KH306: {
    name: 'signer-academic-title', severity: 'warning',
    en: 'the signer\'s name is printed with an academic title ("{title}"); NĐ 30/2020 prints the name alone',
    vi: 'họ tên người ký có kèm học hàm, học vị ("{title}"); Nghị định 30/2020 chỉ ghi họ tên',
  },
  KH307: {
    name: 'signature-prefix-family', severity: 'warning',
    en: 'a state body\'s document (under the Quốc hiệu) signed with the Party\'s prefix: {text} (NĐ 30/2020 writes TM., KT., TL.)',
    vi: 'văn bản của cơ quan nhà nước (có Quốc hiệu) nhưng phần chữ ký dùng tiền tố của Đảng: {text} (Nghị định 30/2020 ghi TM., KT., TL.)',
  },
  KH501: {
    name: 'number-ambiguous', severity: 'warning',
    en: '"{text}" is ambiguous: {decimal} with the Vietnamese decimal comma, {thousands} read the English way; write {thousands} or {decimal}, as meant',
    vi: '"{text}" không rõ nghĩa: là {decimal} nếu dấu phẩy là dấu thập phân, là {thousands} nếu đọc theo kiểu tiếng Anh; hãy viết {thousands} hoặc {decimal}',
  },
  KH502: {
    name: 'rate-above-100', severity: 'warning',
    en: 'a rate of {value}% is above 100%',
    vi: 'tỷ lệ {value}% vượt quá 100%',
  },
  KH503: {
    name: 'fraction-mismatch', severity: 'warning',
    en: '{num}/{den} is {computed}%, not the {value}% printed beside it',
    vi: '{num}/{den} bằng {computed}%, không phải {value}% như ghi bên cạnh',
  },
  KH504: {
    name: 'decimal-style-mixed', severity: 'warning',
    en: '"{text}" writes its decimals otherwise than "{other}" at line {line}: Vietnamese writes 19,5 with a comma, 7.000 with a point',
    vi: '"{text}" ghi phần thập phân khác cách ghi "{other}" ở dòng {line}: tiếng Việt ghi 19,5 với dấu phẩy, 7.000 với dấu chấm',
  },
  KH505: {
    name: 'thousands-style-mixed', severity: 'warning',
    en: '"{text}" groups its thousands otherwise than "{other}" at line {line}: Vietnamese writes 14.000.000 with points',
    vi: '"{text}" phân nhóm hàng nghìn khác cách ghi "{other}" ở dòng {line}: tiếng Việt ghi 14.000.000 với dấu chấm',
  },
  KH601: {
    name: 'budget-sum-mismatch', severity: 'warning',
    en: '{lines} add up to {sum}, not the {amount} stated',
    vi: '{lines} cộng lại được {sum}, không khớp với {amount}',
  },
  KH602: {
    name: 'budget-words-mismatch', severity: 'warning',
    en: 'the amount in words "{words}" is {value}, not {amount}',
    vi: 'số tiền bằng chữ "{words}" là {value}, không khớp với {amount}',
  },
  KH603: {
    name: 'budget-line-product-mismatch', severity: 'warning',
    en: '{quantity} × {price} is {product}, not the {amount} stated',
    vi: '{quantity} × {price} bằng {product}, không khớp với {amount}',
  },
  KH401: {
    name: 'reference-lookalike', severity: 'warning',
    en: 'the document number {number} contains a look-alike character ({char})',
    vi: 'số, ký hiệu {number} chứa ký tự giả dạng ({char})',
  },
  KH402: {
    name: 'reference-after-plan', severity: 'warning',
    en: '{number} is dated after the plan itself',
    vi: 'văn bản {number} có ngày sau ngày của kế hoạch',
  },
  KH403: {
    name: 'reference-date-invalid', severity: 'warning',
    en: '{number} is dated {day}/{month}/{year}, a date that does not exist',
    vi: 'văn bản {number} ghi ngày {day}/{month}/{year}, một ngày không tồn tại',
  },
} as const satisfies Record<string, DiagnosticDefinition>;

export type DiagnosticCode = keyof typeof catalogue;
