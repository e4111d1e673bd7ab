// The renderer names casefiles by opaque ids; the paths they stand for stay here, on the
// Node side. An id is random and lives as long as the host process.
import { randomUUID } from 'node:crypto';
import { basename, dirname, resolve, sep } from 'node:path';
import { ImpartialError } from '../../../shared/errors.ts';
import { errorCodes } from '../../../shared/api.ts';

export class FileRegistry {
  private readonly byId = new Map<string, string>();
  private readonly byPath = new Map<string, string>();

  /** The id of `path`, the same one each time within this process. */
  idOf(path: string): string {
    const absolute = resolve(path);
    let id = this.byPath.get(absolute);
    if (!id) {
      id = randomUUID();
      this.byPath.set(absolute, id);
      this.byId.set(id, absolute);
    }
    return id;
  }

  pathOf(fileId: string): string {
    const path = this.byId.get(fileId);
    if (!path) throw new ImpartialError(errorCodes.unknownFile, 'That casefile is no longer in the list: choose it again');
    return path;
  }

  static displayName(path: string): string {
    return basename(path);
  }

  /** `text` with the folder of `path` taken out, for text from elsewhere (a check's findings) that may name it. */
  static withoutFolder(text: string, path: string): string {
    const folder = dirname(resolve(path));
    return text.split(folder + sep).join('').split(folder).join('…');
  }
}
