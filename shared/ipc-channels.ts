// IPC channel names, in their own file so that the sandboxed preload can import them
// without bundling zod and the schemas: one channel per API method, one for events.
export const ipcChannelPrefix = 'impartial:';
export const ipcChannel = (method: string): string => `${ipcChannelPrefix}${method}`;
export const eventChannel = 'impartial:event';
