import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/Button';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { SuccessBanner } from '@/components/govuk/NotificationBanner';
import { Select } from '@/components/govuk/Select';
import { SummaryList } from '@/components/govuk/SummaryList';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { TextInput } from '@/components/govuk/TextInput';
import { WarningText } from '@/components/govuk/WarningText';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { useAuthorities } from '@/lib/auth/useAuthorities';
import { usePermissions } from '@/lib/auth/usePermissions';
import {
  chosen,
  useCreatePartnerClient,
  usePartnerClients,
  useRevokePartnerClient,
  useRotatePartnerSecret,
  type PartnerClient,
  type PartnerClientSecret,
} from '../api/useAccounts';
import { AdminOnly, Confirmation, FocusedHeading } from './AdminOnly';

/** The secret just issued, shown this once: Promise keeps no copy. */
function NewSecret({ issued, authorityName }: { issued: PartnerClientSecret; authorityName: string }) {
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby="new-secret-heading">
      <FocusedHeading id="new-secret-heading">The secret for {issued.name}</FocusedHeading>
      <WarningText>Copy the secret now and give it to the partner system safely. Promise does not keep it and cannot show it again.</WarningText>
      <SummaryList
        rows={[
          { key: 'Client ID', value: <code id="new-client-id">{issued.clientId}</code> },
          { key: 'Client secret', value: <code id="new-client-secret">{issued.secret}</code> },
          { key: 'Authority', value: authorityName },
        ]}
      />
    </section>
  );
}

/** Partner systems' clients for administrators: add one (its secret shown once), give it a new secret, revoke it. */
export function PartnerSystemsPage() {
  const permissions = usePermissions();
  const partners = usePartnerClients(undefined, permissions.isAdmin);
  const authorities = useAuthorities();
  const create = useCreatePartnerClient();
  const rotate = useRotatePartnerSecret();
  const revoke = useRevokePartnerClient();
  const [fields, setFields] = useState({ authority: '', name: '' });
  const [issued, setIssued] = useState<PartnerClientSecret>();
  const [revoking, setRevoking] = useState<PartnerClient>();
  const [done, setDone] = useState<string>();
  const { byField, summary } = fieldErrors(create.error);
  const actionProblem = rotate.error ?? revoke.error;
  usePageTitle(summary.length > 0 ? 'Error: Partner systems' : 'Partner systems');
  const nameOf = (code: string) => authorities.data?.find((authority) => authority.code === code)?.name ?? code;

  const add = (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    create.mutate(
      { authority: chosen(fields.authority), name: fields.name.trim() },
      {
        onSuccess: (answer) => {
          setIssued(answer);
          setFields({ authority: '', name: '' });
        },
      },
    );
  };
  const newSecret = (partner: PartnerClient) => {
    setDone(undefined);
    rotate.mutate(partner.clientId, { onSuccess: setIssued });
  };
  const revokeConfirmed = (partner: PartnerClient) =>
    revoke.mutate(partner.clientId, {
      onSuccess: () => {
        setRevoking(undefined);
        setIssued(undefined);
        setDone(`${partner.name} is revoked: it can get no new token`);
      },
    });

  return (
    <>
      {summary.length > 0 && <ErrorSummary items={summary} />}
      {actionProblem && <ProblemMessage error={actionProblem} />}
      {done && (
        <SuccessBanner title="Done">
          <p className="govuk-notification-banner__heading">{done}</p>
        </SuccessBanner>
      )}
      <h1 className="govuk-heading-xl">Partner systems</h1>
      <AdminOnly what="partner systems">
        <p className="govuk-body">
          A partner system reads an authority&apos;s figures through the API with its own client ID and secret. Add one here; Promise makes its
          client in Keycloak and shows the secret once.
        </p>
        {issued && <NewSecret key={`${issued.clientId} ${issued.secret}`} issued={issued} authorityName={nameOf(issued.authority)} />}
        {revoking && (
          <Confirmation
            key={revoking.clientId}
            question={`Revoke ${revoking.name}?`}
            yes="Yes, revoke it"
            no="No, keep it"
            pending={revoke.isPending}
            onYes={() => revokeConfirmed(revoking)}
            onNo={() => setRevoking(undefined)}
          >
            <p className="govuk-body">
              {revoking.name} ({revoking.clientId}) will get no new token. A token it already has works until it expires, within five minutes.
              This cannot be undone: to let it back in, add it again.
            </p>
          </Confirmation>
        )}
        <h2 className="govuk-heading-l">Partner systems now</h2>
        {partners.isError && <ProblemMessage error={partners.error} />}
        {!partners.data && !partners.isError && <p className="govuk-body">Loading…</p>}
        {partners.data?.items.length === 0 && <p className="govuk-body">There are no partner systems yet.</p>}
        {partners.data && partners.data.items.length > 0 && (
          <Table caption="Partner systems" captionHidden head={['Partner system', 'Authority', 'Client ID', 'Actions']}>
            {partners.data.items.map((partner) => (
              <TableRow key={partner.clientId}>
                <RowHeader>{partner.name}</RowHeader>
                <TableCell>{nameOf(partner.authority)}</TableCell>
                <TableCell>
                  <code>{partner.clientId}</code>
                </TableCell>
                <TableCell>
                  <div className="govuk-button-group govuk-!-margin-bottom-0">
                    <Button type="button" variant="secondary" className="govuk-!-margin-bottom-0" disabled={rotate.isPending} onClick={() => newSecret(partner)}>
                      New secret <span className="govuk-visually-hidden">for {partner.name}</span>
                    </Button>
                    <Button type="button" variant="warning" className="govuk-!-margin-bottom-0" onClick={() => setRevoking(partner)}>
                      Revoke <span className="govuk-visually-hidden">{partner.name}</span>
                    </Button>
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </Table>
        )}
        <h2 className="govuk-heading-l">Add a partner system</h2>
        <form onSubmit={add} noValidate>
          <Select
            id="authority"
            label="Authority it reads for"
            value={fields.authority}
            error={byField.authority}
            onChange={(event) => setFields({ ...fields, authority: event.target.value })}
            options={[{ value: '', text: 'Choose an authority' }, ...(authorities.data ?? []).map((a) => ({ value: a.code, text: a.name }))]}
          />
          <TextInput
            id="name"
            label="Name of the partner system"
            hint="For example, Walsall case system. Its client ID is made from the name."
            value={fields.name}
            error={byField.name}
            onChange={(event) => setFields({ ...fields, name: event.target.value })}
          />
          <Button disabled={create.isPending}>Add partner system</Button>
        </form>
      </AdminOnly>
    </>
  );
}
