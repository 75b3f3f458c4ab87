import type { ReactNode } from 'react';
import type { AttendanceEntry, Meeting } from '../api/useMeeting';
import { CAPACITIES } from './words';

const named = (entry: AttendanceEntry) => (entry.roleTitle ? `${entry.name} (${entry.roleTitle})` : entry.name);

function Group({ heading, entries, line = named }: { heading: string; entries: AttendanceEntry[]; line?: (entry: AttendanceEntry) => ReactNode }) {
  if (entries.length === 0) return null;
  return (
    <>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{heading}</h3>
      <ul className="govuk-list">
        {entries.map((entry) => (
          <li key={entry.id}>{line(entry)}</li>
        ))}
      </ul>
    </>
  );
}

/** Who came, as minutes list them: members, substitutions ("A substituted for B"), apologies, officers and others. */
export function AttendanceRecord({ meeting }: { meeting: Meeting }) {
  const entries = meeting.attendance;
  const present = entries.filter((entry) => entry.presence === 'present');
  const others = present.filter((entry) => ['advisor', 'young-person', 'guest'].includes(entry.capacity));
  return (
    <section aria-labelledby="attendance">
      <h2 className="govuk-heading-l" id="attendance">
        Attendance
      </h2>
      {entries.length === 0 && <p className="govuk-body">Attendance has not been recorded.</p>}
      <Group heading="Board members present" entries={present.filter((entry) => entry.capacity === 'member')} />
      <Group
        heading="Substitutions"
        entries={present.filter((entry) => entry.capacity === 'substitute')}
        line={(entry) => `${entry.name} substituted for ${entry.substituteFor ?? 'a member'}`}
      />
      <Group heading="Apologies" entries={entries.filter((entry) => entry.presence === 'apologies')} />
      <Group heading="Absent" entries={entries.filter((entry) => entry.presence === 'absent')} />
      <Group heading="Officers present" entries={present.filter((entry) => entry.capacity === 'officer')} />
      <Group heading="Also present" entries={others} line={(entry) => `${named(entry)}, ${CAPACITIES[entry.capacity].toLowerCase()}`} />
    </section>
  );
}
