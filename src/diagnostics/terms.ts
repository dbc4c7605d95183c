/**
 * The words a normaliser puts into a diagnostic's message, in each language
 * the messages are written in: "mục" for a section or an item, the parts of
 * a date, the lines a sum was taken over. A message's template is in the
 * catalogue; these fill its placeholders, with `{name}` placeholders of
 * their own.
 */
import type { Language } from './language.js';

export const terms = {
  section: { en: 'section', vi: 'mục' },
  item: { en: 'item', vi: 'mục' },
  day: { en: 'day', vi: 'ngày' },
  month: { en: 'month', vi: 'tháng' },
  year: { en: 'year', vi: 'năm' },
  partyFamily: { en: 'Party', vi: 'Đảng' },
  stateStyle: { en: 'state', vi: 'nhà nước' },
  officialLetter: { en: 'công văn (official letter)', vi: 'công văn' },
  columnCells: { en: 'the cells of the column "{name}"', vi: 'các ô của cột "{name}"' },
  yearsOf: { en: 'the years of "{name}"', vi: 'các năm của "{name}"' },
  tableLines: { en: 'the lines of the table', vi: 'các khoản trong bảng' },
  linesOf: { en: 'the lines of "{name}"', vi: 'các khoản của "{name}"' },
  budgetLines: { en: 'the budget lines', vi: 'các khoản kinh phí' },
} as const satisfies Record<string, Record<Language, string>>;

export type Term = keyof typeof terms;
