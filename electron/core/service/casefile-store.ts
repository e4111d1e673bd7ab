// The real casefile store (electron/core/casefile), as the service's port describes it.
import { createCasefile, openCasefile } from '../casefile/index.ts';
import type { CasefileStore } from './store-port.ts';

export const casefileStore: CasefileStore = { createCasefile, openCasefile };
