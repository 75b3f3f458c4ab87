import type { components } from '@/lib/api/schema';
import { Tag, type TagColour } from './govuk/Tag';

type Rag = components['schemas']['Rag'];

const LOOK: Record<Rag, { colour: TagColour; icon: string; text: string }> = {
  green: { colour: 'green', icon: '✓', text: 'Green' },
  amber: { colour: 'yellow', icon: '!', text: 'Amber' },
  red: { colour: 'red', icon: '✕', text: 'Red' },
  none: { colour: 'grey', icon: '–', text: 'No RAG' },
};

/** RAG as colour, text and icon together: never colour alone. */
export function RagTag({ rag }: { rag: Rag }) {
  const look = LOOK[rag];
  return (
    <Tag colour={look.colour}>
      <span aria-hidden="true">{look.icon} </span>
      {look.text}
    </Tag>
  );
}
