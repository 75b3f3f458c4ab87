import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession, renderRoutes } from '@/testing/render';
import { routes } from './router';

describe('moving to another page', () => {
  it('puts focus at the top of the document on a line naming the new page, so the next Tab reaches the skip link', async () => {
    renderRoutes(routes, { session: fakeSession(false), path: '/signed-out' });
    expect(screen.getByTestId('page-announcer')).not.toHaveFocus();

    await userEvent.click(screen.getByRole('link', { name: 'Accessibility statement' }));
    const announcer = screen.getByTestId('page-announcer');
    await waitFor(() => expect(announcer).toHaveFocus());
    expect(announcer).toHaveTextContent('Accessibility statement – Promise');
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
  });

  it('links the footer to the accessibility statement, the privacy notice and the cookies page, each a page of its own', async () => {
    renderRoutes(routes, { session: fakeSession(false), path: '/signed-out' });
    expect(screen.getByRole('link', { name: 'Privacy notice' })).toHaveAttribute('href', '/privacy');
    await userEvent.click(screen.getByRole('link', { name: 'Cookies' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Cookies');
    expect(screen.getByText(/Promise itself sets no cookies/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Cookies the sign-in service sets' })).toHaveTextContent('KEYCLOAK_IDENTITY');
    await userEvent.click(screen.getByRole('link', { name: 'Privacy notice' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Privacy notice');
  });
});
