import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderElement } from '@/testing/render';
import { AuditPage, recordLink } from './AuditPage';

const admin = fixture('Me', { roles: ['admin'], authorities: [] });

describe('AuditPage', () => {
  it('lists every change for an administrator, each leading to its record', async () => {
    const { requests } = renderElement(<AuditPage />, {
      responses: { 'GET /api/v1/me': { status: 200, body: admin }, 'GET /api/v1/audit': { status: 200, body: fixture('AuditEntryList') } },
    });
    const table = await screen.findByRole('table', { name: 'Changes, newest first' });
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent('Value HLTH_DENTAL/E08000030/2022-23ChangedPriya Shah2:05pm on 20 November 2023');
    expect(within(first!).getByRole('link')).toHaveAttribute('href', '/indicators/HLTH_DENTAL?area=E08000030&period=2022-23');
    expect(within(second!).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip table' })).toHaveAttribute('href', '#audit-table-end');
    expect(new URL(requests.find((r) => r.url.includes('/audit'))!.url).searchParams.get('limit')).toBe('200');
  });

  it('tells anybody else at once that the audit history is for administrators, and reads nothing', async () => {
    const { requests } = renderElement(<AuditPage />, { responses: { 'GET /api/v1/me': { status: 200, body: fixture('Me', { roles: ['board-member'] }) } } });
    expect(await screen.findByText(/Only administrators can see the audit history/)).toBeInTheDocument();
    expect(requests.some((r) => r.url.includes('/audit'))).toBe(false);
  });

  it('leads to the page of an action item, a meeting and a report', () => {
    expect(recordLink({ entityType: 'action-item', entityId: '12' })).toBe('/action-items/12');
    expect(recordLink({ entityType: 'meeting', entityId: '3' })).toBe('/meetings/3');
    expect(recordLink({ entityType: 'target', entityId: 'HLTH_DENTAL/E08000030/2024-25' })).toBe('/indicators/HLTH_DENTAL?area=E08000030&period=2024-25');
  });
});
