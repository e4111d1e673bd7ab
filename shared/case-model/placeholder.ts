// What a new casefile says where the council is not yet known: the smallest valid case needs a
// name, and readiness must recognise it as "not recorded" (shared/readiness), so it lives here once.
export const PLACEHOLDER_AUTHORITY = 'Authority not yet recorded';
