import { CannotUseForm } from '@/components/CannotUseForm';

/** A meeting's form for somebody who may not keep the board's record: it says so and leads back to the meeting(s). */
export function MeetingFormRefusal({ title, meetingId, authority }: { title: string; meetingId?: number; authority?: string }) {
  return (
    <CannotUseForm
      title={title}
      reason="Only the council’s officers and administrators keep the board’s record: its meetings, agendas, attendance, declarations, minutes and resolutions. You can read the record on the meeting’s page."
      backTo={meetingId ? `/meetings/${meetingId}` : `/meetings?authority=${authority ?? ''}`}
      backText={meetingId ? 'Back to the meeting' : 'Back to meetings'}
    />
  );
}
