import { useState, type FormEvent } from 'react';
import { Form, useSearchParams } from 'react-router';
import { Button } from '@/components/govuk/Button';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { SuccessBanner } from '@/components/govuk/NotificationBanner';
import { Radios } from '@/components/govuk/Radios';
import { Select } from '@/components/govuk/Select';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { TextInput } from '@/components/govuk/TextInput';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { useAuthorities } from '@/lib/auth/useAuthorities';
import { usePermissions } from '@/lib/auth/usePermissions';
import { chosen, useCreatePerson, usePeople, useRemovePerson, type Person, type PersonRole } from '../api/useAccounts';
import { AdminOnly, Confirmation } from './AdminOnly';

const ROLES: Record<PersonRole, string> = { officer: 'Officer', 'board-member': 'Board member' };
const EMPTY = { firstName: '', lastName: '', email: '', role: '', authority: '' };

/** Officers' and board members' accounts for administrators: list them by authority, add one, remove one. */
export function PeoplePage() {
  const permissions = usePermissions();
  const [search] = useSearchParams();
  const shown = search.get('authority') || undefined;
  const people = usePeople(shown, permissions.isAdmin);
  const authorities = useAuthorities();
  const create = useCreatePerson();
  const remove = useRemovePerson();
  const [fields, setFields] = useState({ ...EMPTY, authority: shown ?? '' });
  const [removing, setRemoving] = useState<Person>();
  const [done, setDone] = useState<{ title: string; text: string }>();
  const { byField, summary } = fieldErrors(create.error);
  usePageTitle(summary.length > 0 ? 'Error: People' : 'People');
  const nameOf = (code: string | undefined) => (code ? (authorities.data?.find((authority) => authority.code === code)?.name ?? code) : 'None');
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });

  const add = (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    create.mutate(
      {
        firstName: fields.firstName.trim(),
        lastName: fields.lastName.trim(),
        email: fields.email.trim(),
        role: chosen<PersonRole>(fields.role),
        authority: chosen(fields.authority),
      },
      {
        onSuccess: ({ person, passwordEmailSent }) => {
          setFields({ ...EMPTY, authority: fields.authority });
          setDone({
            title: `${person.firstName} ${person.lastName} can now be given access`,
            text: passwordEmailSent
              ? `Keycloak has e-mailed ${person.email} a link to choose a password.`
              : `No e-mail was sent, because Keycloak has no mail server set up. Set their first password in Keycloak, or send them the set-password e-mail from there.`,
          });
        },
      },
    );
  };
  const removeConfirmed = (person: Person) =>
    remove.mutate(person.id, {
      onSuccess: () => {
        setRemoving(undefined);
        setDone({ title: `${person.firstName} ${person.lastName} is removed`, text: 'They can no longer sign in to Promise.' });
      },
    });

  return (
    <>
      {summary.length > 0 && <ErrorSummary items={summary} />}
      {remove.error && <ProblemMessage error={remove.error} />}
      {done && (
        <SuccessBanner title="Done">
          <p className="govuk-notification-banner__heading">{done.title}</p>
          <p className="govuk-body">{done.text}</p>
        </SuccessBanner>
      )}
      <h1 className="govuk-heading-xl">People</h1>
      <AdminOnly what="people's accounts">
        <p className="govuk-body">
          The officers and board members who sign in to Promise. Promise makes and removes their accounts in Keycloak. Administrators and analysts
          are managed in Keycloak itself.
        </p>
        {removing && (
          <Confirmation
            key={removing.id}
            question={`Remove ${removing.firstName} ${removing.lastName}?`}
            yes="Yes, remove them"
            no="No, keep them"
            pending={remove.isPending}
            onYes={() => removeConfirmed(removing)}
            onNo={() => setRemoving(undefined)}
          >
            <p className="govuk-body">
              {removing.email} will no longer be able to sign in. What they wrote in Promise stays. This cannot be undone: to let them back in, add them
              again.
            </p>
          </Confirmation>
        )}
        <Form method="get" action="/people" role="search" aria-label="People" className="app-filters">
          <Select
            id="show-authority"
            name="authority"
            label="Show the people of"
            defaultValue={shown ?? ''}
            options={[{ value: '', text: 'Every authority' }, ...(authorities.data ?? []).map((a) => ({ value: a.code, text: a.name }))]}
          />
          <Button variant="secondary">Show</Button>
        </Form>
        {people.isError && <ProblemMessage error={people.error} />}
        {!people.data && !people.isError && <p className="govuk-body">Loading…</p>}
        {people.data?.items.length === 0 && <p className="govuk-body">There are no officers or board members{shown ? ` for ${nameOf(shown)}` : ''}.</p>}
        {people.data && people.data.items.length > 0 && (
          <Table caption={shown ? `Officers and board members of ${nameOf(shown)}` : 'Officers and board members'} captionSize="m" head={['Name', 'E-mail', 'Role', 'Authority', 'Action']}>
            {people.data.items.map((person) => (
              <TableRow key={person.id}>
                <RowHeader>
                  {person.firstName} {person.lastName}
                </RowHeader>
                <TableCell>{person.email}</TableCell>
                <TableCell>{ROLES[person.role] ?? person.role}</TableCell>
                <TableCell>{nameOf(person.authority)}</TableCell>
                <TableCell>
                  <Button type="button" variant="warning" className="govuk-!-margin-bottom-0" onClick={() => setRemoving(person)}>
                    Remove <span className="govuk-visually-hidden">{`${person.firstName} ${person.lastName}`}</span>
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </Table>
        )}
        <h2 className="govuk-heading-l">Add an officer or board member</h2>
        <form onSubmit={add} noValidate>
          <TextInput id="firstName" label="First name" autoComplete="off" value={fields.firstName} error={byField.firstName} onChange={set('firstName')} />
          <TextInput id="lastName" label="Last name" autoComplete="off" value={fields.lastName} error={byField.lastName} onChange={set('lastName')} />
          <TextInput
            id="email"
            label="E-mail address"
            hint="They sign in with it, and Keycloak sends the set-password e-mail to it"
            type="email"
            spellCheck={false}
            autoComplete="off"
            value={fields.email}
            error={byField.email}
            onChange={set('email')}
          />
          <Radios
            name="role"
            legend="Role"
            value={fields.role}
            error={byField.role}
            onChange={(role) => setFields({ ...fields, role })}
            items={Object.entries(ROLES).map(([value, text]) => ({ value, text }))}
          />
          <Select
            id="authority"
            label="Authority"
            value={fields.authority}
            error={byField.authority}
            onChange={set('authority')}
            options={[{ value: '', text: 'Choose an authority' }, ...(authorities.data ?? []).map((a) => ({ value: a.code, text: a.name }))]}
          />
          <Button disabled={create.isPending}>Add person</Button>
        </form>
      </AdminOnly>
    </>
  );
}
