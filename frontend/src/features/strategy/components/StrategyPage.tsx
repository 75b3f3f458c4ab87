import { useSearchParams } from 'react-router';
import { AuthorityPicker } from '@/components/AuthorityPicker';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { useAuthorities } from '@/lib/auth/useAuthorities';
import { useOpeningAuthority } from '@/lib/auth/useOpeningAuthority';
import { useStrategy } from '../api/useStrategy';

const Bullets = ({ items }: { items: string[] }) => (
  <ul className="govuk-list govuk-list--bullet">
    {items.map((text, index) => (
      <li key={index}>{text}</li>
    ))}
  </ul>
);

/** "Our promise": the strategy as the board agreed it, in its own words. Public. */
export function StrategyPage() {
  usePageTitle('Our promise');
  const [search] = useSearchParams();
  const authorities = useAuthorities();
  const opening = useOpeningAuthority('strategy');
  const authority = search.get('authority') ?? opening;
  const strategy = useStrategy(authority);
  const s = strategy.data;

  return (
    <>
      <AuthorityPicker authorities={authorities.data ?? []} current={authority} />
      {(authorities.isError || strategy.isError) && <ProblemMessage error={authorities.error ?? strategy.error} />}
      {strategy.isPending && authority && <p className="govuk-body">Loading…</p>}
      {s === null && <p className="govuk-body">This council has not published a corporate parenting strategy in Promise yet.</p>}
      {s && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <nav aria-label="Sections of the strategy">
              <ul className="govuk-list govuk-body-s">
                <li><a className="govuk-link" href="#promise">Our promise to you</a></li>
                <li><a className="govuk-link" href="#priorities">Our priorities</a></li>
                <li><a className="govuk-link" href="#principles">Corporate parenting principles</a></li>
                <li><a className="govuk-link" href="#responsibilities">Our responsibilities</a></li>
                <li><a className="govuk-link" href="#good-job">How we will know</a></li>
              </ul>
            </nav>
          </div>
          <div className="govuk-grid-column-three-quarters">
            <span className="govuk-caption-xl">{s.subtitle}</span>
            <h1 className="govuk-heading-xl">{s.title}</h1>
            <h2 className="govuk-heading-l" id="promise">Our promise to you</h2>
            <p className="govuk-body">{s.promise.introduction}</p>
            {s.promise.ageBands.map((band) => (
              <section key={band.ageBand} aria-labelledby={`band-${band.ageBand}`}>
                <h3 className="govuk-heading-m" id={`band-${band.ageBand}`}>
                  {band.title}
                </h3>
                <p className="govuk-body">{band.introduction}</p>
                {band.themes.map((theme) => (
                  <div key={theme.theme}>
                    <h4 className="govuk-heading-s">{theme.heading}</h4>
                    <Bullets items={theme.promises} />
                  </div>
                ))}
              </section>
            ))}
            <h2 className="govuk-heading-l" id="priorities">Our priorities</h2>
            {s.priorities.map((priority) => (
              <section key={priority.priority} aria-labelledby={`priority-${priority.priority}`}>
                <h3 className="govuk-heading-m" id={`priority-${priority.priority}`}>
                  {priority.name}
                </h3>
                <p className="govuk-body-l">{priority.statement}</p>
                {priority.narrative.map((paragraph, index) => (
                  <p key={index} className="govuk-body">{paragraph}</p>
                ))}
                <h4 className="govuk-heading-s">{priority.commitmentsHeading}</h4>
                <Bullets items={priority.commitments} />
              </section>
            ))}
            <h2 className="govuk-heading-l" id="principles">The seven corporate parenting principles</h2>
            <p className="govuk-body">From the Children and Social Work Act 2017. They always guide our work:</p>
            <ol className="govuk-list govuk-list--number">
              {s.principles.map((principle, index) => (
                <li key={index}>{principle}</li>
              ))}
            </ol>
            <h2 className="govuk-heading-l" id="responsibilities">Our responsibility as corporate parents</h2>
            <Bullets items={s.responsibilities} />
            <h2 className="govuk-heading-l" id="good-job">{s.evaluation.heading}</h2>
            {s.evaluation.paragraphs.map((paragraph, index) => (
              <p key={index} className="govuk-body">{paragraph}</p>
            ))}
            <p className="govuk-body">{s.evaluation.measuresHeading}</p>
            <ul className="govuk-list govuk-list--bullet">
              {s.evaluation.measures.map((measure, index) => (
                <li key={index}>
                  {measure.text}
                  {measure.items.length > 0 && <Bullets items={measure.items} />}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </>
  );
}
