// In Electron the preload has already exposed exactly the bridge (electron/preload/index.ts).
import type { ImpartialBridge } from '../../../shared/api.ts';

export function createElectronPlatform(bridge: ImpartialBridge): ImpartialBridge {
  return bridge;
}
