// Native file dialogs: the only way a path enters the app from the user in Electron. The
// renderer never sees what is chosen here; it gets a fileId from the service.
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { writeFileAtomically } from '../core/files/write-atomically.ts';
import { titleForFileName } from '../core/files/file-names.ts';

const casefileFilter = { name: 'Impartial casefiles', extensions: ['casefile'] };

export async function chooseCasefileToOpen(window: BrowserWindow | undefined): Promise<string | undefined> {
  const options = { title: 'Open casefile', properties: ['openFile' as const], filters: [casefileFilter] };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}

export async function chooseNewCasefilePath(window: BrowserWindow | undefined, title: string): Promise<string | undefined> {
  const suggested = titleForFileName(title, { dots: false }) || 'Casefile';
  const options = { title: 'Save new casefile', defaultPath: join(app.getPath('documents'), `${suggested}.casefile`), filters: [casefileFilter] };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return undefined;
  return result.filePath.endsWith('.casefile') ? result.filePath : `${result.filePath}.casefile`;
}

export async function chooseInterchangeFile(window: BrowserWindow | undefined): Promise<string | undefined> {
  const options = { title: 'Import casefile export (JSON)', properties: ['openFile' as const], filters: [{ name: 'Impartial export', extensions: ['json'] }] };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}

/** Asks where to save a rendered document and writes it; undefined when cancelled. */
export async function saveDocument(window: BrowserWindow | undefined, fileName: string, bytes: Uint8Array): Promise<{ saved: true } | undefined> {
  const extension = fileName.split('.').pop() ?? '';
  const filters = [{ name: extension === 'pdf' ? 'PDF document' : 'Word document', extensions: [extension] }];
  const options = { title: 'Save document', defaultPath: join(app.getPath('documents'), fileName), filters };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return undefined;
  // The dialog has asked before replacing a file; the new one appears whole or not at all.
  writeFileAtomically(result.filePath, bytes);
  return { saved: true };
}

export async function chooseEvidenceFile(window: BrowserWindow | undefined): Promise<string | undefined> {
  const options = { title: 'Attach file to evidence item', properties: ['openFile' as const] };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}

/** Asks where to save a copy of an evidence item's file and writes it; undefined when cancelled. */
export async function saveEvidenceFile(window: BrowserWindow | undefined, fileName: string, bytes: Uint8Array): Promise<{ saved: true } | undefined> {
  const options = { title: 'Save a copy of the file', defaultPath: join(app.getPath('documents'), fileName) };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return undefined;
  // The dialog has asked before replacing a file; the new one appears whole or not at all.
  writeFileAtomically(result.filePath, bytes);
  return { saved: true };
}

/** A folder for the automatic backups; undefined when cancelled. */
export async function chooseBackupFolder(window: BrowserWindow | undefined): Promise<string | undefined> {
  const options = { title: 'Choose where backups go', properties: ['openDirectory' as const, 'createDirectory' as const] };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}
