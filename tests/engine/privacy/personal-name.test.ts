import { describe, expect, it } from 'vitest';
import { findPersonalNames } from '../../../engine/privacy/personal-name.js';

const texts = (text: string, cast: string[] = [], allowNames: string[] = []): string[] =>
  findPersonalNames(text, { cast: cast.map((name) => ({ name })), allowNames }).map((c) => c.text);

describe('findPersonalNames', () => {
  it('finds a title with a surname or a full name', () => {
    expect(texts('Mrs Patel, Dr. Okafor, PC Hughes and DS Amir Shah met.')).toEqual([
      'Mrs Patel',
      'Dr. Okafor',
      'PC Hughes',
      'DS Amir Shah',
    ]);
  });

  it('finds a capitalised word after a cue such as called, mum or my name is', () => {
    expect(texts('a boy called Bogdan; her mum, Kelly, said; my name is Tomasz; known as Chantelle')).toEqual([
      'Bogdan',
      'Kelly',
      'Tomasz',
      'Chantelle',
    ]);
  });

  it('finds known first names alone and with a surname', () => {
    expect(texts('Liam was absent. Sharon Dobson rang. Grace Okafor agreed.')).toEqual([
      'Liam',
      'Sharon Dobson',
      'Grace Okafor',
    ]);
  });

  it('finds an unknown first name before a known surname', () => {
    expect(texts('The tenant is Bogdan Nowak.')).toEqual(['Bogdan Nowak']);
  });

  it('leaves the possessive ending out of the reported name', () => {
    expect(texts("Connor's house")).toEqual(['Connor']);
  });

  it('allows cast members by first name, surname, full name and possessive', () => {
    const cast = ['Kelly Harper', 'Dr Amara Okafor'];
    expect(texts("Kelly Harper's mum; Mrs Harper; Kelly's view; Dr Okafor; Amara", cast)).toEqual([]);
  });

  it('still reports someone who shares only part of a cast name', () => {
    expect(texts('Kelly Walsh is not Kelly Harper.', ['Kelly Harper'])).toEqual(['Kelly Walsh']);
  });

  it('allows names the author lists in allowNames', () => {
    expect(texts('Florence Nightingale is quoted.', [], ['Florence Nightingale'])).toEqual([]);
  });

  it('does not read agencies, roles, places, days or months as names', () => {
    const text =
      'The Designated Safeguarding Lead at North Yorkshire Police spoke to the Health Visitor on Monday in December about the Court of Protection and Children’s Social Care in Harrogate.';
    expect(texts(text)).toEqual([]);
  });

  it('does not read ambiguous first names as names when they stand alone', () => {
    expect(texts('Will the school attend? Hope is not a plan. Grace period ends.')).toEqual([]);
  });

  it('does not read names of schools, homes or streets as people', () => {
    expect(texts("St Aidan's Academy, Oliver House care home, Victoria Road surgery, Harrison Primary")).toEqual([]);
  });

  it('does not read capitalised words or single letters after a cue as names', () => {
    expect(texts("We called Children's Social Care. Child A and Person B. Mum, I'm here.")).toEqual([]);
  });

  it('suggests adding the person to the cast', () => {
    expect(findPersonalNames('Mrs Patel')[0]?.suggestion).toMatch(/cast/);
  });
});
