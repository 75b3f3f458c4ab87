import type { ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AccessibilityPage } from '@/features/about/components/AccessibilityPage';
import { CookiesPage } from '@/features/about/components/CookiesPage';
import { PrivacyPage } from '@/features/about/components/PrivacyPage';
import { PartnerSystemsPage } from '@/features/accounts/components/PartnerSystemsPage';
import { PeoplePage } from '@/features/accounts/components/PeoplePage';
import { AuditPage } from '@/features/audit/components/AuditPage';
import { ActionArisingPage } from '@/features/actions-arising/components/ActionArisingPage';
import { ActionsArisingPage } from '@/features/actions-arising/components/ActionsArisingPage';
import { ActionItemPage } from '@/features/action-plans/components/ActionItemPage';
import { ActionPlanPage } from '@/features/action-plans/components/ActionPlanPage';
import { CarryForwardPage } from '@/features/action-plans/components/CarryForwardPage';
import { DataChecksPage } from '@/features/data-checks/components/DataChecksPage';
import { ImportPage } from '@/features/imports/components/ImportPage';
import { IndicatorPage } from '@/features/indicators/components/IndicatorPage';
import { TargetFormPage } from '@/features/indicators/components/TargetFormPage';
import { ValueFormPage } from '@/features/indicators/components/ValueFormPage';
import { EditAgendaItemPage, NewAgendaItemPage } from '@/features/meetings/components/AgendaItemFormPage';
import { AttendanceFormPage } from '@/features/meetings/components/AttendanceFormPage';
import { DeclarationFormPage } from '@/features/meetings/components/DeclarationFormPage';
import { EditMeetingPage, NewMeetingPage } from '@/features/meetings/components/MeetingFormPage';
import { MeetingPage } from '@/features/meetings/components/MeetingPage';
import { MeetingsPage } from '@/features/meetings/components/MeetingsPage';
import { MinuteFormPage } from '@/features/meetings/components/MinuteFormPage';
import { ResolutionFormPage } from '@/features/meetings/components/ResolutionFormPage';
import { NewPackPage } from '@/features/performance-packs/components/NewPackPage';
import { PackPage } from '@/features/performance-packs/components/PackPage';
import { PacksPage } from '@/features/performance-packs/components/PacksPage';
import { DecisionFormPage } from '@/features/reports/components/DecisionFormPage';
import { NewVersionPage } from '@/features/reports/components/NewVersionPage';
import { ReportPage } from '@/features/reports/components/ReportPage';
import { ReportsPage } from '@/features/reports/components/ReportsPage';
import { ReportVersionPage } from '@/features/reports/components/ReportVersionPage';
import { PublicScorecardPage } from '@/features/scorecard/components/PublicScorecardPage';
import { ScorecardPage } from '@/features/scorecard/components/ScorecardPage';
import { SignedOutPage } from '@/features/session/components/SignedOutPage';
import { SignInUnavailablePage } from '@/features/session/components/SignInUnavailablePage';
import { SIGN_IN_UNAVAILABLE_PATH } from '@/lib/auth/session';
import { StrategyPage } from '@/features/strategy/components/StrategyPage';
import { WorkProgrammePage } from '@/features/work-programme/components/WorkProgrammePage';
import { YouSaidPage } from '@/features/you-said-we-did/components/YouSaidPage';
import { RequireSignIn } from '@/lib/auth/RequireSignIn';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

const signedIn = (page: ReactNode) => <RequireSignIn>{page}</RequireSignIn>;

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      // Public: a visitor lands on the front door, a signed-in person on what needs their attention.
      { path: '/', element: <HomePage /> },
      { path: '/scorecard', element: signedIn(<ScorecardPage />) },
      { path: '/indicators/:code', element: signedIn(<IndicatorPage />) },
      { path: '/indicators/:code/value', element: signedIn(<ValueFormPage />) },
      { path: '/indicators/:code/target', element: signedIn(<TargetFormPage />) },
      { path: '/import', element: signedIn(<ImportPage />) },
      { path: '/data-checks', element: signedIn(<DataChecksPage />) },
      { path: '/action-plans', element: signedIn(<ActionPlanPage />) },
      { path: '/action-plans/:id/carry-forward', element: signedIn(<CarryForwardPage />) },
      { path: '/action-items/:id', element: signedIn(<ActionItemPage />) },
      { path: '/meetings/new', element: signedIn(<NewMeetingPage />) },
      { path: '/meetings/:id/edit', element: signedIn(<EditMeetingPage />) },
      { path: '/meetings/:id/items/new', element: signedIn(<NewAgendaItemPage />) },
      { path: '/meetings/:id/items/:itemId/edit', element: signedIn(<EditAgendaItemPage />) },
      { path: '/meetings/:id/items/:itemId/minutes', element: signedIn(<MinuteFormPage />) },
      { path: '/meetings/:id/items/:itemId/resolutions/new', element: signedIn(<ResolutionFormPage />) },
      { path: '/meetings/:id/attendance', element: signedIn(<AttendanceFormPage />) },
      { path: '/meetings/:id/declarations/new', element: signedIn(<DeclarationFormPage />) },
      { path: '/reports/:id/new-version', element: signedIn(<NewVersionPage />) },
      { path: '/reports/:id/recommendations/:recommendation/decision', element: signedIn(<DecisionFormPage />) },
      // Packs carry provisional figures and true small numbers, as the board sees them: its own people only.
      { path: '/performance-packs', element: signedIn(<PacksPage />) },
      { path: '/performance-packs/new', element: signedIn(<NewPackPage />) },
      { path: '/performance-packs/:id', element: signedIn(<PackPage />) },
      // Public: the strategy and "You said, we did" are written for everyone, young people first.
      { path: '/strategy', element: <StrategyPage /> },
      { path: '/you-said-we-did', element: <YouSaidPage /> },
      { path: '/public/scorecard', element: <PublicScorecardPage /> },
      // Public too: the board meets in public, and its agendas, approved minutes and actions are public record.
      { path: '/meetings', element: <MeetingsPage /> },
      { path: '/meetings/:id', element: <MeetingPage /> },
      { path: '/work-programme', element: <WorkProgrammePage /> },
      { path: '/actions-arising', element: <ActionsArisingPage /> },
      { path: '/actions-arising/:id', element: <ActionArisingPage /> },
      // Public reports are public record; the service shows drafts and exempt reports only to the authority's own people.
      { path: '/reports', element: <ReportsPage /> },
      { path: '/reports/:id', element: <ReportPage /> },
      { path: '/reports/:id/versions/:number', element: <ReportVersionPage /> },
      { path: '/signed-out', element: <SignedOutPage /> },
      { path: SIGN_IN_UNAVAILABLE_PATH, element: <SignInUnavailablePage /> },
      { path: '/audit', element: signedIn(<AuditPage />) },
      { path: '/partner-systems', element: signedIn(<PartnerSystemsPage />) },
      { path: '/people', element: signedIn(<PeoplePage />) },
      // What a public-sector service says about itself, for everyone.
      { path: '/accessibility', element: <AccessibilityPage /> },
      { path: '/privacy', element: <PrivacyPage /> },
      { path: '/cookies', element: <CookiesPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
