import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/Button';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { Select } from '@/components/govuk/Select';
import { WarningText } from '@/components/govuk/WarningText';
import { ChangedSince } from '@/components/EditConflict';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { useMeetings } from '@/lib/api/meetings';
import type { Seen } from '@/lib/api/seen';
import { formatDate } from '@/lib/format';
import { useAgendaItemsOf, type PerformancePack, type useFreezePack } from '../api/usePacks';

/**
 * Freezes the pack as presented to a meeting of the board, chosen from the authority's meetings (cancelled ones
 * left out), and the agenda item it was presented under. Quotes the pack as the page shows it: if somebody changed
 * it meanwhile, the page shows their version and freezing again freezes that.
 */
export function FreezeForm({ pack, shown, freeze }: { pack: PerformancePack; shown: Seen<PerformancePack>; freeze: ReturnType<typeof useFreezePack> }) {
  const meetings = useMeetings({ authority: pack.authority });
  const [meetingId, setMeetingId] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const items = useAgendaItemsOf(meetingId ? Number(meetingId) : undefined);
  const { byField, summary } = fieldErrors(freeze.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { meetingId: meetingId ? Number(meetingId) : undefined, agendaItemId: agendaItemId ? Number(agendaItemId) : undefined };
    if (freeze.conflict) freeze.saveMineOverTheirs();
    else freeze.save(input, shown);
  };
  const open = (meetings.data ?? []).filter((meeting) => meeting.status !== 'cancelled').reverse();
  return (
    <section aria-labelledby="freeze">
      <h2 className="govuk-heading-l" id="freeze">
        Freeze as presented
      </h2>
      {summary.length > 0 && <ErrorSummary items={summary} />}
      {freeze.conflict && <ChangedSince noun="pack" action="freeze" href="#pack-title" />}
      <WarningText>Once frozen, the pack never changes: it is kept as the board saw it, with a fingerprint (SHA-256) of its content.</WarningText>
      <form onSubmit={submit} noValidate>
        <Select
          id="meetingId"
          label="Meeting it is presented to"
          value={meetingId}
          error={byField.meetingId}
          onChange={(event) => {
            setMeetingId(event.target.value);
            setAgendaItemId('');
          }}
          options={[{ value: '', text: 'Not presented to a meeting' }, ...open.map((meeting) => ({ value: String(meeting.id), text: `${formatDate(meeting.date)}: ${meeting.title}` }))]}
        />
        {meetingId && (
          <Select
            id="agendaItemId"
            label="Agenda item"
            value={agendaItemId}
            error={byField.agendaItemId}
            onChange={(event) => setAgendaItemId(event.target.value)}
            options={[{ value: '', text: 'No particular item' }, ...(items.data ?? []).map((item) => ({ value: String(item.id), text: `${item.number}. ${item.title}` }))]}
          />
        )}
        <Button variant="warning" disabled={freeze.pending}>
          Freeze as presented
        </Button>
      </form>
    </section>
  );
}
