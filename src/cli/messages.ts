/**
 * The command line's own messages (diagnostics about documents live in the
 * catalogue), in English and Vietnamese. Each is a function, so plurals and
 * word order can differ between the languages.
 */
import type { Language } from '../diagnostics/language.js';

export interface Messages {
  cannotRead(file: string, reason: string): string;
  cannotWrite(file: string, reason: string): string;
  /** A document kehoach could not convert (a bug of its own: `reason` is the internal error). */
  cannotConvert(file: string, reason: string, checked: boolean): string;
  /** A document whose worker ran out of memory converting it. */
  outOfMemory(file: string, limitMb: number, checked: boolean): string;
  noSuchFile: string;
  noSuchDirectory: string;
  isDirectory: string;
  notAFolder: string;
  permissionDenied: string;
  noSpace: string;
  readOnly: string;
  binary(offset: number): string;
  /** A --files-from list with a NUL byte: no list of paths. */
  listNotText(offset: number): string;
  invalidUtf8(offset: number): string;
  overwritesInput(file: string): string;
  internalError(detail: string): string;
  summary(file: string, errors: number, warnings: number, infos: number): string;
  /** The closing line of a batch; `checked` for `check`, which converts nothing. */
  batchSummary(done: number, withWarnings: number, failed: number, checked: boolean): string;
  /** After the closing line, with --cache: how many documents were taken from it. */
  fromCache(unchanged: number, location: string): string;
  ignored(count: number): string;
  cacheNeedsOutDir: string;
  cannotSaveCache(file: string, reason: string): string;
  matchedNothing(pattern: string): string;
  noInput: string;
  stdinTwice: string;
  noPlanFiles(folder: string): string;
  tooLarge(size: string, limit: string): string;
  /** Standard input, a pipe or a device that ran past the limit: its size is unknown. */
  streamTooLarge(limit: string): string;
  /** Interrupted while waiting for a pipe's data. */
  stoppedReading: string;
  outsideOutDir(path: string): string;
  sameOutput(file: string, other: string): string;
  interrupted(signal: string, done: number, total: number, checked: boolean): string;
  /** A batch stopped because its outputs' file system takes no more writes (`reason`: noSpace, readOnly…). */
  stoppedWriting(reason: string, done: number, total: number): string;
  /** Beside the progress bar: how long the rest of a batch will take. */
  timeLeft(seconds: number): string;
}

