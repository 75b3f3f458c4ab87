import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fakeSession, renderRoutes } from '@/testing/render';
import { PublicHomePage } from './PublicHomePage';

const responses = {
  'GET /api/v1/public/authorities': { status: 200, body: fixture('PublicAuthorityList') },
  'GET /api/v1/public/scorecard': { status: 200, body: fixture('Scorecard') },
  'GET /api/v1/meetings': { status: 200, body: fixture('MeetingList') },
};

function render(path = '/') {
  return renderRoutes([{ path: '/', element: <PublicHomePage /> }], { path, session: fakeSession(false), responses });
}

describe('PublicHomePage', () => {
  it('opens on the council with the most to show, without signing in', async () => {
    const { requests, session } = render();
    expect(await screen.findByRole('heading', { level: 2, name: 'Walsall' })).toBeInTheDocument();
    expect(await screen.findByTestId('public-rag-summary')).toHaveTextContent('0 red, 1 amber, 0 green and 0 without a RAG rating.');
    expect(screen.getByRole('link', { name: 'See the public scorecard' })).toHaveAttribute('href', '/public/scorecard?area=E08000030&period=2022-23');
    expect(screen.getByRole('link', { name: /promise to children in care/ })).toHaveAttribute('href', '/strategy?authority=E08000030');
    expect(screen.getByRole('link', { name: /What children and young people told the board/ })).toHaveAttribute('href', '/you-said-we-did?authority=E08000030');
    const meetings = screen.getByRole('heading', { name: 'Upcoming meetings' }).closest('section')!;
    expect(await within(meetings).findByRole('link', { name: /Corporate Parenting Board/ })).toBeInTheDocument();
    expect(session.signIns).toEqual([]);
    expect(requests.every((r) => r.headers.get('Authorization') === null)).toBe(true);
  });

  it('shows the council in the address, and says plainly what it has not published', async () => {
    render('/?authority=E08000028');
    expect(await screen.findByRole('heading', { level: 2, name: 'Sandwell' })).toBeInTheDocument();
    expect(screen.getByText('Sandwell does not publish its scorecard in Promise yet.')).toBeInTheDocument();
    expect(screen.getByText('Sandwell has not published its corporate parenting strategy in Promise yet.')).toBeInTheDocument();
    expect(screen.getByText('No meeting is planned yet.')).toBeInTheDocument();
  });

  it('says so when the address names a council Promise does not serve', async () => {
    render('/?authority=E08000099');
    expect(await screen.findByText('Promise does not serve a council with the code E08000099.')).toBeInTheDocument();
  });
});
