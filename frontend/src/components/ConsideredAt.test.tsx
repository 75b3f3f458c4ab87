import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderElement } from '@/testing/render';
import { ConsideredAt } from './ConsideredAt';

describe('ConsideredAt', () => {
  it('lists the meetings whose agenda took up the indicator', async () => {
    const { requests } = renderElement(<ConsideredAt filter={{ indicator: 'HLTH_DENTAL' }} what="this indicator" />, {
      responses: { 'GET /api/v1/meetings': { status: 200, body: fixture('MeetingList') } },
    });
    expect(await screen.findByRole('link', { name: 'Corporate Parenting Board, 4 September 2023' })).toHaveAttribute('href', '/meetings/2');
    expect(screen.getByText('Minutes approved')).toBeInTheDocument();
    expect(new URL(requests[0]!.url).searchParams.get('indicator')).toBe('HLTH_DENTAL');
  });

  it('says so when no meeting has considered it', async () => {
    const { requests } = renderElement(<ConsideredAt filter={{ actionItem: 101 }} what="this item" />, {
      responses: { 'GET /api/v1/meetings': { status: 200, body: fixture('MeetingList', { items: [] }) } },
    });
    expect(await screen.findByText('No board meeting has considered this item yet.')).toBeInTheDocument();
    expect(new URL(requests[0]!.url).searchParams.get('actionItem')).toBe('101');
  });
});