const en: Messages = {
  cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
  cannotWrite: (file, reason) => `cannot write ${file}: ${reason}`,
  cannotConvert: (file, reason, checked) => `cannot ${checked ? 'check' : 'convert'} ${file}: ${reason}`,
  outOfMemory: (file, limitMb, checked) =>
    `cannot ${checked ? 'check' : 'convert'} ${file}: it needs more memory than a worker has (${limitMb} MB); raise --worker-memory, or ${checked ? 'check' : 'convert'} it with --jobs 1`,
  noSuchFile: 'no such file (check the path and the current folder)',
  noSuchDirectory: 'no such folder (create it first)',
  isDirectory: 'is a folder (name a file)',
  notAFolder: 'is a file, not a folder (name a folder for --out-dir)',
  permissionDenied: 'permission denied (check the file\'s permissions)',
  noSpace: 'no space left on the disk',
  readOnly: 'the file system is read-only',
  binary: (offset) => `not a text file (NUL byte at offset ${offset}); export the document as plain text or markdown`,
  listNotText: (offset) => `not a list of paths (NUL byte at offset ${offset}); write one path per line, in UTF-8 or UTF-16`,
  invalidUtf8: (offset) => `not text in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI (invalid byte at offset ${offset}); save it as UTF-8 and try again`,
  overwritesInput: (file) => `refusing to write the output over the input file ${file}; choose another output`,
  internalError: (detail) => `internal error: ${detail} (please report it; KEHOACH_DEBUG=1 shows the details)`,
  summary: (file, errors, warnings, infos) =>
    errors + warnings + infos === 0
      ? `${file}: no problems`
      : `${file}: ${count(errors, 'error')}, ${count(warnings, 'warning')}, ${count(infos, 'note')}`,
  batchSummary: (done, withWarnings, failed, checked) => `${done} ${checked ? 'checked' : 'converted'} (${withWarnings} with warnings), ${failed} failed`,
  fromCache: (unchanged, location) => `${unchanged} unchanged since the last run, taken from ${location}`,
  ignored: (count) => `${count === 1 ? '1 file' : `${count} files`} left out by --ignore`,
  cacheNeedsOutDir: '--cache keeps the results of check, or of parse with --out-dir; a stream of plans on standard output or in -o FILE is compiled whole each time',
  cannotSaveCache: (file, reason) => `cannot write the cache ${file}: ${reason}; the next run will compile every document again`,
  matchedNothing: (pattern) => `${pattern} matches no file; check the pattern, and quote it so that the shell leaves it alone`,
  noInput: 'no input: name files, folders or patterns, or use --files-from',
  stdinTwice: "standard input cannot carry both the list of files (--files-from -) and a document ('-'); put the list in a file",
  noPlanFiles: (folder) => `${folder} holds no plan file (.txt, .md)`,
  tooLarge: (size, limit) => `it is ${size}, over the ${limit} limit; raise --max-size to read it`,
  streamTooLarge: (limit) => `it runs past the ${limit} limit; raise --max-size to read it`,
  stoppedReading: 'interrupted while waiting for its data',
  outsideOutDir: (path) => `refusing to write ${path}: it lies outside the output folder; name the inputs inside the current folder`,
  sameOutput: (file, other) => `${file} would be written to the same output as ${other}; rename one of them`,
  timeLeft: (seconds) => `${duration(seconds, 'min', 's')} left`,
  interrupted: (signal, done, total, checked) =>
    `stopped by ${signal} after ${done} of ${total} documents; ${checked ? 'the others were not checked' : 'their outputs are whole, the others were not converted'}`,
  stoppedWriting: (reason, done, total) =>
    `stopped after ${done} of ${total} documents: ${reason}, so no other output could be written; the outputs written are whole, the others were not converted`,
};

