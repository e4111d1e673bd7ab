// Vite's `?url` imports: the file is emitted as an asset of the build and its URL (same origin) imported.
declare module '*?url' {
  const url: string;
  export default url;
}

// A stylesheet imported for its side effect (Vite adds it to the build as a file).
declare module '*.css';
