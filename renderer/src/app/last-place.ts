// Where the user was in a casefile when it locked, so that unlocking it again returns them
// there (with the keyboard on that screen's heading) rather than to the Overview. Held in
// memory only, for one casefile at a time: it names a screen and a point, never case text,
// and it is forgotten when the casefile is closed or another is opened.
import type { Place } from './navigation.ts';

let remembered: { fileId: string; place: Place } | undefined;

export function rememberPlace(fileId: string, place: Place): void {
  // A field to focus belongs to the moment (a readiness link); the screen, and the point, person
  // or evidence item it opened on, are the place.
  const { focusId: _field, focusText: _text, ...where } = place;
  remembered = { fileId, place: where };
}

export function placeToReturnTo(fileId: string): Place {
  return remembered?.fileId === fileId ? remembered.place : { screen: 'overview' };
}

export function forgetPlace(): void {
  remembered = undefined;
}
