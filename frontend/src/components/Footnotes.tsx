import type { ReactNode } from 'react';
import type { components } from '@/lib/api/schema';

/** What a figure's footnote says: the note on it and its data-quality flags. */
export interface FootnoteText {
  note?: string | null;
  flags?: components['schemas']['QualityFlag'][];
}

/** Whether a figure has anything to footnote. */
export function hasFootnote(figure: FootnoteText): boolean {
  return Boolean(figure.note) || (figure.flags?.length ?? 0) > 0;
}

/** The note, then each flag as a data check, for a footnote or a table cell. */
export function FootnoteBody({ figure }: { figure: FootnoteText }) {
  return (
    <>
      {figure.note && <span className="app-footnote__text">{figure.note}</span>}
      {figure.flags?.map((flag) => (
        <span key={flag.rule + flag.message} className="app-footnote__text">
          Data check: {flag.message}
        </span>
      ))}
    </>
  );
}

const noteId = (prefix: string, n: number) => `${prefix}-note-${n}`;
const markId = (prefix: string, n: number) => `${prefix}-note-${n}-mark`;

/**
 * The mark beside a figure: a link to its footnote that a screen reader reads as "Note 3". The footnote links back
 * to the mark (`FootnoteList`).
 */
export function FootnoteMark({ prefix, n }: { prefix: string; n: number }) {
  return (
    <sup className="app-footnote__mark">
      <a className="govuk-link" id={markId(prefix, n)} href={`#${noteId(prefix, n)}`}>
        <span className="govuk-visually-hidden">Note {n}</span>
        <span aria-hidden="true">{n}</span>
      </a>
    </sup>
  );
}

export interface Footnote {
  n: number;
  /** What the footnote is about, such as the indicator's name: its back link says so. */
  about: string;
  figure: FootnoteText;
}

/** Numbered footnotes under a table, each linking back to its mark; nothing when there are none. */
export function FootnoteList({ prefix, notes, heading = 'Notes' }: { prefix: string; notes: Footnote[]; heading?: ReactNode }) {
  const first = notes[0];
  if (!first) return null;
  return (
    <>
      <h3 className="govuk-heading-s">{heading}</h3>
      <ol className="govuk-list govuk-list--number govuk-body-s" start={first.n}>
        {notes.map(({ n, about, figure }) => (
          <li key={n} id={noteId(prefix, n)} value={n}>
            <strong>{about}</strong>
            <FootnoteBody figure={figure} />
            <a className="govuk-link" href={`#${markId(prefix, n)}`}>
              Back to the figure<span className="govuk-visually-hidden">, note {n}</span>
            </a>
          </li>
        ))}
      </ol>
    </>
  );
}
