// The PDF's page and its text styles, in one place: every part of the PDF renderer places
// things by these numbers, and the look has to stay in step with the Word document (theme.ts
// holds the colours and body size both renderers share).
import type { HeadingBlock, ParagraphBlock } from '../../../shared/document/model.ts';
import { theme } from './theme.ts';

// A4 in points, 2.5 cm side margins; the header and footer sit in the top and bottom margins.
export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { left: 70.87, right: 70.87, top: 76, bottom: 76 };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Where the text area ends: nothing but the footer goes below it. */
export const BOTTOM = PAGE.height - MARGIN.bottom;
/** The height of a page's text area. */
export const PAGE_CAPACITY = BOTTOM - MARGIN.top;
export const HEADER_Y = 38;
export const RULE_Y = 54;
export const FOOTER_Y = PAGE.height - 50;

export interface TextStyle {
  size: number;
  /** Line pitch in points. */
  leading: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  before: number;
  after: number;
  indent?: number;
}

export const body: TextStyle = { size: theme.bodySize, leading: theme.bodySize * 1.4, color: theme.text, before: 0, after: theme.paragraphGap };
export const PARAGRAPH: Record<NonNullable<ParagraphBlock['style']>, TextStyle> = {
  normal: body,
  title: { size: 24, leading: 29, color: theme.heading, bold: true, before: 0, after: 6 },
  subtitle: { size: 13, leading: 17, color: theme.muted, before: 0, after: 18 },
  address: { ...body, after: 0 },
  small: { size: 9, leading: 12, color: theme.muted, before: 0, after: theme.paragraphGap },
  quote: { ...body, color: theme.muted, italic: true, indent: 18, before: 2, after: theme.paragraphGap + 2 },
};
export const HEADING: Record<HeadingBlock['level'], TextStyle> = {
  1: { size: 16, leading: 20, color: theme.heading, bold: true, before: 18, after: 6 },
  2: { size: 13, leading: 16.5, color: theme.heading, bold: true, before: 14, after: 4 },
  3: { size: 11.5, leading: 14.5, color: theme.heading, bold: true, before: 10, after: 3 },
};
export const TABLE = { size: theme.tableSize, leading: 12.5, padX: theme.tablePadding, padY: 3.5 };
export const TABLE_CELL: TextStyle = { size: TABLE.size, leading: TABLE.leading, color: theme.text, before: 0, after: 0 };
export const TABLE_HEAD: TextStyle = { ...TABLE_CELL, bold: true };
export const LIST = { indent: 27, labelGap: 8, itemGap: 3 };
/** The running header and footer: small and grey, with the classification mark in bold black. */
export const MARGIN_TEXT: TextStyle = { size: 8.5, leading: 11, color: theme.muted, before: 0, after: 0 };
export const MARGIN_MARK: TextStyle = { ...MARGIN_TEXT, color: theme.text, bold: true };
