// Real files of each kind the search reads, made in the test: PDFs with pdfkit (one text page
// per string, or pages that are only a picture of text, like a scan), a Word document with the
// docx package, a PNG of text drawn with @napi-rs/canvas, and an email as MIME text.
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { Document, Packer, Paragraph } from 'docx';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

const root = join(import.meta.dirname, '../../../..');
GlobalFonts.registerFromPath(join(root, 'assets/fonts/LiberationSans-Regular.ttf'), 'Liberation Sans');

function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', font: join(root, 'assets/fonts/LiberationSans-Regular.ttf') });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

/** A PDF with a text layer, one page per string. */
export function textPdf(pages: readonly string[]): Promise<Buffer> {
  return pdf((doc) => pages.forEach((text, i) => {
    if (i > 0) doc.addPage();
    doc.fontSize(12).text(text, 72, 72, { width: 450 });
  }));
}

/** A PDF whose pages are pictures of text and have no text layer, as a scanner makes them. */
export function scannedPdf(pages: readonly string[]): Promise<Buffer> {
  return pdf((doc) => pages.forEach((text, i) => {
    if (i > 0) doc.addPage();
    doc.image(pictureOfText(text), 36, 72, { width: 523 });
  }));
}

/** A PNG of a line of black text on white, large enough for OCR. */
export function pictureOfText(text: string): Buffer {
  const canvas = createCanvas(1600, 240);
  const g = canvas.getContext('2d');
  g.fillStyle = 'white';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = 'black';
  g.font = '44px "Liberation Sans"';
  g.fillText(text, 40, 130);
  return canvas.toBuffer('image/png');
}

export function docx(paragraphs: readonly string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }));
}

/** An email as an .eml file: a plain text part (quoted-printable, as mail clients send it) and an attachment. */
export function eml(input: { from: string; to: string; subject: string; date: string; body: string }): Buffer {
  const qp = input.body.replace(/=/g, '=3D').replace(/(.{70})/g, '$1=\r\n');
  return Buffer.from([
    `From: ${input.from}`, `To: ${input.to}`, `Subject: ${input.subject}`, `Date: ${input.date}`,
    'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '',
    '--b1', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', qp, '',
    '--b1', 'Content-Type: application/pdf; name="minutes.pdf"', 'Content-Disposition: attachment; filename="minutes.pdf"',
    'Content-Transfer-Encoding: base64', '', Buffer.from('%PDF-1.4 not really').toString('base64'), '',
    '--b1--', '',
  ].join('\r\n'));
}
