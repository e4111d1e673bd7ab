// An email's text: its headers as a reader sees them (From, To, Cc, Date, Subject), its body,
// and the names of the files attached to it. .eml through postal-mime (a MIME parser with no
// dependencies, by the author of Nodemailer; an HTML-only body is turned into text by it);
// Outlook's .msg through @kenjiuno/msgreader (pure JavaScript). The text of files attached to
// an email is not read: attach such a file to an evidence item of its own to search it.
import { createRequire } from 'node:module';
import type { FieldsData } from '@kenjiuno/msgreader';
import PostalMime, { type Address } from 'postal-mime';
import { NotSearchableError } from './not-searchable.ts';

// A CommonJS package whose class is its `default` export, which Node's ESM import does not unwrap.
const { default: MsgReader } = createRequire(import.meta.url)('@kenjiuno/msgreader') as { default: new (buffer: ArrayBuffer) => { getFileData(): FieldsData } };

const mailbox = (name: string | undefined, address: string | undefined) =>
  name && address && name !== address ? `${name} <${address}>` : (name || address || '');

function addresses(list: readonly Address[] | undefined): string {
  return (list ?? []).flatMap((a) => (a.group ? a.group.map((m) => mailbox(m.name, m.address)) : [mailbox(a.name, a.address)])).filter(Boolean).join(', ');
}

function compose(headers: Array<[string, string | undefined]>, body: string | undefined, attachmentNames: string[]): string {
  const lines = headers.filter(([, v]) => v?.trim()).map(([k, v]) => `${k}: ${v!.trim()}`);
  return [lines.join('\n'), body?.trim() ?? '', attachmentNames.length ? `Attached: ${attachmentNames.join(', ')}` : '']
    .filter(Boolean).join('\n\n');
}

export async function readEml(bytes: Uint8Array): Promise<string> {
  let email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    throw new NotSearchableError(`the email could not be read (${(error as Error).message})`);
  }
  return compose(
    [['From', addresses(email.from ? [email.from] : [])], ['To', addresses(email.to)], ['Cc', addresses(email.cc)], ['Date', email.date], ['Subject', email.subject]],
    email.text,
    email.attachments.map((a) => a.filename ?? '').filter(Boolean),
  );
}

export function readMsg(bytes: Uint8Array): string {
  let data;
  try {
    const copy = new Uint8Array(bytes);
    data = new MsgReader(copy.buffer).getFileData();
  } catch (error) {
    throw new NotSearchableError(`the Outlook message could not be read (${(error as Error).message})`);
  }
  if (data.error) throw new NotSearchableError(`the Outlook message could not be read (${data.error})`);
  const recipients = (kind: 'to' | 'cc') => (data.recipients ?? []).filter((r) => (r.recipType ?? 'to') === kind).map((r) => mailbox(r.name, r.email ?? r.smtpAddress)).join(', ');
  return compose(
    [['From', mailbox(data.senderName, data.senderEmail ?? data.senderSmtpAddress)], ['To', recipients('to')], ['Cc', recipients('cc')],
      ['Date', data.messageDeliveryTime ?? data.clientSubmitTime], ['Subject', data.subject]],
    data.body,
    (data.attachments ?? []).filter((a) => !a.attachmentHidden).map((a) => a.fileName ?? a.name ?? '').filter(Boolean),
  );
}
