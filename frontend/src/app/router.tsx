import type { ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { ActionItemPage } from '@/features/action-plans/components/ActionItemPage';
import { ActionPlanPage } from '@/features/action-plans/components/ActionPlanPage';
import { CarryForwardPage } from '@/features/action-plans/components/CarryForwardPage';
import { DataChecksPage } from '@/features/data-checks/components/DataChecksPage';
import { ImportPage } from '@/features/imports/components/ImportPage';
import { IndicatorPage } from '@/features/indicators/components/IndicatorPage';
import { TargetFormPage } from '@/features/indicators/components/TargetFormPage';
import { ValueFormPage } from '@/features/indicators/components/ValueFormPage';
import { HomePage } from '@/features/me/components/HomePage';
import { PublicScorecardPage } from '@/features/scorecard/components/PublicScorecardPage';
import { ScorecardPage } from '@/features/scorecard/components/ScorecardPage';
import { SignedOutPage } from '@/features/session/components/SignedOutPage';
import { StrategyPage } from '@/features/strategy/components/StrategyPage';
import { YouSaidPage } from '@/features/you-said-we-did/components/YouSaidPage';
import { RequireSignIn } from '@/lib/auth/RequireSignIn';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

const signedIn = (page: ReactNode) => <RequireSignIn>{page}</RequireSignIn>;

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        path: '/',
        element: signedIn(<HomePage />),
      },
      { path: '/scorecard', element: signedIn(<ScorecardPage />) },
      { path: '/indicators/:code', element: signedIn(<IndicatorPage />) },
      { path: '/indicators/:code/value', element: signedIn(<ValueFormPage />) },
      { path: '/indicators/:code/target', element: signedIn(<TargetFormPage />) },
      { path: '/import', element: signedIn(<ImportPage />) },
      { path: '/data-checks', element: signedIn(<DataChecksPage />) },
      { path: '/action-plans', element: signedIn(<ActionPlanPage />) },
      { path: '/action-plans/:id/carry-forward', element: signedIn(<CarryForwardPage />) },
      { path: '/action-items/:id', element: signedIn(<ActionItemPage />) },
      // Public: the strategy and "You said, we did" are written for everyone, young people first.
      { path: '/strategy', element: <StrategyPage /> },
      { path: '/you-said-we-did', element: <YouSaidPage /> },
      { path: '/public/scorecard', element: <PublicScorecardPage /> },
      { path: '/signed-out', element: <SignedOutPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
