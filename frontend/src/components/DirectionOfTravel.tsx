import type { components } from '@/lib/api/schema';

type Direction = components['schemas']['Direction'];

const LOOK: Record<Direction, { icon: string; text: string }> = {
  improving: { icon: '▲', text: 'Improving' },
  declining: { icon: '▼', text: 'Declining' },
  stable: { icon: '▶', text: 'Stable' },
  none: { icon: '', text: 'No trend' },
};

export function DirectionOfTravel({ direction, reason }: { direction: Direction; reason: string }) {
  const look = LOOK[direction];
  return (
    <>
      <strong className="govuk-!-font-weight-bold">
        {look.icon && <span aria-hidden="true">{look.icon} </span>}
        {look.text}
      </strong>
      <span className="govuk-body-s app-reason">{reason}</span>
    </>
  );
}
