// From each person's name in the register: given names, surnames, each part of a compound,
// particles, initials and aliases, as every tradition in the set writes them.
import { describe, expect, it } from 'vitest';
import { foldWord, namePartsOf } from '../../../shared/anonymisation/index.ts';

const parts = (name: string, aliases?: string[], label = 'X') => namePartsOf({ id: 'p', name, label, ...(aliases ? { aliases } : {}) });
const keys = (name: string, aliases?: string[]) => parts(name, aliases).parts.map((p) => p.key);

describe('folding a word', () => {
  it('takes off case, diacritics and apostrophes, and maps the letters NFD leaves whole', () => {
    expect(['Ŵyn', 'WYN', 'wyn'].map(foldWord)).toEqual(['wyn', 'wyn', 'wyn']);
    expect(['Łukasz', 'Wiśniewska', 'Søren', 'Đorđe', 'Straße', 'Æthelred', 'Œuvre', 'Ißa'].map(foldWord)).toEqual(['lukasz', 'wisniewska', 'soren', 'dorde', 'strasse', 'aethelred', 'oeuvre', 'issa']);
    expect(["O'Brien", 'O’Brien', 'OʼBrien', 'O‘Brien', 'O`Brien', 'OBrien'].map(foldWord)).toEqual(Array(6).fill('obrien'));
    expect(foldWord('Adébáyọ̀')).toBe('adebayo');
    expect(foldWord('Ade\u0301ba\u0301yo\u0323\u0300')).toBe('adebayo');
    expect(foldWord('İlkay')).toBe('ilkay');
  });
});

describe('name parts', () => {
  it('Welsh: both given names, the patronymic without its particle', () => {
    const p = parts('Gwenllïan Ŵyn ap Rhys');
    expect(p.given).toEqual(['Gwenllïan', 'Ŵyn']);
    expect(p.surnames).toEqual(['ap Rhys']);
    expect(p.parts.map((x) => x.key)).toEqual(expect.arrayContaining(['gwenllian', 'wyn', 'rhys']));
    expect(p.particles).toEqual(['ap']);
    expect(p.parts.map((x) => x.key)).not.toContain('ap');
  });

  it('Irish: O’ joined and apart, Ó as a particle', () => {
    const ob = parts("Siobhan O'Brien");
    expect(ob.parts.map((x) => x.key)).toEqual(expect.arrayContaining(['siobhan', 'obrien']));
    expect(ob.phrases.map((x) => x.keys)).toEqual([['o', 'brien']]);
    const ob2 = parts('Pádraig Ó Briain');
    expect(ob2.surnames).toEqual(['Ó Briain']);
    expect(ob2.particles).toEqual(['o']);
    expect(ob2.parts.map((x) => x.key)).toEqual(expect.arrayContaining(['padraig', 'briain', 'obriain']));
  });

  it('hyphenated double surnames: the whole and each part', () => {
    expect(parts('Gareth Pryce-Jones').surnames).toEqual(['Pryce-Jones', 'Pryce', 'Jones']);
    expect(keys('Ewa Nowak-Wiśniewska')).toEqual(expect.arrayContaining(['ewa', 'nowak', 'wisniewska']));
  });

  it('two given names, and a register name written surname first', () => {
    expect(parts('Siân Elin Morgan').given).toEqual(['Siân', 'Elin']);
    const zk = parts('KOWALCZYK, Zofia');
    expect([zk.given, zk.surnames]).toEqual([['Zofia'], ['KOWALCZYK']]);
    const gr = parts('GREEN Rachel');
    expect([gr.given, gr.surnames]).toEqual([['Rachel'], ['GREEN']]);
  });

  it('particles: van der Berg, al-Hashimi, bin; a given name that looks like one is still a name', () => {
    const v = parts('Pieter van der Berg');
    expect(v.surnames).toEqual(['van der Berg']);
    expect(v.particles).toEqual(['van', 'der']);
    expect(v.parts.map((x) => x.key)).toEqual(expect.arrayContaining(['pieter', 'berg', 'vanderberg']));
    const a = parts('Yusuf al-Hashimi');
    expect(a.particles).toEqual(['al']);
    expect(a.parts.map((x) => x.key)).toEqual(expect.arrayContaining(['yusuf', 'hashimi', 'alhashimi']));
    expect(parts('Ahmed bin Laden').particles).toEqual(['bin']);
    expect(keys('Van Morrison')).toContain('van');
    expect(keys('Al Smith')).toContain('al');
  });

  it('McDonald also as "Mc Donald", never "Donald" alone', () => {
    const m = parts('Aileen McDonald');
    expect(m.phrases.map((x) => x.keys)).toEqual([['mc', 'donald']]);
    expect(m.parts.map((x) => x.key)).not.toContain('donald');
  });

  it('titles are not names; initials and the surname plural are kept', () => {
    const p = parts('Dr Helen Price');
    expect(p.given).toEqual(['Helen']);
    expect(p.parts.map((x) => x.key)).toEqual(['helen', 'price', 'prices']);
    expect(p.initials).toEqual(['h']);
    expect(parts('J. R. Hartley').initials).toEqual(['j', 'r']);
  });

  it('aliases: one word is a part, more are a phrase, one equal to a label is not looked for, one letter never', () => {
    const labels = new Set(['the advocate']);
    const p = namePartsOf({ id: 'p', name: 'Grace Hill', label: 'the advocate', aliases: ['Gracie', 'Mrs Hill', 'the advocate', 'G'] }, labels);
    expect(p.parts.map((x) => [x.key, x.kind])).toEqual([['grace', 'given'], ['hill', 'surname'], ['hills', 'surname'], ['gracie', 'alias']]);
    expect(p.phrases.map((x) => x.keys)).toEqual([['mrs', 'hill']]);
  });

  it('the form of address: each word after the title is a surname, so a married name the name lacks is looked for too', () => {
    const p = namePartsOf({ id: 'p', name: 'Sarah Jones', label: 'Ms A', addressAs: 'Mrs Pryce-Smith' });
    expect(p.parts.map((x) => [x.key, x.kind])).toEqual([['sarah', 'given'], ['jones', 'surname'], ['joneses', 'surname'], ['pryce', 'surname'], ['smith', 'surname']]);
    // The same surname as the name adds nothing; a title alone is never a name.
    expect(namePartsOf({ id: 'p', name: 'Sarah Jones', label: 'Ms A', addressAs: 'Mrs. Jones' }).parts.map((x) => x.key)).toEqual(['sarah', 'jones', 'joneses']);
    expect(namePartsOf({ id: 'p', name: 'Sarah Jones', label: 'Ms A', addressAs: 'Dr' }).parts.map((x) => x.key)).toEqual(['sarah', 'jones', 'joneses']);
  });
});
