// The preload exposes exactly the API of shared/api.ts as `window.impartial`: one function
// per method, each a single ipcRenderer.invoke on that method's channel, and one event
// subscription. `satisfies ImpartialBridge` makes a missing or extra method a type error.
// It imports only types and channel names, so the sandboxed bundle stays small.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { ImpartialApi, ImpartialBridge, ImpartialEvent, MethodName } from '../../shared/api.ts';
import { eventChannel, ipcChannel } from '../../shared/ipc-channels.ts';

// The result is whatever main answered: always a Result value (main never throws across IPC).
const invoke = <K extends MethodName>(method: K): ImpartialApi[K] =>
  ((input: unknown) => ipcRenderer.invoke(ipcChannel(method), input)) as ImpartialApi[K];

const impartial = {
  getAppInfo: invoke('getAppInfo'),
  listRecent: invoke('listRecent'),
  chooseCasefileToOpen: invoke('chooseCasefileToOpen'),
  createCasefile: invoke('createCasefile'),
  importInterchange: invoke('importInterchange'),
  unlock: invoke('unlock'),
  unlockRemembered: invoke('unlockRemembered'),
  forgetPassphrase: invoke('forgetPassphrase'),
  verifyCasefile: invoke('verifyCasefile'),
  lock: invoke('lock'),
  keepAlive: invoke('keepAlive'),
  getCase: invoke('getCase'),
  saveRecord: invoke('saveRecord'),
  deleteRecord: invoke('deleteRecord'),
  reorderRecords: invoke('reorderRecords'),
  renumberPoints: invoke('renumberPoints'),
  saveTogether: invoke('saveTogether'),
  saveSection: invoke('saveSection'),
  renderDocument: invoke('renderDocument'),
  sendForFactCheck: invoke('sendForFactCheck'),
  previewDocument: invoke('previewDocument'),
  countDocumentWords: invoke('countDocumentWords'),
  issueDocument: invoke('issueDocument'),
  saveIssuedDocument: invoke('saveIssuedDocument'),
  attachEvidenceFile: invoke('attachEvidenceFile'),
  saveEvidenceFile: invoke('saveEvidenceFile'),
  readEvidenceFile: invoke('readEvidenceFile'),
  searchCase: invoke('searchCase'),
  getFileTextStates: invoke('getFileTextStates'),
  standardParagraph: invoke('standardParagraph'),
  getSettings: invoke('getSettings'),
  setSettings: invoke('setSettings'),
  chooseBackupFolder: invoke('chooseBackupFolder'),
  getHistory: invoke('getHistory'),
  backUpNow: invoke('backUpNow'),
  listBackups: invoke('listBackups'),
  restoreBackup: invoke('restoreBackup'),
  onEvent(listener: (event: ImpartialEvent) => void) {
    // Only the event payload crosses: the IpcRendererEvent (with its sender) stays here.
    const handler = (_event: IpcRendererEvent, payload: ImpartialEvent) => listener(payload);
    ipcRenderer.on(eventChannel, handler);
    return () => {
      ipcRenderer.removeListener(eventChannel, handler);
    };
  },
} satisfies ImpartialBridge;

contextBridge.exposeInMainWorld('impartial', impartial);
