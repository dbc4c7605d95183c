/**
 * The syntax tree the parser builds from logical lines. Every node keeps the
 * lines it was read from, so each record made from it can say where it is.
 */
import type { Line } from '../lexer/line.js';
import type { ItemStyle, Label } from './labels.js';

/** A paragraph-like unit: one or more lines joined (page breaks and hard wraps undone). */
export interface Block {
  readonly lines: Line[];
  /** The joined text of all lines. */
  text: string;
}

export interface ItemNode {
  readonly type: 'item';
  readonly style: ItemStyle | 'paragraph';
  readonly label: Label | null;
  /** The heading part: "Công tác lãnh đạo" of "1. Công tác lãnh đạo"; null for bullets and paragraphs. */
  title: string | null;
  /** The block, label included. */
  readonly block: Block;
  /** The text after the label (and after the title, when the title was split off). */
  body: string;
  /** A numbered sentence: its title is the sentence itself, not a heading. */
  sentence: boolean;
  readonly children: ItemNode[];
  parent: ItemNode | null;
}

export interface TableNode {
  readonly type: 'table';
  readonly rows: Line[];
  /** The item the table sits under, if any. */
  readonly owner: ItemNode | null;
}

export interface SectionNode {
  readonly type: 'section';
  readonly label: Label;
  readonly title: string;
  readonly line: Line;
  /** Top-level items of the section. */
  readonly items: ItemNode[];
  /** All items in document order. */
  readonly all: ItemNode[];
  readonly tables: TableNode[];
  /** Which part of the plan the section stands in (0 where the plan has no parts holding sections): numbering restarts in each. */
  readonly part: number;
}

export interface HeaderCell {
  readonly text: string;
  readonly line: Line;
  /** NFC column of the cell in its physical line. */
  readonly start: number;
  /** 0 for the left column (or a whole line), 1 and up for the columns to its right. */
  readonly column: number;
}

export interface HeaderNode {
  readonly cells: HeaderCell[];
  /** The kind line ("KẾ HOẠCH"), if found. */
  readonly kind: HeaderCell | null;
  readonly titleLines: Line[];
}

export interface ClosingNode {
  /** The "Trên đây là…" sentence and the "./." marker, if present. */
  readonly closingSentence: Block | null;
  readonly recipientsHeading: { text: string; line: Line; start: number } | null;
  readonly recipients: { text: string; line: Line; start: number }[];
  readonly signature: { text: string; line: Line; start: number }[];
  /**
   * The other signature blocks of a joint plan (liên ngành, liên tịch), printed
   * side by side with the lead body's: the lead signs on the right, as NĐ 30
   * places the chủ trì body, and `signature` holds its block.
   */
  readonly cosignatures: { text: string; line: Line; start: number }[][];
}

export interface AppendixNode {
  readonly title: string;
  readonly line: Line;
  /** What the appendix holds: its items and tables. */
  readonly content: SectionNode | null;
}

export interface DocumentTree {
  readonly lines: Line[];
  readonly header: HeaderNode;
  /** A second header (the plan "kèm theo" a decision), when the document carries one. */
  readonly attached: { header: HeaderNode; carrier: HeaderNode } | null;
  readonly preamble: Block[];
  readonly sections: SectionNode[];
  /** Items and tables found before any Roman-numbered section. */
  readonly loose: SectionNode | null;
  readonly closing: ClosingNode;
  readonly appendices: AppendixNode[];
}
