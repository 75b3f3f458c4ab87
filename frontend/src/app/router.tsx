import { createBrowserRouter, type RouteObject } from 'react-router';
import { HomePage } from '@/features/me/components/HomePage';
import { SignedOutPage } from '@/features/session/components/SignedOutPage';
import { RequireSignIn } from '@/lib/auth/RequireSignIn';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        path: '/',
        element: (
          <RequireSignIn>
            <HomePage />
          </RequireSignIn>
        ),
      },
      { path: '/signed-out', element: <SignedOutPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
