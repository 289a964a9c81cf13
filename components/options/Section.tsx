import type { ComponentChildren } from 'preact';

/** One part of the options page: a heading, a sentence on what it changes, then its controls. */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section class="option-section" aria-labelledby={`${id}-title`} data-section={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p class="intro">{intro}</p>
      {children}
    </section>
  );
}

/** A message beside the field it is about; nothing when there is none. */
export function FieldError({ id, message }: { id?: string; message: string | null | undefined }) {
  return message ? (
    <p class="field-error" id={id} role="alert">
      {message}
    </p>
  ) : null;
}

/** Every problem of an import or a paste, one per line. */
export function ProblemList({ problems }: { problems: readonly string[] }) {
  return problems.length > 0 ? (
    <ul class="problems" role="alert" data-problems>
      {problems.map((problem, index) => (
        <li key={index}>{problem}</li>
      ))}
    </ul>
  ) : null;
}
