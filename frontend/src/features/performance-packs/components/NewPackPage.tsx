import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { FormPage } from '@/components/FormPage';
import { TextInput } from '@/components/govuk/TextInput';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { useCreatePack } from '../api/usePacks';
import { CannotUseForm, useMayNotWrite } from '@/components/CannotUseForm';

/** Drafts a pack for a period: generated from the live figures, for officers to add commentary to. */
export function NewPackPage() {
  const authority = useSearchParams()[0].get('authority') ?? '';
  const navigate = useNavigate();
  const create = useCreatePack();
  const [fields, setFields] = useState({ period: '', title: '' });
  const { byField, summary } = fieldErrors(create.error);
  const mayNotWrite = useMayNotWrite(authority);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { authority, period: fields.period.trim(), title: fields.title.trim() || undefined },
      { onSuccess: (pack) => navigate(`/performance-packs/${pack.id}`, { state: { saved: 'Pack created' } }) },
    );
  };
  if (mayNotWrite) {
    return (
      <CannotUseForm
        title="Create a pack"
        reason="Only the council’s officers and administrators create its performance packs and write their commentary. You can read the packs, as the board sees them."
        backTo={`/performance-packs?authority=${authority}`}
        backText="Back to the performance packs"
      />
    );
  }
  return (
    <FormPage title="Create a pack" summary={summary} onSubmit={submit} submit="Create pack" pending={create.isPending} cancelTo={`/performance-packs?authority=${authority}`}>
      <TextInput
        id="period"
        label="Period"
        hint="A financial year such as 2022-23, or a quarter such as 2023-24-Q2, that has ended or is under way"
        width={10}
        value={fields.period}
        error={byField.period}
        onChange={(event) => setFields({ ...fields, period: event.target.value })}
      />
      <TextInput
        id="title"
        label="Title (optional)"
        hint="Leave empty for “Performance pack”, the period and the council’s name"
        value={fields.title}
        error={byField.title}
        onChange={(event) => setFields({ ...fields, title: event.target.value })}
      />
    </FormPage>
  );
}
