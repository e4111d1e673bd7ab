// The documents a case produces (docs/contracts/design.md section 6) and the formats each is
// written in: the vocabulary of the readiness checks, the document builders, the command line
// and the API.
export const documentKinds = ['statement', 'io-report', 'ip-report', 'adjudication-letter', 'panel-report'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const documentFormats = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof documentFormats)[number];
