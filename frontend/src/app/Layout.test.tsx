import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fakeSession, renderRoutes } from '@/testing/render';
import { routes } from './router';

describe('the page layout', () => {
  it('offers a skip link, the service name and sign-out to a signed-in user', async () => {
    const session = fakeSession(true);
    renderRoutes(routes, { session, path: '/signed-out' });

    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('link', { name: 'Promise' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');

    await userEvent.click(screen.getByRole('link', { name: 'Sign out' }));
    expect(session.signOuts).toBe(1);
  });

  it('does not offer sign-out to a visitor who is not signed in', () => {
    renderRoutes(routes, { session: fakeSession(false), path: '/signed-out' });
    expect(screen.queryByRole('link', { name: 'Sign out' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('You have signed out');
  });

  it('lands a visitor who is not signed in on the public front door, never the sign-in page', async () => {
    const session = fakeSession(false);
    renderRoutes(routes, { session, path: '/', responses: { 'GET /api/v1/public/authorities': { status: 200, body: fixture('PublicAuthorityList', { items: [], opening: null }) } } });
    expect(await screen.findByText('No council has published anything in Promise yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Promise' })).toHaveAttribute('href', '/');
    expect(session.signIns).toEqual([]);
    await userEvent.click(screen.getByRole('link', { name: 'Sign in' }));
    expect(session.signIns).toEqual(['/']);
  });

  it('sends a visitor who opens a signed-in page to the sign-in page, remembering where they were going', () => {
    const session = fakeSession(false);
    renderRoutes(routes, { session, path: '/scorecard' });
    expect(screen.getByText('Taking you to the sign-in page…')).toBeInTheDocument();
    expect(session.signIns).toEqual(['/scorecard']);
  });

  it('marks the current page in the navigation', async () => {
    renderRoutes(routes, {
      path: '/',
      responses: { 'GET /api/v1/me': { status: 200, body: fixture('Me', { subject: 's', name: 'n', roles: [], authorities: [] }) } },
    });
    expect(await screen.findByText('None: you can read published data only')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  });

  it('offers everyone the board’s meetings, work programme and actions arising', () => {
    renderRoutes(routes, { session: fakeSession(false), path: '/signed-out' });
    expect(screen.getByRole('link', { name: 'Meetings' })).toHaveAttribute('href', '/meetings');
    expect(screen.getByRole('link', { name: 'Work programme' })).toHaveAttribute('href', '/work-programme');
    expect(screen.getByRole('link', { name: 'Actions arising' })).toHaveAttribute('href', '/actions-arising');
  });

  it('offers everyone the reports, and the performance packs only to an authority’s own people', async () => {
    renderRoutes(routes, { session: fakeSession(false), path: '/signed-out' });
    expect(screen.getByRole('link', { name: 'Reports' })).toHaveAttribute('href', '/reports');
    expect(screen.queryByRole('link', { name: 'Performance packs' })).not.toBeInTheDocument();
  });

  it('offers an officer the performance packs', async () => {
    renderRoutes(routes, { path: '/signed-out', responses: { 'GET /api/v1/me': { status: 200, body: fixture('Me') } } });
    expect(await screen.findByRole('link', { name: 'Performance packs' })).toHaveAttribute('href', '/performance-packs');
  });

  it('offers a signed-in analyst of no authority no performance packs', async () => {
    renderRoutes(routes, {
      path: '/',
      responses: { 'GET /api/v1/me': { status: 200, body: fixture('Me', { roles: ['analyst'], authorities: [] }) } },
    });
    expect(await screen.findByRole('link', { name: 'Reports' })).toBeInTheDocument();
    await screen.findByText(/analyst/i);
    expect(screen.queryByRole('link', { name: 'Performance packs' })).not.toBeInTheDocument();
  });

  it('answers an unknown address with a page-not-found page', () => {
    renderRoutes(routes, { path: '/no-such-page' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
  });
});
