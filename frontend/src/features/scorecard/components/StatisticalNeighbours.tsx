import { Details } from '@/components/govuk/Details';
import { useNeighbours } from '../api/useNeighbours';

/**
 * Who the "Neighbours" comparator is: the Department for Education's list of the authorities most like this one.
 * Nothing shows for an authority without a list.
 */
export function StatisticalNeighbours({ area, areaName }: { area: string; areaName: string }) {
  const neighbours = useNeighbours(area);
  if (!neighbours.data) return null;
  return (
    <div className="govuk-!-margin-bottom-6">
      <Details summary={`Who are ${areaName}'s statistical neighbours?`}>
        <p className="govuk-body">
          The &lsquo;Neighbours&rsquo; figures are the average of the {neighbours.data.length} authorities the Department for Education finds most
          like {areaName}, nearest first:
        </p>
        <ol className="govuk-list govuk-list--number">
          {neighbours.data.map((member) => (
            <li key={member.code}>{member.name}</li>
          ))}
        </ol>
      </Details>
    </div>
  );
}
