// The look both renderers share, so a document reads the same in Word and in PDF:
// a restrained navy for headings, near-black body text, grey for marks and rules.
// Colours are hex without '#', as docx wants them (pdfkit gets '#' prepended).
export const theme = {
  text: '1B1B1B',
  heading: '1F3A5F',
  muted: '555F6B',
  rule: 'A7B1BC',
  tableHeaderFill: 'E6ECF2',
  watermark: 'C8CDD2',
  bodySize: 11,
  /** Space after a paragraph, in points. */
  paragraphGap: 6,
  /** Text in tables, in points. */
  tableSize: 10,
  /** Space between a table cell's border and its text, left and right, in points. */
  tablePadding: 5,
} as const;
