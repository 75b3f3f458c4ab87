import type { Meeting } from '../api/useMeeting';
import { DECLARATION_KINDS } from './words';

/** Declarations of interest, each with its kind, the item it is about and any dispensation. */
export function Declarations({ declarations }: { declarations: Meeting['declarations'] }) {
  return (
    <section aria-labelledby="declarations">
      <h2 className="govuk-heading-l" id="declarations">
        Declarations of interest
      </h2>
      {declarations.length === 0 ? (
        <p className="govuk-body">No interests have been declared.</p>
      ) : (
        <ul className="govuk-list">
          {declarations.map((declaration) => (
            <li key={declaration.id} className="app-item-list__item">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{declaration.memberName}</strong>: {DECLARATION_KINDS[declaration.kind].toLowerCase()}
                {declaration.agendaItem ? ` in item ${declaration.agendaItem.number}` : ''}.
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-1">{declaration.interest}</p>
              {declaration.dispensation && <p className="govuk-body-s govuk-!-margin-bottom-0">Dispensation: {declaration.dispensation}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
