import { ProblemMessage } from '@/components/ProblemMessage';
import { WarningText } from '@/components/govuk/WarningText';
import { useMeetingChecks } from '../api/useMeeting';

/** The rules of access to information, checked: each slip the papers have, in plain words. */
export function MeetingWarnings({ meetingId }: { meetingId: number }) {
  const checks = useMeetingChecks(meetingId);
  if (checks.isError) return <ProblemMessage error={checks.error} />;
  if (!checks.data || checks.data.length === 0) return null;
  return (
    <section aria-labelledby="checks">
      <h2 className="govuk-heading-m" id="checks">
        Access to information checks
      </h2>
      {checks.data.map((warning) => (
        <WarningText key={`${warning.rule}-${warning.agendaItem?.id ?? 'meeting'}`}>
          {warning.agendaItem && `Item ${warning.agendaItem.number}: `}
          {warning.message}
        </WarningText>
      ))}
    </section>
  );
}
