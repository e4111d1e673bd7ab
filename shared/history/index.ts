// The history of a casefile: its rows (entry.ts) and their words (words.ts).
export * from './entry.ts';
export * from './words.ts';