const vi: Messages = {
  cannotRead: (file, reason) => `không đọc được ${file}: ${reason}`,
  cannotWrite: (file, reason) => `không ghi được ${file}: ${reason}`,
  cannotConvert: (file, reason, checked) => `không ${checked ? 'kiểm tra' : 'chuyển'} được ${file}: ${reason}`,
  outOfMemory: (file, limitMb, checked) =>
    `không ${checked ? 'kiểm tra' : 'chuyển'} được ${file}: tệp cần nhiều bộ nhớ hơn mức của một luồng xử lý (${limitMb} MB); hãy tăng --worker-memory, hoặc ${checked ? 'kiểm tra' : 'chuyển'} tệp này với --jobs 1`,
  noSuchFile: 'không có tệp này (hãy kiểm tra đường dẫn và thư mục hiện tại)',
  noSuchDirectory: 'không có thư mục này (hãy tạo thư mục trước)',
  isDirectory: 'đây là thư mục (hãy chỉ ra một tệp)',
  notAFolder: 'đây là tệp, không phải thư mục (--out-dir cần một thư mục)',
  permissionDenied: 'không có quyền truy cập (hãy kiểm tra quyền của tệp)',
  noSpace: 'ổ đĩa đã hết chỗ trống',
  readOnly: 'hệ thống tệp chỉ cho phép đọc',
  binary: (offset) => `không phải tệp văn bản (byte NUL tại vị trí ${offset}); hãy xuất văn bản ra dạng văn bản thuần hoặc markdown`,
  listNotText: (offset) => `không phải danh sách đường dẫn (byte NUL tại vị trí ${offset}); hãy ghi mỗi dòng một đường dẫn, bằng UTF-8 hoặc UTF-16`,
  invalidUtf8: (offset) => `không phải văn bản UTF-8, UTF-16, Windows-1258, TCVN3 hay VNI (byte không hợp lệ tại vị trí ${offset}); hãy lưu tệp dưới dạng UTF-8 rồi thử lại`,
  overwritesInput: (file) => `không ghi kết quả đè lên tệp đầu vào ${file}; hãy chọn nơi ghi khác`,
  internalError: (detail) => `lỗi nội bộ: ${detail} (xin báo lại lỗi này; KEHOACH_DEBUG=1 cho biết chi tiết)`,
  summary: (file, errors, warnings, infos) =>
    errors + warnings + infos === 0
      ? `${file}: không có vấn đề`
      : `${file}: ${errors} lỗi, ${warnings} cảnh báo, ${infos} ghi chú`,
  batchSummary: (done, withWarnings, failed, checked) => `đã ${checked ? 'kiểm tra' : 'chuyển'} ${done} tệp (${withWarnings} tệp có cảnh báo), ${failed} tệp lỗi`,
  fromCache: (unchanged, location) => `${unchanged} tệp không đổi từ lần chạy trước, lấy kết quả từ ${location}`,
  ignored: (count) => `bỏ qua ${count} tệp theo --ignore`,
  cacheNeedsOutDir: '--cache lưu kết quả của check, hoặc của parse với --out-dir; kế hoạch xuất ra đầu ra chuẩn hay vào -o FILE luôn được biên dịch lại toàn bộ',
  cannotSaveCache: (file, reason) => `không ghi được bộ nhớ đệm ${file}: ${reason}; lần chạy sau sẽ biên dịch lại mọi tệp`,
  matchedNothing: (pattern) => `không có tệp nào khớp với ${pattern}; hãy kiểm tra mẫu và đặt nó trong dấu nháy để shell không tự mở rộng`,
  noInput: 'chưa có dữ liệu vào: hãy chỉ ra tệp, thư mục hoặc mẫu tên tệp, hoặc dùng --files-from',
  stdinTwice: "đầu vào chuẩn không thể vừa là danh sách tệp (--files-from -) vừa là một văn bản ('-'); hãy ghi danh sách ra một tệp",
  noPlanFiles: (folder) => `thư mục ${folder} không có tệp kế hoạch nào (.txt, .md)`,
  tooLarge: (size, limit) => `tệp có dung lượng ${size}, vượt giới hạn ${limit}; hãy tăng --max-size để đọc tệp này`,
  streamTooLarge: (limit) => `dữ liệu vượt giới hạn ${limit}; hãy tăng --max-size để đọc`,
  stoppedReading: 'bị ngắt khi đang chờ dữ liệu',
  outsideOutDir: (path) => `không ghi ${path}: nằm ngoài thư mục kết quả; hãy chỉ ra tệp đầu vào nằm trong thư mục hiện tại`,
  sameOutput: (file, other) => `${file} sẽ ghi đè kết quả của ${other}; hãy đổi tên một trong hai tệp`,
  timeLeft: (seconds) => `còn ${duration(seconds, 'phút', 'giây')}`,
  interrupted: (signal, done, total, checked) =>
    `đã dừng do tín hiệu ${signal} sau ${done}/${total} tệp; ${checked ? 'các tệp còn lại chưa được kiểm tra' : 'kết quả của các tệp này đầy đủ, các tệp còn lại chưa được chuyển'}`,
  stoppedWriting: (reason, done, total) =>
    `đã dừng sau ${done}/${total} tệp: ${reason}, không ghi thêm được kết quả nào; các kết quả đã ghi đều đầy đủ, các tệp còn lại chưa được chuyển`,
};

export function messagesFor(language: Language): Messages {
  return language === 'vi' ? vi : en;
}

/** "45 s", "2 min 5 s". */
function duration(seconds: number, minutes: string, secs: string): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m === 0 ? `${s} ${secs}` : s === 0 ? `${m} ${minutes}` : `${m} ${minutes} ${s} ${secs}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
